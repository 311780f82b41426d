/**
 * Page-level resolution. A surname shared by several people (Japarov, Berdimuhamedov)
 * is settled only by evidence on the same page: a confident mention of exactly one of
 * the candidates (full name, unambiguous alias, `standalone: false` alias, or a title
 * whose holder on the page date is that person). Otherwise the mention keeps
 * `entity: null` and its candidates: never a confident wrong answer.
 *
 * Region gate: an ambiguous mention is kept only when the page is about the region,
 * i.e. names one of the candidates or one of their countries confidently. A page
 * about football with a midfielder named Karimov gets no highlight; a page about
 * Kazakhstan with a bare "Nazarbayev" (a surname the pack marks ambiguous, one
 * bearer in the fact base) gets Nursultan Nazarbayev.
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
      // Surnames are common beyond the fact base: without the region on the page (a candidate
      // or its country named confidently) it is someone else, a footballer named Karimov.
      const inContext = m.candidates.some((c) => {
        const country = byId.get(c)?.country;
        return evidence.has(c) || country === undefined || countries.has(country);
      });
      if (!inContext) continue;
      // A lone bearer in context (Nazarbayev on a page about Kazakhstan) is the answer.
      out.push({ ...m, entity: m.candidates.length === 1 ? m.candidates[0]! : null });
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
