import { describe, expect, it } from 'vitest';
import { combinedPattern } from './bench-pattern';

const matches = (terms: string[], text: string) => {
  const { source, flags } = combinedPattern(terms);
  return [...text.matchAll(new RegExp(source, flags))].map((m) => m[0]);
};

describe('combinedPattern', () => {
  it.each([
    { terms: ['tokayev'], text: 'Tokayev, said', want: ['Tokayev'], rule: 'case-insensitive, a comma is a boundary' },
    { terms: ['tokayev'], text: 'Tokayevich spoke', want: [], rule: 'no match inside a longer word' },
    { terms: ['казахстан'], text: 'в Казахстане и Казахстан.', want: ['Казахстан'], rule: 'Cyrillic letters bound words too (no match inside a case form)' },
    { terms: ['tokayev', 'kassym-jomart tokayev'], text: 'Kassym-Jomart Tokayev', want: ['Kassym-Jomart Tokayev'], rule: 'the longest term wins' },
    { terms: ['a.b'], text: 'axb a.b', want: ['a.b'], rule: 'terms are escaped: a dot is a dot' },
    { terms: ['osh'], text: 'Osh2 Osh', want: ['Osh'], rule: 'a digit next to a term is no boundary' },
  ])('$rule', ({ terms, text, want, rule }) => {
    expect(matches(terms, text), rule).toEqual(want);
  });

  it('leaves its input list unsorted', () => {
    const terms = ['a', 'abc', 'ab'];
    combinedPattern(terms);
    expect(terms, 'sorting a copy, not the caller’s list').toEqual(['a', 'abc', 'ab']);
  });
});
