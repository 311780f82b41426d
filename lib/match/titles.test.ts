import { describe, expect, it } from 'vitest';
import { buildTitles, englishDemonyms, expandTitles, keyTitleTable, officeChangesDuring, officeHolder, officeHoldersDuring, russianAdjectiveStems } from './titles';
import { keyOf } from './normalize';
import { FIXTURE_ENTITIES } from './test-fixtures';
import type { OfficeHolder } from './dictionary';

describe('officeHolder: who held the office on a date', () => {
  const holders: OfficeHolder[] = [[1, '1990-04-24', '2019-03-19'], [2, '2019-03-19', ''], [3, '2005', '2006-02']];
  it.each([
    ['2010-01-01', 1, 'inside a closed term'],
    ['2024-06-01', 2, 'an open term (to: still held)'],
    ['2019-03-19', 2, 'hand-over day: the one who took office latest'],
    ['1980-01-01', null, 'before anyone'],
    ['2006-02-28', 3, 'a year-month end covers the whole month'],
    ['2005-01-01', 3, 'a year start covers from 1 January'],
  ] as [string, number | null, string][])('%s → %s (%s)', (date, expected) => {
    // Term 3 overlaps term 1 on purpose: the later start wins.
    expect(officeHolder(holders, date)).toBe(expected);
  });

  it('no holders: nobody', () => expect(officeHolder([], '2024-01-01')).toBeNull());
});

describe('office holders over a span of days', () => {
  // 1 hands over to 2 on 2019-03-20; 3 and 4 serve side by side; 5 leaves some day in 2024-02.
  const holders: OfficeHolder[] = [[1, '1990-04-24', '2019-03-20'], [2, '2019-03-20', ''], [3, '', ''], [4, '2007-02', ''], [5, '2022-01', '2024-02'], [6, '2024-02-06', '']];
  it.each([
    ['2019-03-20', '2019-03-20', [2, 4, 1, 3], [1, 2], 'hand-over day: newcomer first, both changed'],
    ['2019-03-01', '2019-03-31', [2, 4, 1, 3], [1, 2], 'a month with a change'],
    ['2018-05-01', '2018-05-31', [4, 1, 3], [], 'a month without a change'],
    ['2024-02-10', '2024-02-10', [6, 5, 2, 4, 3], [5], 'a term ending some day in a month may end on any day of it; one begun before the span did not change in it'],
  ] as [string, string, number[], number[], string][])('%s…%s', (from, to, during, changed, rule) => {
    expect(officeHoldersDuring(holders, from, to), rule).toEqual(during);
    expect([...officeChangesDuring(holders, from, to)].sort(), rule).toEqual(changed);
  });
});

describe('place adjectives', () => {
  it.each([
    ['Kazakhstan', ['Kazakh', 'Kazakhstani']],
    ['Uzbekistan', ['Uzbek', 'Uzbekistani']],
    ['Tajikistan', ['Tajik', 'Tajikistani']],
    ['Kyrgyzstan', ['Kyrgyz', 'Kyrgyzstani']],
    ['Turkmenistan', ['Turkmen', 'Turkmenistani']],
    ['Georgia', []],
  ])('English %s → %j', (name, expected) => expect(englishDemonyms(name)).toEqual(expected));

  it.each([
    ['Казахстан', ['казахстанск', 'казахск']],
    ['Таджикистан', ['таджикистанск', 'таджикск']],
    ['Киргизия', ['киргизск']],
    ['Грузия', ['грузск']],
  ])('Russian %s → %j', (name, expected) => expect(russianAdjectiveStems(name)).toEqual(expected));
});

describe('title phrases are built per office from the fact base', () => {
  const index = new Map(FIXTURE_ENTITIES.map((e, i) => [e.id, i]));
  const table = buildTitles(FIXTURE_ENTITIES, index);
  const phrases = expandTitles(table.places, table.grammars);
  const officeOf = (text: string) => phrases.filter(([t]) => t === text).map(([, o]) => table.offices[o]![0]);

  it.each([
    ['president of Kazakhstan', 'president:kazakhstan'],
    ["Kazakhstan's president", 'president:kazakhstan'],
    ['Kazakh president', 'president:kazakhstan'],
    ['Uzbek leader', 'president:uzbekistan'],
    ['президент Казахстана', 'president:kazakhstan'],
    ['президентом Узбекистана', 'president:uzbekistan'],
    ['глава Киргизии', 'president:kyrgyzstan'],
    ['казахстанского президента', 'president:kazakhstan'],
    ['премьер-министра Казахстана', 'prime-minister:kazakhstan'],
    ['chairman cabinet of Kyrgyzstan', 'chairman-cabinet:kyrgyzstan'],
  ])('%s → %s', (text, office) => expect(officeOf(text)).toContain(office));

  it('keying the parts then expanding equals expanding then keying (what the dictionary relies on)', () => {
    const keyed = keyTitleTable(table);
    expect(expandTitles(keyed.places, keyed.grammars)).toEqual(phrases.map(([t, o, last]) => (last ? [keyOf(t), o, last] : [keyOf(t), o])));
  });

  it('no office in the fact base, no title (Tajikistan has no holder in the fixtures)', () => {
    expect(officeOf('president of Tajikistan')).toEqual([]);
  });

  it('an office whose place is not in the fact base keeps only the role wording', () => {
    const e = { ...FIXTURE_ENTITIES[5]!, roles: [{ title: 'Akim of Atlantis', office: 'akim:atlantis', from: '2020', to: null, sources: ['s'] }] };
    const t = buildTitles([e], new Map([[e.id, 0]]));
    expect(expandTitles(t.places, t.grammars)).toEqual([['Akim of Atlantis', 0]]);
  });
});
