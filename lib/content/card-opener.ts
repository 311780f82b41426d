/**
 * Cards for mentions: pack-only cards prefetched for the entities on the page (so a
 * hover never waits for a sleeping service worker), and, for a card the reader
 * opened, the full card with the user's own data (`getCardDetails`, never prefetched).
 */
import type { EntityCardData } from '../card/card-data';
import type { PageMention } from '../dom/page-model';
import { localToday } from '../dates/today';
import type { MatchReason } from '../match/types';
import type { CardAnchor, CardSurface, CardViewProps } from './card-surface';

export interface CardOpenerDeps {
  /** Pack-only cards (prefetch); `pageDate` orders their facts (lib/card/fact-order.ts). */
  getCards(ids: string[], pageDate?: string): Promise<EntityCardData[]>;
  /** Full cards with the user's own data, for a card the reader opened. */
  getCardDetails(ids: string[], pageDate?: string): Promise<EntityCardData[]>;
  /** Open the entity in the options page (a trusted click on the card's link). */
  openOptions?(entityId: string): void;
  /** The options page's address for an entity, so the card's link is a real link. */
  optionsHref?(entityId: string): string;
  /** The page's own date, for "why this holder" on a title. */
  pageDate(): string | undefined;
  card: Pick<CardSurface, 'shownKey' | 'visible' | 'epoch' | 'cancelHide' | 'show' | 'userDataInPage'>;
  signal: AbortSignal;
}

/** What identifies the card a mention opens (the same mention of the same entity). */
export function cardKey(mention: PageMention): string {
  return `${mention.key}:${mention.entity ?? ''}`;
}

export class CardOpener {
  private cards = new Map<string, EntityCardData>();
  /** The page date the cached cards were ordered for: an SPA navigation may change it. */
  private cachedFor: string | undefined;

  constructor(private deps: CardOpenerDeps) {}

  /** The page's date, dropping cards ordered for another one. */
  private date(): string | undefined {
    const date = this.deps.pageDate();
    if (date !== this.cachedFor) {
      this.cards.clear();
      this.asked.clear();
      this.cachedFor = date;
    }
    return date;
  }

  nameOf(id: string): string | undefined {
    return this.cards.get(id)?.name;
  }

  clear(): void {
    this.cards.clear();
    this.asked.clear();
  }

  private inFlight = new Set<Promise<void>>();
  /**
   * Ids asked for by a prefetch still on its way. A first scan paints in 30–50 slices, each
   * a delta naming the same entities: without this, each slice sent the background the same
   * request before the first was answered (1 MB page: ~40 identical getCards calls, and the
   * next tab's dictionary waited 6–16 s behind them on a shared machine).
   */
  private asked = new Set<string>();

  /** Resolves when the prefetches under way have settled (the popup names candidates from them). */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  /** Prefetch the cards of newly found mentions: O(mentions added), one message for the missing ids. */
  prefetch(mentions: Iterable<PageMention>): Promise<void> {
    const run = this.fetchMissing(mentions);
    this.inFlight.add(run);
    void run.catch(() => undefined).finally(() => this.inFlight.delete(run));
    return run;
  }

  private async fetchMissing(mentions: Iterable<PageMention>): Promise<void> {
    const date = this.date();
    const ids = new Set<string>();
    const want = (id: string) => {
      if (!this.cards.has(id) && !this.asked.has(id)) ids.add(id);
    };
    for (const m of mentions) {
      if (m.entity) want(m.entity);
      for (const c of m.candidates ?? []) want(c);
      if (m.reason?.kind === 'title') for (const c of m.reason.also ?? []) want(c);
    }
    if (ids.size === 0 || this.deps.signal.aborted) return;
    for (const id of ids) this.asked.add(id);
    try {
      for (const card of await this.deps.getCards([...ids], date)) if (this.cachedFor === date) this.cards.set(card.id, card);
    } finally {
      // Answered or failed: a later mention may ask again for what did not come.
      for (const id of ids) this.asked.delete(id);
    }
  }

  /**
   * Open the card for a mention. The reader's own data (notes, edits, own facts) is asked
   * for at once (`getCardDetails`, never prefetched); meanwhile the prefetched pack card,
   * when every id has one, is shown without waiting for the background (a sleeping worker
   * and its database reads cost 100+ ms), and the full card replaces it in place when it
   * differs.
   */
  async open(mention: PageMention, anchor: CardAnchor, focus = false, onShown?: () => void): Promise<void> {
    const { card } = this.deps;
    const key = cardKey(mention);
    if (card.shownKey === key && card.visible) {
      card.cancelHide();
      return;
    }
    // A pending hide of the previous card must not cancel this open while it waits.
    card.cancelHide();
    const epoch = card.epoch;
    // Closed (Escape, pointer left) while the card data was on its way: stay closed.
    const wanted = () => !this.deps.signal.aborted && card.epoch === epoch;
    const date = this.date();
    const ids = mention.entity ? [mention.entity] : (mention.candidates ?? []);
    const details = this.details(ids, date);
    const cached = ids.flatMap((id) => this.cards.get(id) ?? []);
    let shown: EntityCardData[] | null = null;
    if (cached.length && cached.length === ids.length) {
      await card.show(key, anchor, this.props(mention, cached), { focus });
      shown = cached;
      onShown?.();
    }
    const full = await details;
    if (!wanted() || (shown && card.shownKey !== key)) return;
    if (full) {
      if (shown && sameCards(shown, full)) return;
      await card.show(key, anchor, this.props(mention, full), shown ? { refresh: true } : { focus });
      if (!shown) onShown?.();
      return;
    }
    if (shown) return;
    // No details (the worker failed): the pack's cards, fetched if they were not prefetched.
    const missing = ids.filter((id) => !this.cards.has(id));
    if (missing.length) for (const c of await this.deps.getCards(missing, date).catch(() => [])) this.cards.set(c.id, c);
    const pack = ids.flatMap((id) => this.cards.get(id) ?? []);
    if (pack.length === 0 || !wanted()) return;
    await card.show(key, anchor, this.props(mention, pack), { focus });
    onShown?.();
  }

  private props(mention: PageMention, cards: EntityCardData[]): CardViewProps {
    const reason = whyMatched(mention, this.deps.pageDate() ?? localToday());
    // A title on a day the office changed hands: the card names the other holder too.
    const also = reason?.kind === 'title' ? (reason.also ?? []).flatMap((id) => this.cards.get(id)?.name ?? []) : [];
    return {
      text: mention.text,
      cards,
      ambiguous: mention.entity === null,
      ...(reason ? { reason } : {}),
      ...(also.length ? { alsoHolders: also } : {}),
      // Every card says so, whether or not the reader has notes on this entity: a line only
      // on some cards would tell a page which entities the reader annotated.
      ...(this.deps.card.userDataInPage === false ? { privateElsewhere: true } : {}),
      ...(this.deps.openOptions ? { onOpenOptions: this.deps.openOptions } : {}),
      ...(this.deps.optionsHref ? { optionsHref: this.deps.optionsHref } : {}),
    };
  }

  /** The full cards with the user's own data, or null when the background could not give them. */
  private async details(ids: string[], date: string | undefined): Promise<EntityCardData[] | null> {
    try {
      // Not in the page (Firefox): when the pack's cards are already here, the reader's data
      // is not even fetched into this process, only to be dropped.
      if (this.deps.card.userDataInPage === false) {
        const cached = ids.flatMap((id) => this.cards.get(id) ?? []);
        if (cached.length && cached.length === ids.length) return cached;
      }
      const full = await this.deps.getCardDetails(ids, date);
      if (this.deps.card.userDataInPage !== false || !full.length) return full.length ? full : null;
      // Not in the page: the pack's card for each entity the reader may see (fetched if
      // it was not prefetched), a bare shell for an entity of their own.
      const missing = full.filter((c) => !this.cards.has(c.id)).map((c) => c.id);
      if (missing.length) for (const c of await this.deps.getCards(missing, date).catch(() => [])) if (this.cachedFor === date) this.cards.set(c.id, c);
      return full.map((c) => this.cards.get(c.id) ?? withoutUserData(c));
    } catch {
      return null;
    }
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
