import { describe, expect, it } from 'vitest';
import type { PageMention } from '../dom/page-model';
import { pageSummary } from './page-summary';

const m = (text: string, entity: string | null, type = 'person', candidates?: string[]) => ({ text, entity, type, candidates }) as unknown as PageMention;

describe('pageSummary', () => {
  it('counts every mention per entity, most mentioned first, with names from the cards', () => {
    const s = pageSummary([m('Tokayev', 'tokayev'), m('Kazakhstan', 'kz', 'country'), m('Токаев', 'tokayev')], (id) => (id === 'tokayev' ? 'Kassym-Jomart Tokayev' : undefined));
    expect(s.mentions, 'all mentions, painted or not').toBe(3);
    expect(s.entities, 'grouped by entity; the card name where known, else the text').toEqual([
      { id: 'tokayev', name: 'Kassym-Jomart Tokayev', type: 'person', count: 2 },
      { id: 'kz', name: 'Kazakhstan', type: 'country', count: 1 },
    ]);
  });

  it('groups ambiguous mentions by their candidates and handles an empty page', () => {
    const s = pageSummary([m('Japarov', null, 'person', ['a', 'b']), m('Japarov', null, 'person', ['a', 'b'])], () => undefined);
    expect(s.entities, 'one line for the unresolved surname').toEqual([{ id: '?a|b', name: 'Japarov', type: 'person', count: 2 }]);
    expect(pageSummary([], () => undefined), 'no mentions: an enabled, empty summary').toEqual({ enabled: true, mentions: 0, entities: [] });
  });
});
