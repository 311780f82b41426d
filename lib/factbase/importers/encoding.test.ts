import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countReplacements, cyrillicScore, decodeAs, detectEncoding, firstInvalidUtf8, isUtf8 } from './encoding';
import { encodeSingleByte } from './fixtures/encode-fixtures';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const RU = 'Касым-Жомарт Токаев, Садыр Жапаров, Шавкат Мирзиёев';

describe('detectEncoding', () => {
  it.each([
    { why: 'valid UTF-8 is UTF-8, for certain', bytes: utf8(RU), encoding: 'utf-8', how: 'certain' },
    { why: 'UTF-8 with a byte order mark is UTF-8', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(RU)]), encoding: 'utf-8', how: 'certain' },
    { why: 'plain ASCII is UTF-8', bytes: utf8('type,name_en\nperson,Ana'), encoding: 'utf-8', how: 'certain' },
    { why: 'a UTF-16 LE byte order mark (Excel "Unicode text") is UTF-16 LE', bytes: Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), encoding: 'utf-16le', how: 'certain' },
    { why: 'Windows-1251 Russian is guessed as Windows-1251', bytes: encodeSingleByte(RU, 'windows-1251'), encoding: 'windows-1251', how: 'guessed' },
    { why: 'CP866 Russian is guessed as CP866', bytes: encodeSingleByte(RU, 'ibm866'), encoding: 'ibm866', how: 'guessed' },
    { why: 'KOI8-R Russian is guessed as KOI8-R (not Windows-1251 with the cases swapped)', bytes: encodeSingleByte(RU, 'koi8-r'), encoding: 'koi8-r', how: 'guessed' },
    { why: 'the Windows-1251 fixture file is guessed right', bytes: fixture('csv-cp1251.csv'), encoding: 'windows-1251', how: 'guessed' },
    { why: 'the CP866 fixture file is guessed right', bytes: fixture('csv-cp866.csv'), encoding: 'ibm866', how: 'guessed' },
    { why: 'the KOI8-R fixture file is guessed right', bytes: fixture('csv-koi8r.csv'), encoding: 'koi8-r', how: 'guessed' },
    { why: 'a Western file (Excel on a French Windows) is guessed as Windows-1252, not read as Cyrillic', bytes: encodeSingleByte('name_en,description\nRené Müller,Café owner in Genève', 'windows-1252'), encoding: 'windows-1252', how: 'guessed' },
    { why: 'Cyrillic names among Latin columns are still Cyrillic', bytes: encodeSingleByte('Kassym-Jomart Tokayev,Касым-Жомарт Токаев,Tokayev|Toqaev', 'windows-1251'), encoding: 'windows-1251', how: 'guessed' },
    { why: 'only the first 256 KB are scored, and a big file is still guessed right', bytes: encodeSingleByte('Садыр Жапаров,'.repeat(40_000), 'ibm866'), encoding: 'ibm866', how: 'guessed' },
    { why: 'a single Cyrillic word in 1251 is still guessed right', bytes: encodeSingleByte('Токаев', 'windows-1251'), encoding: 'windows-1251', how: 'guessed' },
  ])('$why', ({ bytes, encoding, how }) => {
    expect(detectEncoding(bytes), 'detected encoding').toEqual({ encoding, how });
  });
});

describe('decodeAs', () => {
  it.each([
    ['csv-cp1251.csv', 'windows-1251'],
    ['csv-cp866.csv', 'ibm866'],
    ['csv-koi8r.csv', 'koi8-r'],
  ] as const)('%s decoded as %s is exactly the UTF-8 original', (file, encoding) => {
    const original = readFileSync(join(__dirname, 'fixtures', 'csv-ru-utf8.csv'), 'utf8');
    const decoded = decodeAs(fixture(file), encoding);
    expect(decoded.text, 'a legacy file decoded with its code page gives the real names').toBe(original);
    expect(decoded.replacements, 'no replacement characters').toBe(0);
  });

  it('counts replacement characters when the encoding is wrong', () => {
    const decoded = decodeAs(fixture('csv-cp1251.csv'), 'utf-8');
    expect(decoded.replacements, 'every Cyrillic byte read as UTF-8 is a U+FFFD').toBeGreaterThan(50);
    expect(decoded.text, 'the bug report’s mojibake').toContain('\uFFFD\uFFFD\uFFFD');
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeAs(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), 'utf-8').text, 'BOM is not text').toBe('A');
  });
});

describe('helpers', () => {
  it('isUtf8 is a strict decode', () => {
    expect(isUtf8(utf8(RU)), 'valid UTF-8').toBe(true);
    expect(isUtf8(Uint8Array.from([0xca, 0xe0])), 'Windows-1251 bytes are not UTF-8').toBe(false);
    expect(isUtf8(utf8(RU).subarray(0, 1)), 'a character cut in half is not UTF-8').toBe(false);
  });

  it.each([
    { why: 'valid text has no bad byte', bytes: utf8('abc'), at: null },
    { why: 'the first bad byte is found after valid Cyrillic', bytes: Uint8Array.from([...utf8('Ан'), 0xca, 0x41]), at: 4 },
    { why: 'a bad first byte is at 0', bytes: Uint8Array.from([0xff, 0x41]), at: 0 },
    { why: 'a byte order mark counts as bytes', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xff]), at: 4 },
    { why: 'a truncated last character is reported where it starts', bytes: utf8('Ан').subarray(0, 3), at: 2 },
  ])('firstInvalidUtf8: $why', ({ bytes, at }) => expect(firstInvalidUtf8(bytes), 'offset of the first invalid byte').toBe(at));

  it('cyrillicScore prefers real casing over swapped casing', () => {
    expect(cyrillicScore('Токаев'), 'real name').toBeGreaterThan(cyrillicScore('тОКАЕВ'));
    expect(cyrillicScore('abc'), 'no Cyrillic, no score').toBe(0);
    expect(cyrillicScore('Cafй'), 'a Cyrillic letter glued to Latin ones counts against').toBeLessThan(0);
    expect(cyrillicScore('ЁЖИК щука'), 'all-caps words are fine').toBe(8);
  });

  it('countReplacements counts every U+FFFD', () => {
    expect(countReplacements('a\uFFFDb\uFFFD\uFFFD'), 'three').toBe(3);
    expect(countReplacements('Токаев'), 'none').toBe(0);
  });
});
