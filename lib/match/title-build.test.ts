import { describe, expect, it } from 'vitest';
import { buildTitles, englishDemonyms, keyTitleTable, russianAdjectiveStems } from './title-build';
import { expandTitles } from './titles';
import { keyOf } from './normalize';
import { FIXTURE_ENTITIES } from './test-fixtures';

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
