import { describe, expect, it } from 'vitest';
import type { Entity } from '../factbase/schema';
import { compileDictionary } from './compile';
import { createMatcher } from './matcher';
import { keyOf } from './normalize';
import { namesPlace, placeWords } from './title-place-words';
import { englishDemonyms, russianAdjectiveStems } from './title-build';
import { FIXTURE_ENTITIES } from './test-fixtures';

const role = (office: string, title: string, titleRu?: string) => ({ title, ...(titleRu ? { titleRu } : {}), office, from: '2007-02', to: null, sources: ['s1'] });
const person = (id: string, en: string, country: string, roles: ReturnType<typeof role>[]): Entity =>
  ({ id, type: 'person', gender: 'm', country, names: { en }, aliases: [], roles, facts: [], related: [], checked: '2026-11-22' });
const place = (id: string, type: 'region' | 'organization', country: string, en: string, ru?: string): Entity =>
  ({ id, type, country, names: { en, ...(ru ? { ru } : {}) }, aliases: [], roles: [], facts: [], related: [], checked: '2026-11-22' });

// A deputy premier whose role wording names no country, and officials whose wording does.
const ENTITIES: Entity[] = [
  ...FIXTURE_ENTITIES,
  place('ashgabat', 'region', 'turkmenistan', 'Ashgabat', 'Ашхабад'),
  place('halk-maslahaty', 'organization', 'turkmenistan', 'Halk Maslahaty', 'Халк Маслахаты'),
  person('deputy-tm', 'Deputy Turkmen', 'turkmenistan', [role('deputy-chairman-cabinet:turkmenistan', 'Deputy Chairman of the Cabinet of Ministers', 'Заместитель Председателя Кабинета Министров')]),
  person('speaker-tm', 'Speaker Turkmen', 'turkmenistan', [role('chairman-council:turkmenistan', 'Chairman of the Halk Maslahaty')]),
  person('gknb-head-tj', 'Head Tajik', 'tajikistan', [role('chairman-gknb:tajikistan', 'Chairman of the State Committee for National Security')]),
];
const matcher = createMatcher(JSON.parse(JSON.stringify(compileDictionary(ENTITIES, { version: 't' }))));
const found = (text: string) => matcher.resolve(matcher.scan(text), { pageDate: '2024-01-01' }).map((m) => `${m.text}=${m.entity ?? '?'}`);

describe('a title that names no country opens no country\'s holder on its own', () => {
  it.each([
    ['EN, no country on the page', 'The deputy chairman of the Cabinet of Ministers resigned on Monday.', []],
    ['RU oblique case, no country', 'Заместителя председателя кабинета министров отправили в отставку.', []],
    ['another country in the same paragraph', 'In Kyrgyzstan, the deputy chairman of the Cabinet of Ministers resigned.', ['Kyrgyzstan=kyrgyzstan']],
    ['"… of Kyrgyzstan" right after it: the inner "chairman of the Cabinet" is not matched either', 'The deputy chairman of the Cabinet of Ministers of Kyrgyzstan resigned.', ['Kyrgyzstan=kyrgyzstan']],
    ['the office\'s country in the paragraph', 'In Turkmenistan the deputy chairman of the Cabinet of Ministers opened the fair.', ['Turkmenistan=turkmenistan', 'deputy chairman of the Cabinet of Ministers=deputy-tm']],
    ['a city of that country in the paragraph (RU)', 'В Ашхабаде заместитель председателя Кабинета министров провёл встречу.', ['Ашхабаде=ashgabat', 'заместитель председателя Кабинета министров=deputy-tm']],
    ['a demonym of that country (never shown itself)', 'The Turkmen deputy chairman of the Cabinet of Ministers said so.', ['deputy chairman of the Cabinet of Ministers=deputy-tm']],
    ['a Russian adjective of that country', 'Туркменский заместитель председателя Кабинета министров выступил.', ['заместитель председателя Кабинета министров=deputy-tm']],
    ['two countries: the nearer one decides (not the office\'s)', 'Turkmenistan and Kyrgyzstan met; Kyrgyzstan\'s deputy chairman of the Cabinet of Ministers spoke.', ['Turkmenistan=turkmenistan', 'Kyrgyzstan=kyrgyzstan', 'Kyrgyzstan=kyrgyzstan']],
    ['a name shared by several countries does not place a title', 'The chairman of the State Committee for National Security spoke.', []],
    ['a bare office word is no title at all', 'The foreign minister and the president met the prime minister.', []],
    ['a wording naming an institution only that country has keeps its holder anywhere', 'The Chairman of the Halk Maslahaty spoke.', ['Chairman of the Halk Maslahaty=speaker-tm']],
  ])('%s', (_rule, text, expected) => expect(found(text), 'unplaced titles need their country in the paragraph').toEqual(expected));

  it('demonyms alone yield no mention (evidence only)', () => {
    expect(found('Kazakh cuisine and Uzbek plov; таджикские и киргизские рынки.'), 'a demonym is never highlighted').toEqual([]);
  });
});

describe('namesPlace', () => {
  const words = placeWords(ENTITIES, 'turkmenistan', englishDemonyms, russianAdjectiveStems);
  it.each([
    ['President of Turkmenistan', true],
    ['Министр иностранных дел Туркменистана', true],
    ['Chairman of the Halk Maslahaty', true],
    ['Mayor of Ashgabat', true],
    ['Deputy Chairman of the Cabinet of Ministers', false],
    ['Заместитель Председателя Кабинета Министров', false],
    ['President of Turkmenistanistanistan', false],
  ])('%s → %s', (phrase, expected) => expect(namesPlace(keyOf(phrase), words.names), 'a phrase names its place only by a word of that place').toBe(expected));

  it('an unknown place has no words', () => expect(placeWords(ENTITIES, 'atlantis', englishDemonyms, russianAdjectiveStems)).toEqual({ names: [], demonyms: [] }));
});
