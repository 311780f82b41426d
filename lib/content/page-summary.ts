/**
 * What the popup lists: every mention found on the page (underlined or not), counted
 * per entity; an ambiguous mention counts under its set of candidates.
 * O(mentions on the page), run only when the popup asks.
 */
import type { PageSummary } from '../messages';
import type { PageMention } from '../dom/page-model';

export function pageSummary(mentions: Iterable<PageMention>, nameOf: (id: string) => string | undefined): PageSummary {
  const counts = new Map<string, { id: string; name: string; type: string; count: number }>();
  let total = 0;
  for (const m of mentions) {
    total++;
    const id = m.entity ?? `?${(m.candidates ?? []).join('|')}`;
    const entry = counts.get(id) ?? { id, name: (m.entity ? nameOf(m.entity) : undefined) ?? m.text, type: m.type, count: 0 };
    entry.count++;
    counts.set(id, entry);
  }
  return { enabled: true, mentions: total, entities: [...counts.values()].sort((a, b) => b.count - a.count) };
}
