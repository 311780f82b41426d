/**
 * Page-level resolution. A surname shared by several people (Japarov, Berdimuhamedov)
 * is settled only by evidence on the same page: a confident mention of exactly one of
 * the candidates (full name, unambiguous alias, `standalone: false` alias, or a title
 * whose holder on the page date is that person). Otherwise the mention keeps
 * `entity: null` and its candidates: never a confident wrong answer.
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

  const evidence = new Set<string>();
  for (const m of dated) if (m.entity !== null && !m.candidates) evidence.add(m.entity);

  const out: Mention[] = [];
  for (const m of dated) {
    if (m.evidenceOnly) continue;
    if (m.candidates && m.candidates.length > 0) {
      const seen = m.candidates.filter((c) => evidence.has(c));
      if (seen.length === 1) { out.push({ ...m, entity: seen[0]! }); continue; }
      // A lone candidate of an ambiguous alias (a Karimov who may be anyone): unconfirmed, dropped.
      if (m.candidates.length === 1) continue;
      out.push({ ...m, entity: null });
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Today as an ISO date (UTC): the default page date. */
export function today(now: () => number = Date.now): string {
  return new Date(now()).toISOString().slice(0, 10);
}
