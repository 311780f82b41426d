/**
 * Page-level resolution. A surname shared by several people (Japarov, Berdimuhamedov)
 * is settled only by evidence on the same page: a confident mention of exactly one of
 * the candidates (full name, unambiguous alias, `standalone: false` alias, or a title
 * whose holder on the page date is that person). Otherwise the mention keeps
 * `entity: null` and its candidates: never a confident wrong answer.
 *
 * A single bearer of an alias marked ambiguous (a surname common beyond the fact base)
 * becomes the answer when the page names their country: a bare "Nazarbayev" on a page
 * about Kazakhstan is Nursultan. Namesakes with another first name ("Jasur Karimov")
 * are dropped earlier, by the scan (see `otherFirstName` in scan.ts).
 */
import type { Mention } from './types';
import type { MatchDictionary } from './dictionary';
import { officeHolder } from './titles';
import { localToday } from '../dates/today';

/** Generic so callers' extra fields (the block a mention came from) ride along: mentions are dropped, never reordered. */
export function resolveMentions<M extends Mention>(mentions: M[], dict: MatchDictionary, pageDate: string): M[] {
  const offices = new Map(dict.offices);
  const dated = mentions.map((m): M => {
    if (m.via !== 'title' || !m.office) return { ...m };
    const holders = offices.get(m.office) ?? [];
    const holder = officeHolder(holders, pageDate);
    return { ...m, entity: holder === null ? null : dict.entities[holder]!.id };
  });

  const byId = new Map(dict.entities.map((e) => [e.id, e]));
  const evidence = new Set<string>();
  // Countries the page is about: named ones, and those of the entities it names.
  const countries = new Set<string>();
  for (const m of dated) {
    if (m.preferred) evidence.add(m.preferred); // settled by its own context words
    if (m.entity === null || m.candidates) continue;
    evidence.add(m.entity);
    const e = byId.get(m.entity);
    if (e?.type === 'country') countries.add(e.id);
    if (e?.country) countries.add(e.country);
  }

  const out: M[] = [];
  for (const [i, m] of dated.entries()) {
    if (m.evidenceOnly) continue;
    if (m.candidates && m.candidates.length > 0) {
      // Nearest evidence first: a country right beside the name, then context words within
      // the window, then a confident mention elsewhere on the page.
      const local = byAdjacentCountry(m, dated[i - 1], dated[i + 1], byId);
      if (local) { out.push({ ...m, entity: local }); continue; }
      if (m.preferred) { out.push({ ...m, entity: m.preferred }); continue; }
      const seen = m.candidates.filter((c) => evidence.has(c));
      if (seen.length === 1) { out.push({ ...m, entity: seen[0]! }); continue; }
      const titled = m.officeKind ? byOfficeKind(m.candidates, m.officeKind, offices, dict, pageDate) : null;
      if (titled) { out.push({ ...m, entity: titled }); continue; }
      // One bearer in the fact base of an alias marked ambiguous (the surname is common
      // beyond it): the answer when their country is on the page ("Nazarbayev" on a page
      // about Kazakhstan); otherwise, like several bearers, null with the candidates.
      const only = m.candidates.length === 1 ? m.candidates[0]! : undefined;
      const country = only === undefined ? undefined : byId.get(only)?.country;
      out.push({ ...m, entity: only !== undefined && country !== undefined && countries.has(country) ? only : null });
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * "President Japarov" on a page dated 2021: of the candidates, the one who held any
 * `president:*` office on that date (Sadyr, not Akylbek). Only a single holder settles it.
 */
function byOfficeKind(candidates: string[], kind: string, offices: Map<string, [number, string, string][]>, dict: MatchDictionary, pageDate: string): string | null {
  const holders = new Set<string>();
  for (const [office, list] of offices) {
    if (!office.startsWith(`${kind}:`)) continue;
    const h = officeHolder(list, pageDate);
    if (h !== null) holders.add(dict.entities[h]!.id);
  }
  const match = candidates.filter((c) => holders.has(c));
  return match.length === 1 ? match[0]! : null;
}

/** Gap between a name and the country beside it: "ГКНБ Кыргызстана", "Tajikistan's GKNB". */
const ADJACENT_GAP = 4;

/**
 * A country named right beside an ambiguous mention settles it when exactly one
 * candidate belongs to that country. Mentions come in text order per block and each
 * block restarts at offset 0, so a neighbour a few characters away is in the same block.
 */
function byAdjacentCountry(
  m: Mention,
  prev: Mention | undefined,
  next: Mention | undefined,
  byId: Map<string, { type: string; country?: string }>,
): string | null {
  const beside = [
    prev && m.start - prev.end >= 0 && m.start - prev.end <= ADJACENT_GAP ? prev : undefined,
    next && next.start - m.end >= 0 && next.start - m.end <= ADJACENT_GAP ? next : undefined,
  ];
  for (const n of beside) {
    if (!n?.entity || byId.get(n.entity)?.type !== 'country') continue;
    const match = (m.candidates ?? []).filter((c) => byId.get(c)?.country === n.entity);
    if (match.length === 1) return match[0]!;
  }
  return null;
}

/**
 * The page date as a full ISO day: "2022" → "2022-01-01", "2022-03" → "2022-03-01";
 * a timestamp keeps its day; anything unreadable (or absent) falls back to today.
 */
export function pageDay(date: string | undefined, fallback: () => string): string {
  const m = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date.trim()) : null;
  if (!m) return fallback();
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** Today as an ISO date on the user's calendar (not UTC's): the default page date. */
export function today(now: () => number = Date.now): string {
  return localToday(new Date(now()));
}
