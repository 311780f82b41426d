import { describe, expect, it } from 'vitest';
import type { PageMention } from '../dom/page-model';
import { pageSummary, summaryId } from './page-summary';

const m = (text: string, entity: string | null, type = 'person', candidates?: string[]) => ({ text, entity, type, candidates }) as unknown as PageMention;
const names: Record<string, string> = { tokayev: 'Kassym-Jomart Tokayev', a: 'Sadyr Japarov', b: 'Akylbek Japarov' };
const nameOf = (id: string) => names[id];

describe('pageSummary', () => {
  it('counts every mention per entity, most mentioned first, with names from the cards', () => {
    const s = pageSummary([m('Tokayev', 'tokayev'), m('Kazakhstan', 'kz', 'country'), m('Токаев', 'tokayev')], nameOf);
    expect(s.mentions, 'all mentions, painted or not').toBe(3);
    expect(s.entities, 'grouped by entity; the card name where known, else the text').toEqual([
      { id: 'tokayev', name: 'Kassym-Jomart Tokayev', type: 'person', count: 2 },
      { id: 'kz', name: 'Kazakhstan', type: 'country', count: 1 },
    ]);
  });

  it('sorts equal counts by name, then id, so the list never reshuffles between opens', () => {
    const s = pageSummary([m('Uzbekistan', 'uz', 'country'), m('Bishkek', 'bishkek', 'region'), m('Almaty', 'almaty', 'region'), m('Almaty', 'almaty-2', 'region')], () => undefined);
    expect(s.entities.map((e) => e.id), 'ties: by name, then by id').toEqual(['almaty', 'almaty-2', 'bishkek', 'uz']);
  });

  it('lists far more than a dozen entities: no cap', () => {
    const many = Array.from({ length: 40 }, (_, i) => m(`Name ${i}`, `e${i}`));
    expect(pageSummary(many, () => undefined).entities, 'one line per entity found').toHaveLength(40);
  });

  it('groups ambiguous mentions by their candidates and names them', () => {
    const s = pageSummary([m('Japarov', null, 'person', ['a', 'b']), m('Japarov', null, 'person', ['a', 'b']), m('Japarov', null, 'person', ['a', 'x'])], nameOf);
    expect(s.entities, 'one line per set of candidates; an unknown candidate keeps its id').toEqual([
      { id: '?a|b', name: 'Japarov', type: 'person', count: 2, candidates: [{ id: 'a', name: 'Sadyr Japarov' }, { id: 'b', name: 'Akylbek Japarov' }] },
      { id: '?a|x', name: 'Japarov', type: 'person', count: 1, candidates: [{ id: 'a', name: 'Sadyr Japarov' }, { id: 'x', name: 'x' }] },
    ]);
  });

  it("carries the page's date and handles an empty page", () => {
    expect(pageSummary([m('Tokayev', 'tokayev')], nameOf, '2025-06-01').pageDate, "the page's date, for fact order").toBe('2025-06-01');
    expect(pageSummary([], () => undefined), 'no mentions: an enabled, empty summary without a date').toEqual({ enabled: true, mentions: 0, entities: [] });
  });

  it('names a line the same way for the list and for reveal', () => {
    expect(summaryId({ entity: 'tokayev' }), 'an entity: its id').toBe('tokayev');
    expect(summaryId({ entity: null, candidates: ['a', 'b'] }), 'ambiguous: ? + candidates').toBe('?a|b');
  });
});
