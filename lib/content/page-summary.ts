/**
 * What the popup lists: every mention found on the page (underlined or not), counted
 * per entity; an ambiguous mention counts under its set of candidates. Only entity ids,
 * names and counts leave the page (the name of an ambiguous line is the matched name).
 * O(mentions on the page), run only when the popup asks.
 */
import type { PageSummary, PageSummaryEntity } from '../messages';
import type { PageMention } from '../dom/page-model';

/** The popup line a mention counts under: its entity, or `?` + its candidates for an ambiguous one. */
export function summaryId(m: Pick<PageMention, 'entity' | 'candidates'>): string {
  return m.entity ?? `?${(m.candidates ?? []).join('|')}`;
}

/** Most mentioned first, then by name (the reader's language order), then by id so the order is stable. */
export function compareSummaryEntities(a: PageSummaryEntity, b: PageSummaryEntity): number {
  return b.count - a.count || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function pageSummary(mentions: Iterable<PageMention>, nameOf: (id: string) => string | undefined, pageDate?: string): PageSummary {
  const counts = new Map<string, PageSummaryEntity>();
  let total = 0;
  for (const m of mentions) {
    total++;
    const id = summaryId(m);
    let entry = counts.get(id);
    if (!entry) {
      const name = (m.entity ? nameOf(m.entity) : undefined) ?? m.text;
      entry = { id, name, type: m.type, count: 0 };
      if (m.entity === null) entry.candidates = (m.candidates ?? []).map((c) => ({ id: c, name: nameOf(c) ?? c }));
      counts.set(id, entry);
    }
    entry.count++;
  }
  return { enabled: true, mentions: total, entities: [...counts.values()].sort(compareSummaryEntities), ...(pageDate ? { pageDate } : {}) };
}
