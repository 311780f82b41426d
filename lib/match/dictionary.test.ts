import { describe, expect, it } from 'vitest';
import { asMatchDictionary, decodeForms, decodeKeys, decodeParadigm, encodeKeys, encodeParadigmItem, FLAG, FLAG_BITS, GATE_SHIFT, gateOf } from './dictionary';

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

  it('gives each key of a group with a reason its own grammar (one character per key, in decoded order)', () => {
    expect(decodeForms([['0ab\n2c', [3], FLAG.alias, '', -1, 5, '1-']]), 'genitive for ab, none for abc').toEqual([
      ['ab', [3], FLAG.alias, '', -1, 5, 1], ['abc', [3], FLAG.alias, '', -1, 5, -1],
    ]);
  });

  it('reads a group whose grammar string is missing or short as "no grammar" (an old or truncated dictionary)', () => {
    expect(decodeForms([['0ab\n2c', [3], 0, '', -1, 2]]).map((f) => f[6]), 'no grammars').toEqual([-1, -1]);
  });
});

describe('paradigms', () => {
  it('round-trips grammar, characters dropped and ending', () => {
    const items: [number, number, string][] = [[0, 0, 'тың'], [1, 1, 'a'], [-1, 0, '']];
    expect(decodeParadigm(items.map(([g, d, e]) => encodeParadigmItem(g, d, e)).join(' ')), 'decode(encode(x)) = x').toEqual(items);
  });

  it('skips malformed items', () => {
    expect(decodeParadigm(' 0 x'), 'items shorter than two characters are dropped').toEqual([]);
  });
});

describe('gates', () => {
  it('a form\'s language gate lives above the older flag bits', () => {
    expect(gateOf(FLAG.placeLast | FLAG.title), 'no old flag is read as a gate').toBe(0);
    expect(gateOf((4 << GATE_SHIFT) | FLAG.alias), 'the gate bit comes back').toBe(4);
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

describe('flag layout', () => {
  it('keeps every rule flag below the language gate bits', () => {
    expect(FLAG_BITS >> GATE_SHIFT, 'a rule flag that reaches the gate would make forms gated to a language (or a gate look like a rule)').toBe(0);
  });
});
