import { describe, expect, it } from 'vitest';
import type { Entity, Role } from '../factbase/schema';
import { buildQuery, COUNTRY_WIKIDATA, MAX_OFFICES, normaliseTitle, sparqlString, trackedOffices } from './query';

const role = (office: string, title: string, extra: Partial<Role> = {}): Role => ({ title, office, to: null, sources: ['s'], ...extra });
const entity = (id: string, roles: Role[], extra: Partial<Entity> = {}): Entity => ({
  id, type: 'person', names: { en: id }, aliases: [], roles, facts: [], related: [], checked: '2026-11-01', ...extra,
});

describe('trackedOffices', () => {
  it('collects each office once, with its Wikidata item, country item and normalised titles (current first)', () => {
    const offices = trackedOffices([
      entity('a', [role('president:kazakhstan', 'President of Kazakhstan', { officeWikidata: 'Q1' })]),
      entity('b', [role('prime-minister:kyrgyzstan', 'Former PM title', { to: '2020' }), role('prime-minister:kyrgyzstan', 'Acting  Prime Minister of Kyrgyzstan')]),
      entity('c', [role('chairman-knb:kazakhstan', 'Chairman of the National Security Committee (KNB)'), { title: 'No office', to: null, sources: ['s'] }]),
    ]);
    expect(offices).toEqual([
      { office: 'chairman-knb:kazakhstan', countryItem: COUNTRY_WIKIDATA.kazakhstan, titles: ['chairman of the national security committee'] },
      { office: 'president:kazakhstan', item: 'Q1', countryItem: 'Q232', titles: ['president of kazakhstan'] },
      { office: 'prime-minister:kyrgyzstan', countryItem: 'Q813', titles: ['prime minister of kyrgyzstan', 'former pm title'] },
    ]);
  });

  it('prefers a country entity’s own wikidata id, and leaves unknown countries without one', () => {
    const offices = trackedOffices([
      entity('kazakhstan', [], { type: 'country', wikidata: 'Q999' }),
      entity('a', [role('president:kazakhstan', 'President')]),
      entity('b', [role('president:atlantis', 'President of Atlantis')]),
    ]);
    expect(offices.find((o) => o.office === 'president:kazakhstan')?.countryItem, 'the pack’s own id wins').toBe('Q999');
    expect(offices.find((o) => o.office === 'president:atlantis')?.countryItem, 'no guessed id').toBeUndefined();
  });

  it(`caps the number of offices at ${MAX_OFFICES} and titles at 3 per office`, () => {
    const many = Array.from({ length: MAX_OFFICES + 50 }, (_, i) => entity(`p${i}`, [role(`office-${String.fromCharCode(97 + (i % 26))}:c${i}`, 'T')]));
    expect(trackedOffices(many)).toHaveLength(MAX_OFFICES);
    const titles = trackedOffices([entity('x', ['A', 'B', 'C', 'D'].map((t) => role('k:kazakhstan', t)))])[0]!.titles;
    expect(titles, 'at most three titles per office').toHaveLength(3);
  });
});

describe('sparqlString', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ["it's", '"it\\\'s"'],
    ['line\nbreak } UNION { ?x ?y ?z', '"line\\nbreak } UNION { ?x ?y ?z"'],
  ])('%j → %s (a title can never close the literal)', (input, expected) => {
    expect(sparqlString(input)).toBe(expected);
  });
});

describe('buildQuery', () => {
  it('asks for offices with an item directly, the others by country and label, in one query', () => {
    const built = buildQuery([
      { office: 'president:kazakhstan', item: 'Q1', countryItem: 'Q232', titles: ['president of kazakhstan'] },
      { office: 'prime-minister:kyrgyzstan', countryItem: 'Q813', titles: ['prime minister of kyrgyzstan'] },
      { office: 'ghost:atlantis', titles: ['ghost'] },
    ]);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.offices, 'an office with neither item nor country is not asked').toEqual(['president:kazakhstan', 'prime-minister:kyrgyzstan']);
    expect(built.query).toContain('("president:kazakhstan" wd:Q1)');
    expect(built.query).toContain('("prime-minister:kyrgyzstan" wd:Q813 "prime minister of kyrgyzstan")');
    expect(built.query, 'current holders only: no end time, or one in the future').toContain('FILTER(!BOUND(?end) || ?end > NOW())');
    expect(built.query, 'deprecated statements are not current').toContain('wikibase:DeprecatedRank');
    expect(built.query).toMatch(/LIMIT \d+$/);
  });

  it('refuses when nothing can be asked', () => {
    expect(buildQuery([]).ok).toBe(false);
    expect(buildQuery([{ office: 'x:y', titles: [] }]).ok).toBe(false);
  });

  it('escapes a hostile title so it stays one literal', () => {
    const built = buildQuery([{ office: 'x:kazakhstan', countryItem: 'Q232', titles: ['a" } ?s ?p ?o . { "'] }]);
    expect(built.ok && built.query).toContain('"a\\" } ?s ?p ?o . { \\""');
  });
});

describe('normaliseTitle', () => {
  it.each([
    ['President of Kazakhstan', 'president of kazakhstan'],
    ['Acting President of Kyrgyzstan', 'president of kyrgyzstan'],
    ['Chairman of the National Security Committee (KNB)', 'chairman of the national security committee'],
  ])('%s → %s', (input, expected) => expect(normaliseTitle(input)).toBe(expected));
});
