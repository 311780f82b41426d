import { describe, expect, it } from 'vitest';
import { buildCard, MAX_CARD_FACTS, roleStatus } from './card-data';
import { addEntity, addFact, applyOverlay, editFact } from '../factbase/overlay';
import type { Entity, Source } from '../factbase/schema';

const sources: Source[] = [
  { id: 'old', title: 'Old report', publisher: 'Pub', date: '2023-09-18', url: 'https://example.org/old' },
  { id: 'new', title: 'New report', publisher: 'Pub', date: '2026-03-02' },
  { id: 'year', title: 'Year only', publisher: 'Pub', date: '2025' },
];
const dates = new Map(sources.map((s) => [s.id, s.date]));
const today = '2026-11-23';

describe('roleStatus', () => {
  it.each([
    { why: 'open role confirmed by a source from this year is current', sources: ['new'], to: null, status: 'current', confirmed: '2026-03-02' },
    { why: 'open role whose newest source is 3 years old is only "last confirmed"', sources: ['old'], to: null, status: 'unconfirmed', confirmed: '2023-09-18' },
    { why: 'the newest of several sources decides', sources: ['old', 'new'], to: null, status: 'current', confirmed: '2026-03-02' },
    { why: 'a year-only source counts from 1 January (never looks fresher than it is)', sources: ['year'], to: null, status: 'unconfirmed', confirmed: '2025' },
    { why: 'an ended role is past whatever its sources', sources: ['new'], to: '2022-01-05', status: 'past', confirmed: '2026-03-02' },
  ] as const)('$why', ({ sources: s, to, status, confirmed }) => {
    expect(roleStatus({ title: 'x', to, sources: [...s] }, dates, today)).toEqual({ status, confirmed });
  });
});

const entity: Entity = {
  id: 'ana', type: 'person', names: { en: 'Ana Example', ru: 'Ана Пример', kk: 'Ана Пример' }, aliases: [],
  country: 'kazakhstan', description: 'Test person', checked: '2026-11-01', related: [],
  roles: [
    { title: 'Minister', from: '2010', to: '2015', sources: ['old'] },
    { title: 'Mayor', from: '2001', to: '2009', sources: ['old'] },
    { title: 'President', from: '2019-03-20', to: null, sources: ['new'] },
  ],
  facts: Array.from({ length: 8 }, (_, i) => ({ text: `Fact ${i}`, date: `20${10 + i}`, sources: i % 2 ? ['new'] : ['old'] })),
};

describe('buildCard', () => {
  const card = buildCard(entity, sources, { today, countryName: 'Kazakhstan' });

  it('carries the Russian role title and the country\'s Russian name beside the English ones (one card for either interface)', () => {
    const ru = buildCard({ ...entity, roles: [{ title: 'President', titleRu: 'Президент', from: '2019-03-20', to: null, sources: ['new'] }] }, sources, { today, countryName: 'Kazakhstan', countryNameRu: 'Казахстан' });
    expect(ru.roles[0], 'both titles on the role').toMatchObject({ title: 'President', titleRu: 'Президент' });
    expect(ru.country, 'both names on the country').toEqual({ id: 'kazakhstan', name: 'Kazakhstan', nameRu: 'Казахстан' });
    expect(card.roles.every((r) => !('titleRu' in r)), 'no Russian title in the pack: none on the card (no empty key)').toBe(true);
    expect(card.country, 'no Russian country name given: none on the card').toEqual({ id: 'kazakhstan', name: 'Kazakhstan' });
  });

  it('carries at most MAX_CARD_FACTS facts and says how many exist', () => {
    const many = buildCard({ ...entity, facts: Array.from({ length: 12 }, (_, i) => ({ text: `F${i}`, date: `20${10 + i}`, sources: ['old'] })) }, sources, { today });
    expect(many.facts).toHaveLength(MAX_CARD_FACTS);
    expect(many.totalFacts).toBe(12);
    expect(many.facts.map((f) => f.text).slice(0, 3), 'the newest facts are the ones kept').toEqual(['F11', 'F10', 'F9']);
  });

  it('orders facts newest first, whatever order the pack lists them in', () => {
    expect(card.facts.map((f) => f.date)).toEqual(['2017', '2016', '2015', '2014', '2013', '2012', '2011', '2010']);
  });

  it('puts the facts nearest an older page’s date first', () => {
    const c = buildCard(entity, sources, { today, pageDate: '2012-06-01' });
    expect(c.facts[0]!.date, 'a 2012 page: the 2012 fact first').toBe('2012');
    expect(c.facts.slice(1, 3).map((f) => f.date).sort(), 'then its neighbours').toEqual(['2011', '2013']);
  });

  it('numbers sources in order of first citation and lists only cited ones', () => {
    expect(card.sources.map((s) => [s.n, s.title])).toEqual([[1, 'New report'], [2, 'Old report']]);
    expect(card.roles[0]!.refs).toEqual([1]);
    expect(card.facts[0]!.refs, 'the 2017 fact cites the new report').toEqual([1]);
    expect(card.facts[1]!.refs, 'the 2016 fact cites the old report').toEqual([2]);
  });

  it('puts a confirmed current role before an unconfirmed one, whatever their start dates', () => {
    const c = buildCard({ ...entity, roles: [
      { title: 'President', from: '2019', to: null, sources: ['new'] },
      { title: 'Council chair', from: '2022', to: null, sources: ['old'] },
    ] }, sources, { today });
    expect(c.roles.map((r) => [r.title, r.status])).toEqual([['President', 'current'], ['Council chair', 'unconfirmed']]);
  });

  it('puts open roles first, then only the latest ended role', () => {
    expect(card.roles.map((r) => [r.title, r.status])).toEqual([['President', 'current'], ['Minister', 'past']]);
  });

  it('lists names in other scripts once each, without the English one', () => {
    expect(card.otherNames).toEqual([{ lang: 'ru', text: 'Ана Пример' }]);
  });

  it('names the country and keeps the checked date', () => {
    expect(card.country).toEqual({ id: 'kazakhstan', name: 'Kazakhstan' });
    expect(card.checked).toBe('2026-11-01');
  });

  it('drops citations of sources it was not given instead of inventing a reference', () => {
    const c = buildCard({ ...entity, facts: [{ text: 'x', date: '2020', sources: ['gone'] }] }, sources, { today });
    expect(c.facts[0]!.refs).toEqual([]);
  });
});

describe('buildCard with the user’s overlay', () => {
  const pack: Entity = { ...entity, roles: [], facts: [
    { text: 'Pack fact A', date: '2020', sources: ['old'] },
    { text: 'Pack fact B', date: '2021', sources: ['new'] },
  ] };
  const edited = editFact('ana', pack.facts[0]!, { text: 'My wording of A', date: '2020-05', sources: [], userSources: [] }, { now: new Date('2026-12-03T10:09:00Z') });
  const added = addFact('ana', { text: 'My own fact', date: '2026', sources: ['new'], userSources: [] }, { now: new Date('2026-12-01T08:00:00Z'), makeId: () => 'x' });
  const view = applyOverlay(pack, [edited, added])!;
  const card = buildCard(view.entity, sources, { today, provenance: view });

  it('marks an edited fact as the user’s, with the time of the edit, and keeps the pack’s text and sources as the original', () => {
    expect(card.facts.find((f) => f.text === 'My wording of A'), 'edited fact carries who and when, and the pack’s original').toEqual({
      text: 'My wording of A', date: '2020-05', refs: [],
      by: { origin: 'edited', at: '2026-12-03T10:09:00.000Z' },
      original: { text: 'Pack fact A', date: '2020', sources: [{ title: 'Old report', publisher: 'Pub', date: '2023-09-18', url: 'https://example.org/old' }] },
    });
  });

  it('does not number the pack’s source of an edited fact unless the user’s version cites it', () => {
    expect(card.sources.map((s) => s.title), 'only sources the shown texts cite are numbered').toEqual(['New report']);
  });

  it('leaves the pack’s facts unmarked and marks a fact the user added as theirs', () => {
    expect(card.facts.map((f) => f.text), 'newest first: the user’s 2026 fact, then 2021, then the edited 2020 one').toEqual(['My own fact', 'Pack fact B', 'My wording of A']);
    expect(card.facts[1], 'pack fact has no "by"').toEqual({ text: 'Pack fact B', date: '2021', refs: [1] });
    expect(card.facts[0], 'added fact is the user’s, without an original').toEqual({ text: 'My own fact', date: '2026', refs: [1], by: { origin: 'user', at: '2026-12-01T08:00:00.000Z' } });
  });

  it('keeps the reader’s own facts on the card even past the cap', () => {
    const old = { text: 'Old pack fact', date: '2001', sources: ['old'] };
    const crowded: Entity = { ...pack, facts: [old, ...Array.from({ length: MAX_CARD_FACTS + 2 }, (_, i) => ({ text: `Newer ${i}`, date: `20${10 + i}`, sources: ['old'] }))] };
    const mineEdit = editFact('ana', old, { text: 'My take on the old fact', date: '2001', sources: [], userSources: [] }, { now: new Date('2026-12-03T10:09:00Z') });
    const v = applyOverlay(crowded, [mineEdit])!;
    const c = buildCard(v.entity, sources, { today, provenance: v });
    expect(c.facts.some((f) => f.text === 'My take on the old fact'), 'the edited 2001 fact is kept though eight newer ones fill the cap').toBe(true);
    expect(c.facts.filter((f) => !f.by), 'the pack’s facts still stop at the cap').toHaveLength(MAX_CARD_FACTS);
  });

  it('marks nothing when built without provenance (the pack-only card a page may prefetch)', () => {
    const plain = buildCard(view.entity, sources, { today });
    expect(plain.facts.some((f) => f.by || f.original), 'no provenance, no marks').toBe(false);
  });

  it('marks every fact of the user’s own entity as theirs, dated by the entity’s creation', () => {
    const own = addEntity({ ...pack, id: 'mine', facts: [{ text: 'Mine', date: '2025', sources: [] }] }, [], { now: new Date('2026-10-10T10:00:00Z') });
    const ownView = applyOverlay('mine', [own])!;
    const c = buildCard(ownView.entity, [], { today, provenance: ownView });
    expect(c.facts[0]?.by, 'the user’s own entity: their facts').toEqual({ origin: 'user', at: '2026-10-10T10:00:00.000Z' });
  });

  it('ignores provenance that does not line up with the facts rather than mislabelling', () => {
    const c = buildCard(pack, sources, { today, provenance: { factOrigins: ['pack'], factEdits: [null] } });
    expect(c.facts.every((f) => !f.by), 'no edit record, no mark').toBe(true);
  });
});
