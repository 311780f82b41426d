/**
 * What an entity card shows, computed from an entity and its sources.
 * Pure and JSON-shaped: built in the background, sent to the content script,
 * rendered by components/EntityCard.tsx.
 */
import type { Entity, EntityType, Role, Source } from '../factbase/schema';
import type { OverlaidEntity } from '../factbase/overlay';
import { earliestDay } from '../factbase/dates';
import { factOrder } from './fact-order';

/** A role counts as current only if a source dated within this many days confirms it. */
export const CURRENCY_WINDOW_DAYS = 365;
/**
 * A card carries at most this many facts, chosen by `factOrder` (newest first, or nearest
 * an older page's date). The compact card shows COMPACT_FACTS of them; "More" the rest,
 * and a link to the options page all of them.
 */
export const MAX_CARD_FACTS = 8;
export const COMPACT_FACTS = 3;

export interface CardRole {
  title: string;
  /** The pack's Russian title, when it has one: the card shows it in a Russian interface (components pick by uiLang). */
  titleRu?: string;
  from?: string;
  to: string | null;
  /** current: held and confirmed recently; unconfirmed: held per the latest source, which is old; past: ended. */
  status: 'current' | 'unconfirmed' | 'past';
  /** Date of the newest source that cites this role. */
  confirmed?: string;
  refs: number[];
  /**
   * From the reader's last "Check against Wikidata" (Feeds tab), until they dismiss it:
   * Wikidata names someone else as the office's current holder. Reader data: set only on
   * cards built with the user's data (getCardDetails), never on prefetched cards.
   */
  wikidataDiffers?: { holder: string; since?: string; checkedAt: string };
}

export interface CardFact {
  text: string;
  date: string;
  refs: number[];
  /**
   * Whose words these are, when not the pack's: 'edited' (the user rewrote a pack fact)
   * or 'user' (a fact of their own), with the time of that edit (ISO timestamp).
   * Absent for the pack's facts and on every card built without the user's data.
   */
  by?: { origin: 'edited' | 'user'; at: string };
  /** For an edited fact: the pack's text as it was, with its own sources, cited as the pack's. */
  original?: { text: string; date: string; sources: Omit<CardSource, 'n'>[] };
}

export interface CardSource {
  n: number;
  title: string;
  publisher: string;
  date: string;
  url?: string;
}

export interface EntityCardData {
  id: string;
  type: EntityType;
  name: string;
  /** Names in other scripts/languages (ru, kk, …), without duplicates of `name`. */
  otherNames: { lang: string; text: string }[];
  description?: string;
  /** `nameRu`: the country entity's Russian name, for a Russian interface (one card serves both). */
  country?: { id: string; name: string; nameRu?: string };
  /** Roles shown: current/unconfirmed first, then the latest past role. */
  roles: CardRole[];
  facts: CardFact[];
  totalFacts: number;
  sources: CardSource[];
  checked: string;
  /** The user's private notes on this entity (never leave the browser). */
  notes?: string[];
  /** Parallel to `notes`: when each was written (ISO timestamp), shown in the user's local time. */
  noteDates?: string[];
}


function daysBetween(a: string, b: string): number {
  return (Date.parse(earliestDay(b)) - Date.parse(earliestDay(a))) / 86_400_000;
}

export function roleStatus(role: Role, sourceDates: Map<string, string>, today: string): Pick<CardRole, 'status' | 'confirmed'> {
  const dates = role.sources.map((s) => sourceDates.get(s)).filter((d): d is string => !!d).sort();
  const confirmed = dates.at(-1);
  if (role.to !== null) return { status: 'past', ...(confirmed ? { confirmed } : {}) };
  // Conservative: a source dated "2025" counts from 2025-01-01, so a year-only
  // source never makes a role look more current than it is.
  const fresh = confirmed !== undefined && daysBetween(confirmed, today) <= CURRENCY_WINDOW_DAYS;
  return { status: fresh ? 'current' : 'unconfirmed', ...(confirmed ? { confirmed } : {}) };
}

/**
 * `provenance` is the overlay's account of each fact in `entity.facts` (same order); pass it
 * only for a card that carries the user's data, so that their words are marked as theirs.
 */
export function buildCard(
  entity: Entity,
  sources: Source[],
  options: { today: string; pageDate?: string; countryName?: string; countryNameRu?: string; provenance?: Pick<OverlaidEntity, 'factOrigins' | 'factEdits'> },
): EntityCardData {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const sourceDates = new Map(sources.map((s) => [s.id, s.date]));
  const numbered: CardSource[] = [];
  const refOf = new Map<string, number>();
  const refs = (ids: string[]): number[] =>
    ids.flatMap((id) => {
      const source = sourceById.get(id);
      if (!source) return [];
      let n = refOf.get(id);
      if (n === undefined) {
        n = numbered.length + 1;
        refOf.set(id, n);
        numbered.push({ n, title: source.title, publisher: source.publisher, date: source.date, ...(source.url ? { url: source.url } : {}) });
      }
      return [n];
    });

  const byRecency = (a: Role, b: Role) => earliestDay(b.from ?? '0000').localeCompare(earliestDay(a.from ?? '0000'));
  const open = entity.roles.filter((r) => r.to === null).sort(byRecency);
  const past = entity.roles.filter((r) => r.to !== null).sort((a, b) => earliestDay(b.to ?? '').localeCompare(earliestDay(a.to ?? '')));
  const shownRoles = [...open, ...past.slice(0, open.length > 0 ? 1 : 2)];
  const rank = { current: 0, unconfirmed: 1, past: 2 } as const;
  // Confirmed-current roles first: "President" before an older, unconfirmed side role.
  const roles: CardRole[] = shownRoles
    .map((r) => ({ role: r, ...roleStatus(r, sourceDates, options.today) }))
    .sort((a, b) => rank[a.status] - rank[b.status])
    .map(({ role: r, status, confirmed }) => ({
      title: r.title,
      ...(r.titleRu ? { titleRu: r.titleRu } : {}),
      ...(r.from ? { from: r.from } : {}),
      to: r.to,
      status,
      ...(confirmed ? { confirmed } : {}),
      refs: refs(r.sources),
    }));
  const plain = (s: Source): Omit<CardSource, 'n'> => ({ title: s.title, publisher: s.publisher, date: s.date, ...(s.url ? { url: s.url } : {}) });
  // The reader's own words (edited or added facts) are always on their card, whatever the cap.
  const mine = (i: number) => { const o = options.provenance?.factOrigins[i]; return o === 'edited' || o === 'user'; };
  const chosen = factOrder(entity.facts, { today: options.today, pageDate: options.pageDate }).filter((i, rank) => rank < MAX_CARD_FACTS || mine(i));
  const facts: CardFact[] = chosen.map((i) => {
    const f = entity.facts[i]!;
    const fact: CardFact = { text: f.text, date: f.date, refs: refs(f.sources) };
    const origin = options.provenance?.factOrigins[i];
    const edit = options.provenance?.factEdits[i];
    if (!edit || (origin !== 'edited' && origin !== 'user')) return fact;
    fact.by = { origin, at: edit.created };
    if (edit.kind === 'fact-edit') {
      // The pack's sources stay with the pack's text; they are not numbered on the card
      // unless the user's version cites them too.
      const own = edit.original.sources.flatMap((id) => {
        const s = sourceById.get(id);
        return s ? [plain(s)] : [];
      });
      fact.original = { text: edit.original.text, date: edit.original.date, sources: own };
    }
    return fact;
  });

  const name = entity.names.en ?? entity.id;
  const seen = new Set([name]);
  const otherNames = Object.entries(entity.names).flatMap(([lang, text]) => {
    if (lang === 'en' || !text || seen.has(text)) return [];
    seen.add(text);
    return [{ lang, text }];
  });

  return {
    id: entity.id,
    type: entity.type,
    name,
    otherNames,
    ...(entity.description ? { description: entity.description } : {}),
    ...(entity.country && entity.country !== entity.id
      ? { country: { id: entity.country, name: options.countryName ?? entity.country, ...(options.countryNameRu ? { nameRu: options.countryNameRu } : {}) } }
      : {}),
    roles,
    facts,
    totalFacts: entity.facts.length,
    sources: numbered,
    checked: entity.checked,
  };
}
