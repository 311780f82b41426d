import { describe, expect, it } from 'vitest';
import { lintPack, surfaceKey, type Inflect, type LintRule } from './lint';
import type { FactPack } from './schema';

const TODAY = '2026-11-23';

/** A small pack that passes every rule: one country, one person, three facts each. */
function basePack(): FactPack {
  return {
    format: 'silklens-pack/1',
    id: 'lint-test',
    title: 'Lint test',
    publisher: 'Silk Lens tests',
    version: '1',
    published: '2026-11-01',
    sources: [
      { id: 'akorda', title: 'Official site of the President of Kazakhstan', publisher: 'Akorda', date: '2026-06', url: 'https://www.akorda.kz/en' },
      { id: 'seed-000', title: 'Reading list', publisher: 'Silk Lens', date: '2023' },
    ],
    entities: [
      {
        id: 'kazakhstan',
        type: 'country',
        names: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' },
        aliases: [],
        roles: [],
        related: [],
        facts: [
          { text: 'Declared independence on 16 December 1991.', date: '1991-12-16', sources: ['akorda'] },
          { text: 'Its capital took back the name Astana in 2022.', date: '2022-09', sources: ['akorda'] },
          { text: 'Held a constitutional referendum in June 2022.', date: '2022-06-05', sources: ['seed-000', 'akorda'] },
        ],
        checked: '2026-11-01',
      },
      {
        id: 'kassym-jomart-tokayev',
        type: 'person',
        gender: 'm',
        country: 'kazakhstan',
        names: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев', kk: 'Қасым-Жомарт Тоқаев' },
        aliases: [{ text: 'Tokayev' }, { text: 'Токаев' }],
        roles: [{ title: 'President of Kazakhstan', office: 'president:kazakhstan', from: '2019-03-20', to: null, sources: ['akorda'] }],
        related: [{ entity: 'kazakhstan', relation: 'president of' }],
        facts: [
          { text: 'Became president in March 2019 when Nursultan Nazarbayev stepped down.', date: '2019-03-20', sources: ['akorda'] },
          { text: 'Won the early presidential election of November 2022.', date: '2022-11-20', sources: ['akorda'] },
          { text: 'The 2022 amendments limit the presidency to one seven-year term.', date: '2022-09', sources: ['akorda'] },
        ],
        checked: '2026-11-01',
      },
    ],
  };
}

type Mutate = (p: FactPack) => void;
const person = (p: FactPack) => p.entities[1]!;
const country = (p: FactPack) => p.entities[0]!;

/** A stand-in for lib/match/inflect.ts: appends case endings, so every form has six. */
const fakeInflect: Inflect = (form) => [form, `${form}а`, `${form}у`, `${form}ом`, `${form}е`];

interface Case {
  rule: LintRule;
  name: string;
  mutate: Mutate;
  level: 'error' | 'warning';
  inflect?: Inflect;
}

const unhappy: Case[] = [
  { rule: 'schema', name: 'a pack that breaks the schema is an error', level: 'error', mutate: (p) => { (p as { format: string }).format = 'silklens-pack/0'; } },
  { rule: 'schema', name: 'an undated fact is an error', level: 'error', mutate: (p) => { delete (person(p).facts[0] as { date?: string }).date; } },
  { rule: 'schema', name: 'an unsourced fact is an error', level: 'error', mutate: (p) => { person(p).facts[0]!.sources = []; } },
  { rule: 'unused-source', name: 'a source no fact or role cites is an error', level: 'error', mutate: (p) => { p.sources.push({ id: 'orphan', title: 'Unused', publisher: 'Nobody', date: '2025', url: 'https://example.org/' }); } },
  { rule: 'source-url', name: 'a non-seed source without a url is an error', level: 'error', mutate: (p) => { delete p.sources[0]!.url; } },
  { rule: 'unknown-source', name: 'a fact citing an unknown source is an error', level: 'error', mutate: (p) => { person(p).facts[0]!.sources = ['missing']; } },
  { rule: 'unknown-source', name: 'a role citing an unknown source is an error', level: 'error', mutate: (p) => { person(p).roles[0]!.sources.push('missing'); } },
  { rule: 'unknown-entity', name: 'country pointing at no entity is an error', level: 'error', mutate: (p) => { person(p).country = 'kazakstan'; } },
  { rule: 'unknown-entity', name: 'related pointing at no entity is an error', level: 'error', mutate: (p) => { person(p).related = [{ entity: 'nobody', relation: 'knows' }]; } },
  { rule: 'unknown-entity', name: 'office naming an unknown country is an error', level: 'error', mutate: (p) => { person(p).roles[0]!.office = 'president:kazakstan'; } },
  { rule: 'duplicate-surface-form', name: 'a form shared by two entities without ambiguous is an error', level: 'error', mutate: (p) => { country(p).aliases = [{ text: 'TOKAYEV' }]; } },
  { rule: 'duplicate-surface-form', name: 'ё and е spellings count as the same form', level: 'error', mutate: (p) => { country(p).aliases = [{ text: 'Токаёв' }]; } },
  { rule: 'duplicate-surface-form', name: 'a form marked ambiguous by only one of its owners is an error', level: 'error', mutate: (p) => { country(p).aliases = [{ text: 'Tokayev', ambiguous: true }]; } },
  { rule: 'person-role', name: 'a person without roles is an error', level: 'error', mutate: (p) => { person(p).roles = []; } },
  { rule: 'person-gender', name: 'a person without gender is an error', level: 'error', mutate: (p) => { delete person(p).gender; } },
  { rule: 'future-date', name: 'a fact dated after today is an error', level: 'error', mutate: (p) => { person(p).facts[0]!.date = '2026-12'; } },
  { rule: 'future-date', name: 'a source dated after today is an error', level: 'error', mutate: (p) => { p.sources[0]!.date = '2027'; } },
  { rule: 'role-order', name: 'a role ending before it starts is an error', level: 'error', mutate: (p) => { person(p).roles[0]!.to = '2018'; } },
  { rule: 'fact-count', name: 'an entity with no facts is an error', level: 'error', mutate: (p) => { country(p).facts = []; } },
  { rule: 'fact-count', name: 'an entity with fewer than three facts is a warning', level: 'warning', mutate: (p) => { country(p).facts.shift(); } },
  { rule: 'fact-count', name: 'an entity with more than eight facts is a warning', level: 'warning', mutate: (p) => { const f = country(p).facts[0]!; country(p).facts.push(...Array.from({ length: 9 }, (_, i) => ({ ...f, text: `${f.text} ${i}` }))); } },
  { rule: 'native-name', name: 'a person of a Central Asian country without a name in its national language is a warning', level: 'warning', mutate: (p) => { delete person(p).names.kk; } },
  { rule: 'inflect', name: 'an inflector that throws is an error', level: 'error', inflect: () => { throw new Error('unknown ending'); }, mutate: () => {} },
  { rule: 'inflect', name: 'an inflector that loses the nominative is an error', level: 'error', inflect: (f) => [`${f}а`], mutate: () => {} },
  { rule: 'inflect', name: 'an inflector returning nothing is an error', level: 'error', inflect: () => [], mutate: () => {} },
  { rule: 'inflect', name: 'a Cyrillic alias with no case forms is a warning', level: 'warning', inflect: (f) => [f], mutate: () => {} },
  // Provenance (issue 10, item 3)
  { rule: 'mirror-source', name: 'a source on a Wikipedia mirror is an error', level: 'error', mutate: (p) => { p.sources[0]!.url = 'https://www.wikiwand.com/en/Kassym-Jomart_Tokayev'; } },
  { rule: 'mirror-source', name: 'a source on a subdomain of a mirror is an error', level: 'error', mutate: (p) => { p.sources[0]!.url = 'https://en.m.wiki2.org/wiki/Kazakhstan'; } },
  { rule: 'mirror-source', name: 'a Kiwix server is a mirror', level: 'error', mutate: (p) => { p.sources[0]!.url = 'https://kiwix.example.org/wikipedia_en_all_maxi_2024-01/A/Kazakhstan'; } },
  { rule: 'mirror-source', name: 'a Kiwix archive path on any host is a mirror', level: 'error', mutate: (p) => { p.sources[0]!.url = 'https://iiab.example/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Astana'; } },
  { rule: 'mirror-source', name: 'a proxy carrying a Wikipedia address in its query is a mirror', level: 'error', mutate: (p) => { p.sources[0]!.url = 'https://www.limsforum.example/view.php?url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FKazakhstan'; } },
  { rule: 'url-host', name: 'a URL host ending with a dot is an error', level: 'error', mutate: (p) => { p.sources[0]!.url = 'https://www.akorda.kz./en'; } },
  { rule: 'wikipedia-only', name: 'a fact resting on Wikipedia alone is an error', level: 'error', mutate: (p) => { p.sources.push({ id: 'wp', title: 'Kazakhstan', publisher: 'Wikipedia', date: '2026-10', url: 'https://en.wikipedia.org/wiki/Kazakhstan' }); country(p).facts[0]!.sources = ['wp']; } },
  { rule: 'wikipedia-only', name: 'a role resting on the mobile Wikipedia alone is an error', level: 'error', mutate: (p) => { p.sources.push({ id: 'wp', title: 'Tokayev', publisher: 'Wikipedia', date: '2026-10', url: 'https://en.m.wikipedia.org/wiki/Tokayev' }); person(p).roles[0]!.sources = ['wp']; } },
  { rule: 'wikipedia-only', name: 'Wikipedia plus a mirror is still Wikipedia alone', level: 'error', mutate: (p) => { p.sources.push({ id: 'wp', title: 'K', publisher: 'Wikipedia', date: '2026-10', url: 'https://ru.wikipedia.org/wiki/K' }, { id: 'wm', title: 'K', publisher: 'WikiMili', date: '2026-10', url: 'https://wikimili.com/en/K' }); country(p).facts[0]!.sources = ['wp', 'wm']; } },
  { rule: 'checked-backing', name: 'checked in a year no cited source is from is an error', level: 'error', mutate: (p) => { p.sources[0]!.date = '2025-06'; country(p).checked = '2026-11-01'; } },
  { rule: 'checked-backing', name: 'a checkedWith source of another year does not back the date', level: 'error', mutate: (p) => { p.sources[0]!.date = '2025-06'; p.sources.push({ id: 'check', title: 'Profile', publisher: 'Akorda', date: '2025-12-01', url: 'https://www.akorda.kz/p' }); country(p).checkedWith = ['check']; } },
  { rule: 'checked-with', name: 'an empty checkedWith is an error', level: 'error', mutate: (p) => { country(p).checkedWith = []; } },
  { rule: 'unknown-source', name: 'checkedWith naming an unknown source is an error', level: 'error', mutate: (p) => { country(p).checkedWith = ['nowhere']; } },
  { rule: 'linkless-only-source', name: 'a fact whose only source has no link is a warning', level: 'warning', mutate: (p) => { country(p).facts[2]!.sources = ['seed-000']; } },
  { rule: 'figure-attribution', name: 'a death toll without attribution is a warning (heuristic)', level: 'warning', mutate: (p) => { country(p).facts[0]!.text = 'At least 238 people were killed in the January unrest.'; } },
  { rule: 'figure-attribution', name: '"per cent" is not an attribution ("per")', level: 'warning', mutate: (p) => { person(p).facts[1]!.text = 'Won the 2022 election with 81 per cent of the vote.'; } },
  { rule: 'figure-attribution', name: 'a vote share without attribution is a warning (heuristic)', level: 'warning', mutate: (p) => { person(p).facts[1]!.text = 'Won the 2022 election with 81.3% of the vote.'; } },
];

describe('lintPack', () => {
  it('passes a pack that meets every rule, with and without an inflector', () => {
    for (const inflect of [undefined, fakeInflect]) {
      const result = lintPack(basePack(), { today: TODAY, ...(inflect ? { inflect } : {}) });
      expect(result.errors, 'a clean pack has no errors').toEqual([]);
      expect(result.warnings, 'a clean pack has no warnings').toEqual([]);
    }
  });

  it.each(unhappy)('$rule: $name', ({ rule, mutate, level, inflect }) => {
    const pack = basePack();
    mutate(pack);
    const result = lintPack(pack, { today: TODAY, ...(inflect ? { inflect } : {}) });
    const found = level === 'error' ? result.errors : result.warnings;
    expect(found.map((i) => i.rule), `expected a ${rule} ${level}`).toContain(rule);
    if (level === 'warning') expect(result.errors, 'a warning case raises no errors').toEqual([]);
  });

  const happy: { name: string; mutate: Mutate; inflect?: Inflect }[] = [
    { name: 'seed-* sources may go without a url', mutate: () => {} },
    { name: 'a month that contains today is not in the future', mutate: (p) => { person(p).facts[0]!.date = '2026-11'; } },
    { name: 'from and to in the same year but different precision are in order', mutate: (p) => { person(p).roles.push({ title: 'Acting', from: '2019-03', to: '2019', sources: ['akorda'] }); } },
    { name: 'a form shared by entities that all mark it ambiguous is allowed', mutate: (p) => { person(p).aliases.push({ text: 'Kazakh', ambiguous: true }); country(p).aliases = [{ text: 'kazakh', ambiguous: true }]; } },
    { name: 'the same form twice on one entity is not a duplicate', mutate: (p) => { person(p).aliases.push({ text: 'Kassym-Jomart Tokayev' }); } },
    { name: 'aliases with inflect: false are not declined', inflect: () => { throw new Error('must not be called'); }, mutate: (p) => { country(p).names = { en: 'Kazakhstan', kk: 'Qazaqstan' }; person(p).names = { en: 'Kassym-Jomart Tokayev', kk: 'Qasym-Jomart Toqaev' }; person(p).aliases = [{ text: 'КНБ', inflect: false }]; } },
    { name: 'Cyrillic names and acronyms without case forms raise nothing (authors cannot mark them inflect: false)', inflect: (f) => [f], mutate: (p) => { person(p).aliases = [{ text: 'Tokayev' }, { text: 'ГКНБ' }]; } },
    { name: 'case-sensitive aliases are not declined', inflect: (f) => { if (f === 'КНБ') throw new Error('must not be called'); return fakeInflect(f, { type: 'organization' }); }, mutate: (p) => { country(p).aliases = [{ text: 'КНБ', caseSensitive: true }]; } },
    { name: 'a host that merely contains a mirror name is not a mirror', mutate: (p) => { p.sources[0]!.url = 'https://notwikiwand.example/kz'; } },
    { name: 'a mirror name as a later label is not a mirror', mutate: (p) => { p.sources[0]!.url = 'https://wikimili.com.example.org/kz'; } },
    { name: 'Wikipedia with a second, independent source is fine', mutate: (p) => { p.sources.push({ id: 'wp', title: 'Kazakhstan', publisher: 'Wikipedia', date: '2026-10', url: 'https://en.wikipedia.org/wiki/Kazakhstan' }); country(p).facts[0]!.sources = ['wp', 'akorda']; } },
    { name: 'a checkedWith source of the checked year backs the date', mutate: (p) => { p.sources[0]!.date = '2025-06'; p.sources.push({ id: 'check', title: 'Profile', publisher: 'Akorda', date: '2026-11-01', url: 'https://www.akorda.kz/p' }); country(p).checkedWith = ['check']; person(p).checkedWith = ['check']; } },
    { name: 'an attributed figure is fine', mutate: (p) => { country(p).facts[0]!.text = 'At least 238 people were killed in the January unrest, according to the Prosecutor General.'; } },
    { name: 'dates are not figures', mutate: (p) => { country(p).facts[0]!.text = 'Protesters took the square on 5 January 2022 and left on 7 January.'; } },
    { name: 'Latin-script names are not declined', inflect: () => { throw new Error('must not be called'); }, mutate: (p) => { country(p).names = { en: 'Kazakhstan', kk: 'Qazaqstan' }; person(p).names = { en: 'Kassym-Jomart Tokayev', kk: 'Qasym-Jomart Toqaev' }; person(p).aliases = [{ text: 'Tokayev' }]; } },
  ];
  it.each(happy)('no findings: $name', ({ mutate, inflect }) => {
    const pack = basePack();
    mutate(pack);
    const result = lintPack(pack, { today: TODAY, ...(inflect ? { inflect } : {}) });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('keeps linting the valid entities when another breaks the schema, without cascading', () => {
    const pack = basePack();
    (country(pack) as { type: string }).type = 'planet';
    delete person(pack).gender;
    const rules = lintPack(pack, { today: TODAY }).errors.map((e) => e.rule);
    expect(rules, 'the broken entity is a schema error').toContain('schema');
    expect(rules, 'the valid person is still checked').toContain('person-gender');
    expect(rules, 'the broken country still exists for references').not.toContain('unknown-entity');
    expect(rules, 'sources cited only by the broken country are not unused').not.toContain('unused-source');
  });

  it('survives input that is not a pack at all', () => {
    for (const junk of [null, 'pack', [], { entities: 'x', sources: [null, 3] }]) {
      const result = lintPack(junk as unknown as FactPack, { today: TODAY });
      expect(result.errors.map((e) => e.rule)).toContain('schema');
      expect(result.coverage.totals.total).toBe(0);
    }
  });

  it('reports an unknown source once, by entity id, not again as a schema error', () => {
    const pack = basePack();
    person(pack).facts[0]!.sources = ['missing'];
    const { errors } = lintPack(pack, { today: TODAY });
    expect(errors.map((e) => e.rule)).toEqual(['unknown-source']);
    expect(errors[0]!.where).toBe('entity kassym-jomart-tokayev facts[0]');
  });
});

describe('coverage', () => {
  it('counts entities by country and type, and current roles confirmed within a year', () => {
    const pack = basePack();
    pack.sources.push({ id: 'old', title: 'Old profile', publisher: 'Akorda', date: '2025-11', url: 'https://www.akorda.kz/' });
    person(pack).roles.push({ title: 'Chair of the Assembly of People of Kazakhstan', to: null, sources: ['old'] });
    const { coverage } = lintPack(pack, { today: TODAY });
    expect(coverage.rows.map((r) => r.country)).toEqual(['kazakhstan']);
    const row = coverage.rows[0]!;
    expect(row.byType).toEqual({ person: 1, country: 1, region: 0, organization: 0, event: 0 });
    expect(row.currentRoles, 'two roles with to: null').toBe(2);
    expect(row.currentRolesConfirmed, 'a 2025-11 source may predate 2025-11-23, so it does not confirm').toBe(1);
    expect(coverage.totals.total).toBe(2);
  });

  it('puts entities without a country under (none)', () => {
    const pack = basePack();
    delete person(pack).country;
    const { coverage } = lintPack(pack, { today: TODAY });
    expect(coverage.rows.map((r) => r.country)).toEqual(['(none)', 'kazakhstan']);
  });
});

describe('surfaceKey', () => {
  it.each([
    ['Токаёв', 'токаев'],
    ['  Kassym-Jomart   Tokayev ', 'kassym-jomart tokayev'],
    ['ЁЛКА', 'елка'],
  ])('folds %s to %s (case-folded, ё→е, spaces collapsed)', (input, key) => {
    expect(surfaceKey(input)).toBe(key);
  });
});
