import { describe, expect, it } from 'vitest';
import { inflectUzbek, uzbekToCyrillic } from './inflect-uzbek';

const forms = (base: string) => Object.fromEntries(inflectUzbek(base).map((f) => [f.grammar, f.text]));

const UZBEK: [string, Record<string, string>, string][] = [
  ['Mirziyoyev', { genitive: 'Mirziyoyevning', dative: 'Mirziyoyevga', accusative: 'Mirziyoyevni', locative: 'Mirziyoyevda', ablative: 'Mirziyoyevdan' }, 'no harmony, no voicing: the same endings everywhere'],
  ['Samarqand', { dative: 'Samarqandga' }, 'final d: -ga'],
  ['Termiz', { dative: 'Termizga', locative: 'Termizda' }, 'front vowels do not change the endings'],
  ['Namangan', { genitive: 'Namanganning' }, 'n + ning: both letters written'],
  ['Buxoro', { dative: 'Buxoroga', accusative: 'Buxoroni' }, 'vowel-final: endings unchanged'],
  ['Qoraqalpogʻiston Respublikasi', { dative: 'Qoraqalpogʻiston Respublikasiga', genitive: 'Qoraqalpogʻiston Respublikasining' }, 'after a possessive -i: endings unchanged'],
  ['Ipak', { dative: 'Ipakka' }, 'final k: -ka'],
  ['Qishloq', { dative: 'Qishloqqa' }, 'final q: -qa'],
  ['Tog‘', { dative: 'Tog‘qa' }, 'final gʻ: -qa'],
  ['Мирзиёев', { genitive: 'Мирзиёевнинг', dative: 'Мирзиёевга', locative: 'Мирзиёевда' }, 'Cyrillic name: Cyrillic endings'],
  ['Тошкент', { dative: 'Тошкентга', ablative: 'Тошкентдан' }, 'Cyrillic, final т'],
  ['Қишлоқ', { dative: 'Қишлоққа' }, 'Cyrillic final қ: -қа'],
];

describe('Uzbek case forms', () => {
  it.each(UZBEK)('%s', (base, expected, rule) => {
    const got = forms(base);
    for (const [grammar, text] of Object.entries(expected)) expect(got[grammar], rule).toBe(text);
  });
});

describe('Uzbek Latin → Cyrillic', () => {
  it.each([
    ['Shavkat Mirziyoyev', 'Шавкат Мирзиёев'],
    ['Oʻzbekiston', 'Ўзбекистон'],
    ['Qoraqalpogʻiston Respublikasi', 'Қорақалпоғистон Республикаси'],
    ['Nigʻmatilla Yoʻldoshev', 'Ниғматилла Йўлдошев'],
    ['Toshkent', 'Тошкент'],
    ['Ergash', 'Эргаш'],
    ['Baxtiyor Saidov', 'Бахтиёр Саидов'],
    ['Davlat xavfsizlik xizmati', 'Давлат хавфсизлик хизмати'],
  ])('%s → %s', (latin, cyrillic) => {
    expect(uzbekToCyrillic(latin), 'digraphs sh ch oʻ gʻ yo ye, initial e → э, h → ҳ, x → х, q → қ').toBe(cyrillic);
  });
});
