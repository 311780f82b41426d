import { describe, expect, it } from 'vitest';
import { addTextWordHashes, hashWord, keyWordHashes, MAX_WORD_HASHES, packHashes, unpackHashes } from './word-hash';
import { foldKey, keyOf } from './normalize';

describe('word hashes', () => {
  it.each([
    ['Kassym-Jomart Tokayev', 'kassym jomart tokayev'],
    ['Токаева, Назарбаев!', 'токаева назарбаев'],
    ["Kazakhstan's president", "kazakhstan's president"],
  ])('a page text and a form key with the same words hash alike: %s', (text, key) => {
    const page = new Set<number>();
    addTextWordHashes(text, page);
    expect([...page].sort((a, b) => a - b), 'the page folds its words as the dictionary keys them').toEqual(keyWordHashes(keyOf(key)));
  });

  it('the one-pass page hashing equals hashing each word of the key', () => {
    const text = 'Президент Токаев, Kassym-Jomart! o\u2019g\u2019li 2024 _x_ Тоқаевтың';
    const page = new Set<number>();
    addTextWordHashes(text, page);
    expect([...page].sort((a, b) => a - b), 'page words and form words hash alike').toEqual(keyWordHashes(foldKey(text).key));
  });

  it('hashes are unsigned 32-bit FNV-1a (one shared function for both sides)', () => {
    expect(hashWord('a', 0, 1), 'FNV-1a of "a"').toBe(0xe40c292c);
    expect(hashWord('', 0, 0), 'the empty word is the FNV offset basis').toBe(0x811c9dc5);
    expect(hashWord('xab', 1, 3), 'a word is hashed by its own range only').toBe(hashWord('ab', 0, 2));
  });

  it('round-trips a set through base64, sorted and distinct', () => {
    const set = [5, 0, 0xffffffff, 1 << 31, 5, 77];
    expect([...unpackHashes(packHashes(set))], 'packing sorts, drops repeats and keeps every 32-bit value').toEqual([0, 5, 77, 2 ** 31, 0xffffffff]);
    expect([...unpackHashes(packHashes([]))], 'the empty set round-trips').toEqual([]);
  });

  it.each([
    ['not base64', '!!!!'],
    ['a partial hash', 'AAAAAAA='],
    ['unsorted hashes', btoa('\x02\x00\x00\x00\x01\x00\x00\x00')],
    ['repeated hashes', btoa('\x01\x00\x00\x00\x01\x00\x00\x00')],
    ['a length that is no base64', 'AAAAA'],
  ])('refuses %s with a clear error', (_, packed) => {
    expect(() => unpackHashes(packed), 'malformed input is an Error, never a crash deeper in').toThrow(/word hashes/);
  });

  it('refuses too many hashes on both sides', () => {
    expect(() => unpackHashes(packHashes([1, 2, 3]), 2), 'more hashes than the cap is refused').toThrow(/too many/);
    expect(() => packHashes({ [Symbol.iterator]: function* () { for (let i = 0; i <= MAX_WORD_HASHES; i++) yield i; } }), 'a page never sends more than the cap').toThrow(/too many/);
  });
});
