import { describe, expect, it } from 'vitest';
import type { Entity } from '../factbase/schema';
import { compileDictionary } from './compile';
import type { MatchDictionary } from './dictionary';
import { createMatcher } from './matcher';

const person = (id: string, names: Entity['names'], aliases: Entity['aliases'] = []): Entity =>
  ({ id, type: 'person', names, aliases, roles: [], facts: [], related: [], checked: '2026-11-22' });
const place = (id: string, names: Entity['names'], aliases: Entity['aliases'] = []): Entity =>
  ({ id, type: 'region', names, aliases, roles: [], facts: [], related: [], checked: '2026-11-22' });

const ENTITIES: Entity[] = [
  person('tokayev', { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев', kk: 'Қасым-Жомарт Тоқаев' }, [{ text: 'Tokayev' }, { text: 'Токаев', lang: 'ru' }]),
  person('sadyr', { en: 'Sadyr Japarov', ru: 'Садыр Жапаров', ky: 'Садыр Жапаров' }, [{ text: 'Japarov', ambiguous: true }]),
  person('akylbek', { en: 'Akylbek Japarov', ru: 'Акылбек Жапаров', ky: 'Акылбек Жапаров' }, [{ text: 'Japarov', ambiguous: true }]),
  person('mirziyoyev', { en: 'Shavkat Mirziyoyev', ru: 'Шавкат Мирзиёев', uz: 'Shavkat Mirziyoyev' }, [{ text: 'Mirziyoyev' }]),
  person('gurbanguly', { en: 'Gurbanguly Berdimuhamedov', tk: 'Gurbanguly Berdimuhamedow' }, [{ text: 'Arkadag', lang: 'tk', kind: 'nickname' }]),
  place('astana', { en: 'Astana', ru: 'Астана', kk: 'Астана' }),
  place('dushanbe', { en: 'Dushanbe', ru: 'Душанбе', tg: 'Душанбе' }),
];
const dict = compileDictionary(ENTITIES, { version: 't' }) as MatchDictionary;
const matcher = createMatcher(JSON.parse(JSON.stringify(dict)));
const found = (text: string, lang?: string) => matcher.scan(text, lang ? { lang } : {}).map((m) => [m.text, m.entity ?? m.candidates]);

describe('national-language forms in the matcher', () => {
  it.each([
    ['Мемлекет басшысы Тоқаевтың Астанадағы сөзі және үкіметтің жұмысы туралы.', 'Тоқаевтың', 'tokayev', 'Kazakh genitive of a surname the pack matches alone'],
    ['Мемлекет басшысы Қасым-Жомарт Тоқаевқа хат жолданды және ол оны оқыды.', 'Қасым-Жомарт Тоқаевқа', 'tokayev', 'Kazakh dative of the full name'],
    ['Prezident Shavkat Mirziyoyevga maktub yuborildi va u bilan uchrashuv boʻldi.', 'Shavkat Mirziyoyevga', 'mirziyoyev', 'Uzbek Latin dative'],
    ['Президент Шавкат Мирзиёевнинг ташаббуси билан ҳукумат йиғилиши ўтказилди.', 'Шавкат Мирзиёевнинг', 'mirziyoyev', 'Uzbek Cyrillic genitive from a Latin-only name'],
    ['Президенти Тоҷикистон дар Душанберо ва шаҳрҳои дигар сафар кард.', 'Душанберо', 'dushanbe', 'Tajik -ро'],
  ])('%s', (text, surface, entity, rule) => {
    expect(found(text), rule).toContainEqual([surface, entity]);
  });

  it('a person with no Kazakh name is found on a Kazakh page as Russian spells them, with Kazakh endings', () => {
    expect(found('Қазақстан Президенті Садыр Жапаровтың сапары туралы мәлімдеме жасалды.', 'kk'), 'borrowed from the Kyrgyz/Russian name').toContainEqual(['Садыр Жапаровтың', 'sadyr']);
    expect(found('Садыр Жапаровтың', 'ru'), 'the borrowed forms stay gated to Kazakh/Kyrgyz blocks').toEqual([]);
  });

  it('an ambiguous surname stays ambiguous in its inflected forms', () => {
    const got = found('Президент Жапаровдун өлкөнүн түштүгүнө иш сапары менен барганы белгилүү болду.');
    expect(got, 'Жапаровдун: candidates, not a confident answer').toContainEqual(['Жапаровдун', ['sadyr', 'akylbek']]);
  });

  it('never fires in an English or Russian block', () => {
    expect(found('The word Тоқаевтың appears in this English sentence about the president.'), 'English block').toEqual([]);
    expect(found('В русском тексте слово Астанада и Тоқаевқа не должно находиться, как и Душанберо.'), 'Russian block').toEqual([]);
  });

  it('a short block counts as the page language when it has no telling letters', () => {
    expect(found('Жапаровдун сапары'), 'no evidence: not matched').toEqual([]);
    expect(found('Жапаровдун сапары', 'ky'), 'page lang ky').toContainEqual(['Жапаровдун', ['sadyr', 'akylbek']]);
  });

  it('says why: grammar and base for inflections, alias kind for nicknames, nothing for plain names', () => {
    const ms = matcher.scan('Мемлекет басшысы Тоқаевтың Астана қаласындағы сөзі және оның жұмысы туралы.');
    expect(ms.find((m) => m.text === 'Тоқаевтың')?.reason, 'Kazakh genitive of Тоқаев').toEqual({ kind: 'inflection', lang: 'kk', grammar: 'genitive', base: 'Тоқаев' });
    expect(ms.find((m) => m.text === 'Астана')?.reason, 'a plain name has no reason').toBeUndefined();
    const tk = matcher.scan('Arkadagyň we Türkmenistanyň halky üçin möhüm ädim boldy.');
    expect(tk.find((m) => m.text === 'Arkadagyň')?.reason, 'an inflected nickname is still a nickname').toEqual({ kind: 'alias', alias: 'nickname', base: 'Arkadag' });
    expect(matcher.scan('Arkadag spoke.').find((m) => m.text === 'Arkadag')?.reason, 'the nickname itself').toEqual({ kind: 'alias', alias: 'nickname', base: 'Arkadag' });
  });

  it('reads a dictionary compiled before national forms existed (no national, paradigms or reasons)', () => {
    const old = JSON.parse(JSON.stringify(dict)) as Partial<MatchDictionary>;
    delete old.national; delete old.paradigms; delete old.reasons;
    const m = createMatcher(old as MatchDictionary);
    expect(m.scan('Президент Токаев прибыл в Астану.').map((x) => x.entity), 'plain forms still match').toEqual(['tokayev', 'astana']);
  });

  it('ignores malformed national entries (a hostile or half-written dictionary)', () => {
    const bad = JSON.parse(JSON.stringify(dict)) as MatchDictionary;
    (bad.national as unknown[]).push(null, ['x'], [42, [0], 128, 0], ['Base', [0], 128, 999], ['Тоқаевтың', [999], 128, 0]);
    expect(() => createMatcher(bad).scan('Мемлекет басшысы Тоқаевтың сөзі және үкімет туралы.'), 'no throw, even for a target outside the entities').not.toThrow();
  });
});
