/**
 * Opening a card, the part that can wait for the card UI: which cards to show (the
 * prefetched pack card at once, the reader's full card in place when it differs), the
 * props the card renders, and keeping the reader's data off a page that must not see it.
 *
 * It ships in the card UI (entrypoints/card.ts), not in the content script: no card is
 * drawn before the UI is here anyway, and every frame of every page parses the content
 * script. The content side (card-opener.ts) keeps the cache and the prefetch, checks
 * whether the card is already shown, and hands over here once the UI has arrived.
 */
import type { EntityCardData } from '../card/card-data';
import type { PageMention } from '../dom/page-model';
import { localToday } from '../dates/today';
import type { MatchReason } from '../match/types';
import type { CardViewProps } from './card-surface';
import type { CardUiParts, OpenAnchor, OpenerState, OpenRequest } from './card-opener';
import type { CardAnchor } from './card-surface';
import { liveAnchor } from './hover-card';
import { WalkMark } from './walk-mark';

/**
 * The reader's own data (notes, edits, own facts) is asked for at once (`getCardDetails`,
 * never prefetched); meanwhile the prefetched pack card, when every id has one, is shown
 * without waiting for the background (a sleeping worker and its database reads cost 100+
 * ms), and the full card replaces it in place when it differs.
 */
export async function openCard(o: OpenerState, req: OpenRequest): Promise<void> {
  const { card, signal } = o.deps;
  const { mention, key, focus, date, onShown } = req;
  const anchor = cardAnchor(req.anchor);
  // Closed (Escape, pointer left) while the card data was on its way: stay closed.
  const wanted = () => !signal.aborted && card.epoch === req.epoch;
  const ids = mention.entity ? [mention.entity] : (mention.candidates ?? []);
  const cached = ids.flatMap((id) => o.cards.get(id) ?? []);
  const allCached = cached.length > 0 && cached.length === ids.length;
  const details = fetchDetails(o, ids, date, allCached ? cached : null);
  let shown: EntityCardData[] | null = null;
  if (allCached) {
    await card.show(key, anchor, cardProps(o, mention, cached), { focus });
    shown = cached;
    onShown?.();
  }
  const full = await details;
  if (!wanted() || (shown && card.shownKey !== key)) return;
  if (full) {
    if (shown && sameCards(shown, full)) return;
    await card.show(key, anchor, cardProps(o, mention, full), shown ? { refresh: true } : { focus });
    if (!shown) onShown?.();
    return;
  }
  if (shown) return;
  // No details (the worker failed): the pack's cards, fetched if they were not prefetched.
  const missing = ids.filter((id) => !o.cards.has(id));
  if (missing.length) for (const c of await o.deps.getCards(missing, date).catch(() => [])) o.cards.set(c.id, c);
  const pack = ids.flatMap((id) => o.cards.get(id) ?? []);
  if (pack.length === 0 || !wanted()) return;
  await card.show(key, anchor, cardProps(o, mention, pack), { focus });
  onShown?.();
}

/** A mention to follow becomes its live anchor (measured from the range the reader pointed at); a card anchor stays. */
export function cardAnchor(anchor: OpenAnchor): CardAnchor {
  return 'range' in anchor ? liveAnchor(anchor.range, anchor.doc, anchor.first) : anchor;
}

function cardProps(o: OpenerState, mention: PageMention, cards: EntityCardData[]): CardViewProps {
  const { deps } = o;
  const reason = whyMatched(mention, deps.pageDate() ?? localToday());
  // A title on a day the office changed hands: the card names the other holder too.
  const also = reason?.kind === 'title' ? (reason.also ?? []).flatMap((id) => o.cards.get(id)?.name ?? []) : [];
  return {
    text: mention.text,
    cards,
    ambiguous: mention.entity === null,
    ...(mention.namesakes ? { namesakes: mention.namesakes.count } : {}),
    ...(reason ? { reason } : {}),
    ...(also.length ? { alsoHolders: also } : {}),
    // Every card says so, whether or not the reader has notes on this entity: a line only
    // on some cards would tell a page which entities the reader annotated.
    ...(deps.card.userDataInPage === false ? { privateElsewhere: true } : {}),
    ...(deps.openOptions ? { onOpenOptions: deps.openOptions } : {}),
    ...(deps.optionsHref ? { optionsHref: deps.optionsHref } : {}),
  };
}

/**
 * The full cards with the user's own data, or null when the background could not give them.
 * `cached`: the pack's card for every id, when all are here (null otherwise).
 */
async function fetchDetails(o: OpenerState, ids: string[], date: string | undefined, cached: EntityCardData[] | null): Promise<EntityCardData[] | null> {
  const { deps, cards } = o;
  try {
    // Not in the page (Firefox): when the pack's cards are already here, the reader's data
    // is not even fetched into this process, only to be dropped.
    if (deps.card.userDataInPage === false && cached) return cached;
    const full = await deps.getCardDetails(ids, date);
    if (deps.card.userDataInPage !== false || !full.length) return full.length ? full : null;
    // Not in the page: the pack's card for each entity the reader may see (fetched if
    // it was not prefetched), a bare shell for an entity of their own.
    const missing = full.filter((c) => !cards.has(c.id)).map((c) => c.id);
    if (missing.length) for (const c of await deps.getCards(missing, date).catch(() => [])) if (o.cachedFor === date) cards.set(c.id, c);
    return full.map((c) => cards.get(c.id) ?? withoutUserData(c));
  } catch {
    return null;
  }
}

/**
 * Why the mention matched, for the card's first line. The matcher says so for generated
 * forms, aliases and settled titles; a title it did not annotate is still "the holder on
 * the page's date".
 */
export function whyMatched(mention: PageMention, date: string): MatchReason | undefined {
  if (mention.reason) return mention.reason;
  if (mention.via === 'title' && mention.office) return { kind: 'title', office: mention.office, date };
  return undefined;
}

/**
 * An entity of the reader's own, for a page that must not see their data: its name and
 * kind (the page already shows the name it matched), nothing they wrote about it.
 */
export function withoutUserData(card: EntityCardData): EntityCardData {
  return { id: card.id, type: card.type, name: card.name, otherNames: [], roles: [], facts: [], totalFacts: 0, sources: [], checked: card.checked };
}

/** Cards are small JSON: equal text means nothing of the reader's own to add. */
function sameCards(a: EntityCardData[], b: EntityCardData[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What the card UI brings along (entrypoints/card.ts; the PDF reader bundles it directly). */
export const cardUiParts: CardUiParts = { openFlow: openCard, WalkMark };
