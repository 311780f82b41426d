import { describe, expect, it } from 'vitest';
import { asMatchDictionary, decodeForms, decodeKeys, encodeKeys, FLAG } from './dictionary';

describe('front-coded keys round-trip', () => {
  it.each([
    [['токаев', 'токаева', 'токаеву', 'токаевим', 'токаеве']],
    [['a']],
    [['c5+1', 'c5 + 1', "kazahstan's president"]],
    [['x'.repeat(60), 'x'.repeat(61), 'x'.repeat(45) + 'y']],
    [['same', 'same']],
    [['', 'b']],
  ])('%j', (keys) => {
    const encoded = encodeKeys(keys);
    expect(decodeKeys(encoded)).toEqual([...keys].sort());
    expect(JSON.stringify(encoded).length, 'no JSON escapes except the newline separators')
      .toBe(encoded.length + 2 + (keys.length - 1));
  });

  it('shared prefixes are stored once', () => {
    expect(encodeKeys(['токаев', 'токаева'])).toBe('0токаев\n6а');
  });
});

describe('decodeForms', () => {
  it('expands a group into one form per key, keeping rules', () => {
    expect(decodeForms([['0ab\n2c', [3], FLAG.alias], ['0knb', [1], FLAG.caseSensitive, 'KNB', -1]])).toEqual([
      ['ab', [3], FLAG.alias], ['abc', [3], FLAG.alias], ['knb', [1], FLAG.caseSensitive, 'KNB', -1],
    ]);
  });
});

describe('asMatchDictionary', () => {
  it.each([
    [{ version: 'x', entities: [] }, 'no format'],
    [{ version: 'x', entities: [], format: 'silklens-dict/1', forms: [], offices: [] }, 'missing title grammars'],
    [{ version: 'x', entities: 'no', format: 'silklens-dict/1', forms: [], offices: [], titleGrammars: [] }, 'entities not an array'],
  ] as [unknown, string][])('rejects %j (%s)', (dict) => {
    expect(() => asMatchDictionary(dict as never)).toThrow(/silklens-dict\/1/);
  });
});
