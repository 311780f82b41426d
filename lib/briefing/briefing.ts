/**
 * A briefing: what a page mentions, to take away. Built in the popup from what it
 * already has: the content script's summary (entity ids, names, counts), the tab's title
 * and address, and the pack cards the background gives for those ids (`getCards` with the
 * page's date, so the facts come in the card's order). No page text, no user notes.
 * The renderers (markdown.ts, csv.ts) turn this plain model into files.
 */
import { countryName, roleTitle } from '../card/format';
import type { CardRole, CardSource, EntityCardData } from '../card/card-data';
import { COMPACT_FACTS } from '../card/card-data';
import type { PageSummary } from '../messages';

/** Facts per entity: those the compact card shows first, i.e. the ones that matter now. */
export const BRIEFING_FACTS = COMPACT_FACTS;

export interface BriefingSource {
  /** Numbered across the whole briefing: one source cited by two entities is one number. */
  n: number;
  title: string;
  publisher: string;
  date: string;
  url?: string;
}

export interface BriefingRole {
  title: string;
  from?: string;
  status: 'current' | 'unconfirmed';
  /** Date of the newest source confirming it (shown as "last confirmed" when unconfirmed). */
  confirmed?: string;
  refs: number[];
}

export interface BriefingEntity {
  id: string;
  name: string;
  type: string;
  country?: string;
  mentions: number;
  roles: BriefingRole[];
  facts: { date: string; text: string; refs: number[] }[];
  /** Ambiguous lines: who the name may be (no roles or facts: the page does not say which). */
  candidates?: string[];
}

export interface Briefing {
  title: string;
  url: string;
  /** Local time with its UTC offset (localTimeWithOffset). */
  exportedAt: string;
  mentions: number;
  entities: BriefingEntity[];
  sources: BriefingSource[];
}

export interface BriefingInput {
  title: string;
  url: string;
  exportedAt: string;
  summary: PageSummary;
  /** Pack cards for the summary's entity ids (missing ones are listed without facts). */
  cards: EntityCardData[];
  factsPerEntity?: number;
  /** The interface language: role titles and country names in Russian where the pack has them. */
  lang?: 'en' | 'ru';
}

export function buildBriefing({ title, url, exportedAt, summary, cards, factsPerEntity = BRIEFING_FACTS, lang = 'en' }: BriefingInput): Briefing {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const sources: BriefingSource[] = [];
  const numberOf = new Map<string, number>();
  /** Renumber a card's refs into the briefing's list, one number per distinct source. */
  const renumber = (card: EntityCardData, refs: number[]): number[] =>
    refs.flatMap((r) => {
      const s = card.sources.find((x) => x.n === r);
      if (!s) return [];
      const key = sourceKey(s);
      let n = numberOf.get(key);
      if (n === undefined) {
        n = sources.length + 1;
        numberOf.set(key, n);
        sources.push({ n, title: s.title, publisher: s.publisher, date: s.date, ...(s.url ? { url: s.url } : {}) });
      }
      return [n];
    });
  const entities = summary.entities.map((line): BriefingEntity => {
    const base = { id: line.id, name: line.name, type: line.type, mentions: line.count };
    if (line.candidates) return { ...base, roles: [], facts: [], candidates: line.candidates.map((c) => c.name) };
    const card = byId.get(line.id);
    if (!card) return { ...base, roles: [], facts: [] };
    return {
      ...base,
      name: card.name,
      ...(card.country ? { country: countryName(card.country, lang) } : {}),
      roles: card.roles.filter(isHeld).map((r) => ({
        title: roleTitle(r, lang),
        ...(r.from ? { from: r.from } : {}),
        status: r.status as BriefingRole['status'],
        ...(r.confirmed ? { confirmed: r.confirmed } : {}),
        refs: renumber(card, r.refs),
      })),
      facts: card.facts.slice(0, factsPerEntity).map((f) => ({ date: f.date, text: f.text, refs: renumber(card, f.refs) })),
    };
  });
  return { title, url, exportedAt, mentions: summary.mentions, entities, sources };
}

/** Roles held now, confirmed recently or not; past roles are history, not the briefing. */
function isHeld(r: CardRole): boolean {
  return r.status === 'current' || r.status === 'unconfirmed';
}

function sourceKey(s: CardSource): string {
  return JSON.stringify([s.title, s.publisher, s.date, s.url ?? '']);
}

/**
 * `2026-12-03T19:43:27+05:00`: the reader's wall-clock time and its offset, so the file
 * says both when it was made and in which zone. `offsetMinutes` as Date#getTimezoneOffset
 * (minutes *behind* UTC: UTC+5 is -300).
 */
export function localTimeWithOffset(at: Date, offsetMinutes = at.getTimezoneOffset()): string {
  const local = new Date(at.getTime() - offsetMinutes * 60_000);
  const east = -offsetMinutes;
  const sign = east >= 0 ? '+' : '-';
  const abs = Math.abs(east);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A file name for the briefing: the page's host and the export day, safe on every OS. */
export function briefingFileName(url: string, exportedAt: string, ext: 'md' | 'csv'): string {
  let host = 'page';
  try {
    host = new URL(url).hostname || 'page';
  } catch {
    // not a URL (a local file name, an empty tab): keep "page"
  }
  const safe = host.replace(/[^a-z0-9.-]+/gi, '-').replace(/^[.-]+|[.-]+$/g, '').slice(0, 80) || 'page';
  return `silklens-briefing-${safe}-${exportedAt.slice(0, 10)}.${ext}`;
}
