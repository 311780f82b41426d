import { describe, expect, it } from 'vitest';
import type { Entity } from '../factbase/schema';
import { compileDictionary } from './compile';
import { createMatcher } from './matcher';
import { foldKey, foldUnit, isWordChar, keyOf } from './normalize';

describe('spelling key: variants of one name share a key', () => {
  it.each([
    ['Tokayev', 'Tokaev', 'Toqaev', 'TOKAYEV'],
    ['Berdimuhamedov', 'Berdymukhamedov', 'Berdimuhamedow'],
    ['Japarov', 'Zhaparov', 'Djaparov'],
    ['Mirziyoyev', 'Mirziyoev'],
    ['Jeenbekov', 'Zheenbekov'],
    ['Tajikistan', 'Tadzhikistan'],
    ['Kassym-Jomart', 'Kassym Jomart', 'Kassym–Jomart'],
    ['Мирзиёев', 'Мирзиев'],
    ['Жапаров', 'Джапаров'],
    ['Бердымухамедов', 'Бердимухамедов'],
    ['Қасым-Жомарт Тоқаев', 'Касым-Жомарт Токаев'],
    ['Oʻzbekiston', "O'zbekiston", 'O‘zbekiston', 'Ozbekiston'],
    ['Türkmenbaşy', 'Turkmenbashi'],
    ['Kazakhstan’s', "Kazakhstan's"],
    ['Érlan', 'Yerlan', 'Erlan'],
    ['Toka\u00adyev', 'Tokayev', 'Toka\u200byev'],
  ])('%s', (...variants: string[]) => {
    const keys = variants.map(keyOf);
    expect(new Set(keys).size, `keys: ${keys.join(', ')}`).toBe(1);
  });

  it.each([
    ['Tokayev', 'Tokayevich'],
    ['Kazakhstan', 'Kazakh'],
    ['Karimov', 'Karimova'],
  ])('different words keep different keys: %s ≠ %s', (x, y) => {
    expect(keyOf(x)).not.toBe(keyOf(y));
  });
});

describe('offset map: every key character points back into the original text', () => {
  it.each([
    'President Tokayev’s visit',
    'Berdymukhamedov  met  Mirziyoyev',
    'Касым-Жомарт Тоқаев и Джапаров',
    'e\u0301 combining marks and zero\u200bwidth',
    '',
  ])('%j', (text) => {
    const { key, start, end } = foldKey(text);
    expect(start.length).toBe(key.length);
    for (let i = 0; i < key.length; i++) {
      expect(start[i]!, 'spans are ordered').toBeLessThan(end[i]!);
      expect(end[i]!, 'spans stay inside the text').toBeLessThanOrEqual(text.length);
      if (i > 0) expect(start[i]!, 'spans do not go back').toBeGreaterThanOrEqual(end[i - 1]!);
    }
  });

  it('a block larger than the reused buffers maps back just as exactly', () => {
    const text = `${'word '.repeat(20_000)}Berdymukhamedov`;
    const { key, start, end } = foldKey(text);
    const at = key.lastIndexOf('berdimuhamedov');
    expect(text.slice(start[at]!, end[key.length - 1]!)).toBe('Berdymukhamedov');
    expect(foldKey('Toqaev').key, 'small blocks after a huge one still fold').toBe('tokaev');
  });

  it('a name found in the key maps back to its exact original span', () => {
    const text = 'Said Berdymukhamedov.';
    const { key, start, end } = foldKey(text);
    const at = key.indexOf('berdimuhamedov');
    expect(text.slice(start[at]!, end[at + 'berdimuhamedov'.length - 1]!)).toBe('Berdymukhamedov');
  });
});

describe('per-unit fold is length-preserving', () => {
  it('every UTF-16 code unit folds to exactly one code unit', () => {
    const bad: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const f = foldUnit(c);
      if (!Number.isInteger(f) || f < 0 || f > 0xffff) bad.push(c);
    }
    expect(bad, 'foldUnit maps one unit to one unit, so offsets into the page text stay exact').toEqual([]);
  });


  it.each([
    ['Ё', 'е'], ['қ', 'к'], ['Ғ', 'г'], ['ү', 'у'], ['ұ', 'у'], ['ө', 'о'], ['ң', 'н'], ['һ', 'х'], ['ә', 'а'],
    ['і', 'и'], ['ҳ', 'х'], ['ҷ', 'ч'], ['ӣ', 'и'], ['ӯ', 'у'], ['É', 'e'], ['ğ', 'g'], ['\u2019', "'"], ['\u2014', ' '],
  ])('%s → %s', (from, to) => {
    expect(String.fromCharCode(foldUnit(from.charCodeAt(0)))).toBe(to);
  });
});

describe('word characters are Unicode letters, digits and the underscore', () => {
  it.each([['a', true], ['Ж', true], ['ә', true], ['7', true], ['٣', true], ['_', true], ['-', false], ["'", false], [' ', false], ['\u00a0', false], ['中', true], ['(', false], [',', false]])(
    '%j → %s',
    (ch, expected) => expect(isWordChar(ch.charCodeAt(0))).toBe(expected),
  );
});

describe('word boundaries: a name glued to a letter, digit or underscore is not a mention', () => {
  const osh: Entity = {
    id: 'osh', type: 'region', names: { en: 'Osh', ru: 'Ош' }, aliases: [], roles: [], facts: [], related: [], checked: '2026-12-01',
  };
  const matcher = createMatcher(JSON.parse(JSON.stringify(compileDictionary([osh], { version: 't' }))));
  it.each([
    ['the osh_resident account posted', []],
    ['#Osh2024 trended', []],
    ['2024Osh and osh_ and _Osh', []],
    ['Ош_2024 и Ош2', []],
    ['Osh, the second city', ['Osh']],
    ['(Osh) and "Osh" and Osh.', ['Osh', 'Osh', 'Osh']],
    ['в Оше, под Ошем', ['Оше', 'Ошем']],
  ])('%j → %j', (text, expected) => {
    expect(matcher.scan(text).map((m) => m.text), '`_` and digits are word characters; punctuation is a boundary').toEqual(expected);
  });

  it.each(['osh_resident Osh2024 (Osh)', 'Ош_ Қасым_Жомарт Kh_an', 'x'.repeat(10) + '_'.repeat(10)])('fold keeps every original unit inside one span: %j', (text) => {
    const { key, start, end } = foldKey(text);
    let covered = 0;
    for (let i = 0; i < key.length; i++) covered += end[i]! - start[i]!;
    expect(covered, 'the spans of the key partition the original text (length-preserving offsets)').toBe(text.length);
  });
});
