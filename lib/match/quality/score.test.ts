import { describe, expect, it } from 'vitest';
import type { Mention } from '../types';
import { scorePassage, summarise, type Passage } from './score';

const passage: Passage = {
  id: 'p', lang: 'en', date: '2024-01-01', text: 'Tokayev met Japarov in Kazakh cuisine.',
  expect: [['kassym-jomart-tokayev', 'Tokayev'], [null, 'Japarov']], not: ['Kazakh'],
};
const mention = (text: string, entity: string | null): Mention => {
  const start = passage.text.indexOf(text);
  return { start, end: start + text.length, text, entity, type: 'person', via: 'alias' };
};

describe('scorePassage', () => {
  it.each([
    ['all expected found', [mention('Tokayev', 'kassym-jomart-tokayev'), mention('Japarov', null)], 2, []],
    ['a confident answer where ambiguity was expected is wrong', [mention('Tokayev', 'kassym-jomart-tokayev'), mention('Japarov', 'sadyr-japarov')], 1,
      ['unexpected "Japarov" → sadyr-japarov', 'missed "Japarov" → (ambiguous)']],
    ['nothing found: all missed', [], 0, ['missed "Tokayev" → kassym-jomart-tokayev', 'missed "Japarov" → (ambiguous)']],
    ['a forbidden substring matched', [mention('Tokayev', 'kassym-jomart-tokayev'), mention('Japarov', null), mention('Kazakh', 'kazakhstan')], 2,
      ['unexpected "Kazakh" → kazakhstan', 'forbidden "Kazakh" was matched']],
  ])('%s', (_rule, found, tp, problems) => {
    const r = scorePassage(passage, found);
    expect(r.truePositives).toBe(tp);
    expect(r.problems).toEqual(problems);
  });
});

describe('summarise', () => {
  it('pools counts across passages', () => {
    const s = summarise([
      { id: 'a', truePositives: 3, found: 4, expected: 3, problems: [] },
      { id: 'b', truePositives: 1, found: 1, expected: 2, problems: [] },
    ]);
    expect(s).toEqual({ passages: 2, precision: 0.8, recall: 0.8 });
  });

  it('nothing found and nothing expected is perfect, not NaN', () => {
    expect(summarise([{ id: 'a', truePositives: 0, found: 0, expected: 0, problems: [] }])).toEqual({ passages: 1, precision: 1, recall: 1 });
  });
});
