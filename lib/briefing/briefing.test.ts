import { describe, expect, it } from 'vitest';
import { BRIEFING_FACTS, briefingFileName, buildBriefing, localTimeWithOffset } from './briefing';
import { KAZAKHSTAN, SUMMARY, TOKAYEV } from './test-fixtures';

const build = (cards = [TOKAYEV, KAZAKHSTAN]) => buildBriefing({ title: 'News', url: 'https://news.example/a', exportedAt: '2026-12-03T10:00:00+05:00', summary: SUMMARY, cards });

describe('buildBriefing', () => {
  it('keeps the summary order and counts, with the card name, country and held roles', () => {
    const b = build();
    expect(b.entities.map((e) => [e.id, e.mentions]), 'every line of the summary, in its order').toEqual([['tokayev', 4], ['kazakhstan', 2], ['?a|b', 1]]);
    const t = b.entities[0]!;
    expect([t.name, t.country], 'the card names the entity and its country').toEqual(['Kassym-Jomart Tokayev', 'Kazakhstan']);
    expect(t.roles.map((r) => [r.title, r.status]), 'current and unconfirmed roles; past ones are not "current role"').toEqual([
      ['President of Kazakhstan', 'current'],
      ['Chair of a council', 'unconfirmed'],
    ]);
    expect(t.roles[1]!.confirmed, 'an unconfirmed role keeps its last confirmation').toBe('2023-02-01');
  });

  it('speaks the interface language: Russian role titles and country names where the card has them', () => {
    const ru = { ...TOKAYEV, country: { ...TOKAYEV.country!, nameRu: 'Казахстан' }, roles: TOKAYEV.roles.map((r, i) => (i === 0 ? { ...r, titleRu: 'Президент Казахстана' } : r)) };
    const b = buildBriefing({ title: 'Новости', url: 'https://news.example/a', exportedAt: '2026-12-03T10:00:00+05:00', summary: SUMMARY, cards: [ru, KAZAKHSTAN], lang: 'ru' });
    const t = b.entities[0]!;
    expect([t.country, t.roles[0]!.title], 'Russian where the pack has it').toEqual(['Казахстан', 'Президент Казахстана']);
    expect(t.roles[1]!.title, 'English where it has no Russian title').toBe('Chair of a council');
  });

  it("takes the card's first facts, in the card's order", () => {
    const t = build().entities[0]!;
    expect(t.facts.map((f) => f.text), `the first ${BRIEFING_FACTS} facts of the card`).toEqual(['Newest fact', 'Second fact', 'Third fact']);
  });

  it('numbers sources once across the briefing, whichever card cites them', () => {
    const b = build();
    expect(b.sources.map((s) => [s.n, s.title]), 'distinct sources in order of first citation').toEqual([[1, 'Akorda'], [2, 'Shared report']]);
    expect(b.entities[1]!.facts[0]!.refs, "Kazakhstan's [1] is the briefing's [2]").toEqual([2]);
    expect(b.entities[0]!.facts[0]!.refs, 'refs renumbered, not copied').toEqual([1, 2]);
  });

  it('lists an entity without a card, and an ambiguous name with its candidates, without facts', () => {
    const b = build([]);
    expect(b.entities[0], 'no card (background failed): name and count only').toEqual({ id: 'tokayev', name: 'Tokayev', type: 'person', mentions: 4, roles: [], facts: [] });
    expect(b.entities[2]!.candidates, 'who the name may be').toEqual(['Sadyr Japarov', 'Akylbek Japarov']);
    expect(b.sources, 'nothing cited, nothing listed').toEqual([]);
  });

  it('drops a reference to a source the card does not carry', () => {
    const broken = { ...TOKAYEV, facts: [{ text: 'x', date: '2026', refs: [9] }] };
    expect(build([broken]).entities[0]!.facts[0]!.refs, 'a dangling ref is dropped, never numbered').toEqual([]);
  });
});

describe('localTimeWithOffset', () => {
  const at = new Date('2026-12-03T10:15:30Z');
  it.each([
    [0, '2026-12-03T10:15:30+00:00'],
    [-300, '2026-12-03T15:15:30+05:00'],
    [-330, '2026-12-03T15:45:30+05:30'],
    [300, '2026-12-03T05:15:30-05:00'],
    [-840, '2026-12-04T00:15:30+14:00'],
  ])('offset %i → %s', (offset, expected) => {
    expect(localTimeWithOffset(at, offset), 'wall-clock time in that zone, with the zone').toBe(expected);
  });
});

describe('briefingFileName', () => {
  it.each([
    ['https://www.news.example/a/b?c=1', 'silklens-briefing-www.news.example-2026-12-03.md'],
    ['file:///home/me/report.html', 'silklens-briefing-page-2026-12-03.md'],
    ['not a url', 'silklens-briefing-page-2026-12-03.md'],
    ['https://xn--80ak6aa92e.com/', 'silklens-briefing-xn--80ak6aa92e.com-2026-12-03.md'],
  ])('%s → %s', (url, name) => {
    expect(briefingFileName(url, '2026-12-03T10:00:00+05:00', 'md'), 'host and day; no path, query or odd characters').toBe(name);
  });
});
