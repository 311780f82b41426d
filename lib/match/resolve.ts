/**
 * Page-level resolution. A surname shared by several people (Japarov, Berdimuhamedov)
 * is settled only by evidence on the same page: a confident mention of exactly one of
 * the candidates (full name, unambiguous alias, `standalone: false` alias, or a title
 * whose holder on the page date is that person). Otherwise the mention keeps
 * `entity: null` and its candidates: never a confident wrong answer. An alias marked
 * ambiguous with a single bearer in the fact base (the surname is common outside it)
 * needs the person, or their country, named on the page; without that it is dropped.
 */
import type { Mention } from './types';
import type { MatchDictionary } from './dictionary';
import { officeHolder } from './titles';

export function resolveMentions(mentions: Mention[], dict: MatchDictionary, pageDate: string): Mention[] {
  const offices = new Map(dict.offices);
  const dated = mentions.map((m): Mention => {
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
    if (m.entity === null || m.candidates) continue;
    evidence.add(m.entity);
    const e = byId.get(m.entity);
    if (e?.type === 'country') countries.add(e.id);
    if (e?.country) countries.add(e.country);
  }

  const out: Mention[] = [];
  for (const m of dated) {
    if (m.evidenceOnly) continue;
    if (m.candidates && m.candidates.length > 0) {
      const seen = m.candidates.filter((c) => evidence.has(c));
      if (seen.length === 1) { out.push({ ...m, entity: seen[0]! }); continue; }
      if (m.candidates.length === 1) {
        // A lone candidate of an ambiguous alias (the surname is common beyond the fact base):
        // kept when the page is about its country (Nazarbayev on a page about Kazakhstan),
        // dropped otherwise (a footballer named Karimov).
        const country = byId.get(m.candidates[0]!)?.country;
        if (country && countries.has(country)) out.push({ ...m, entity: m.candidates[0]! });
        continue;
      }
      out.push({ ...m, entity: null });
      continue;
    }
    out.push(m);
  }
  return out;
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

/** Today as an ISO date (UTC): the default page date. */
export function today(now: () => number = Date.now): string {
  return new Date(now()).toISOString().slice(0, 10);
}
