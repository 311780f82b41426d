import { describe, expect, it } from 'vitest';
import { markArrayBatches } from './bench-baselines';

describe('mark(array) batches', () => {
  const terms = ['ab', 'abcd', 'a', 'abc', 'cd', 'xyz', 'b'];

  it('keeps every term once, longest first, stable among equal lengths (mark.js order for one call)', () => {
    expect(markArrayBatches(terms, 3).flat(), 'the batches together are the terms sorted by length, ties in input order').toEqual(['abcd', 'abc', 'xyz', 'ab', 'cd', 'a', 'b']);
  });

  it.each([
    { size: 3, lengths: [3, 3, 1], rule: 'full batches, then the rest' },
    { size: 7, lengths: [7], rule: 'one batch when the terms fit' },
    { size: 100, lengths: [7], rule: 'a batch never pads' },
  ])('$rule', ({ size, lengths, rule }) => expect(markArrayBatches(terms, size).map((b) => b.length), rule).toEqual(lengths));

  it('gives no batch for no terms', () => {
    expect(markArrayBatches([], 500), 'mark.js is not called for an empty term list').toEqual([]);
  });

  it('does not reorder the caller\'s terms', () => {
    const copy = [...terms];
    markArrayBatches(copy, 2);
    expect(copy, 'the term list is sorted as a copy').toEqual(terms);
  });
});
