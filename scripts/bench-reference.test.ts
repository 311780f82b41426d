import { describe, expect, it } from 'vitest';
import type { DictForm } from '../lib/match/dictionary';
import { termsByFirstOwner } from './bench-reference';

const form = (key: string, targets: number[]): DictForm => [key, targets, 0];

describe('mark.js term order', () => {
  it.each([
    { forms: [form('b', [2]), form('a', [1]), form('c', [0])], want: ['c', 'a', 'b'], rule: 'terms follow their owner entity, not the alphabet' },
    { forms: [form('z', [0]), form('y', [0])], want: ['y', 'z'], rule: 'terms of one owner are in key order' },
    { forms: [form('s', [5, 1]), form('t', [3])], want: ['s', 't'], rule: 'a shared term belongs to its first owner' },
    { forms: [form('s', [5]), form('s', [1]), form('t', [3])], want: ['s', 't'], rule: 'a key listed twice appears once, at its first owner' },
    { forms: [form(' ', [0]), form('', [0]), form('a', [1])], want: ['a'], rule: 'blank keys are not terms' },
  ])('$rule', ({ forms, want, rule }) => expect(termsByFirstOwner(forms), rule).toEqual(want));

  it('makes a smaller base\'s list a prefix of a bigger base\'s (what the mark.js cap record relies on)', () => {
    const small = [form('kaz', [0]), form('orda', [1]), form('bek', [2])];
    const big = [...small, form('aaa', [3]), form('bek', [4]), form('zzz', [3])];
    const [s, b] = [termsByFirstOwner(small), termsByFirstOwner(big)];
    expect(b.slice(0, s.length), 'a base\'s entities are a prefix of the next base\'s, and so are its terms').toEqual(s);
  });
});
