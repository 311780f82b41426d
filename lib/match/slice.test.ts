/** The slice's compact key positions: a round trip for what page-slice writes, nothing for what it never writes. */
import { describe, expect, it } from 'vitest';
import { decodeKeyPositions, encodeKeyPositions } from './slice';

describe('key positions on the wire', () => {
  const trips: { entries: [number, number[]][]; rule: string }[] = [
    { entries: [], rule: 'no cut groups is the empty string' },
    { entries: [[0, [0]]], rule: 'unit 0 with only its first key' },
    { entries: [[7, [3, 4, 40]], [1_048_575, [0, 35, 36, 1295]]], rule: 'several groups, positions past one base-36 digit, big units' },
    { entries: [[12, [250]]], rule: 'one position far into a big group' },
    { entries: [[900, [1]], [40, [0, 2]]], rule: 'units in any order come back by unit' },
  ];
  for (const { entries, rule } of trips) {
    it(rule, () => {
      const text = encodeKeyPositions(entries);
      expect([...decodeKeyPositions(text)], `${rule}: decode gives back what encode took`).toEqual([...entries].sort(([a], [b]) => a - b));
      expect(text.length, `${rule}: never longer than the JSON it replaces`).toBeLessThanOrEqual(JSON.stringify(entries).length);
    });
  }

  const broken: { text: string; rule: string }[] = [
    { text: '7:3,0', rule: 'a zero step (positions must rise) is rejected' },
    { text: '7:3;0:1', rule: 'a zero unit step (units must rise) is rejected' },
    { text: '7:3;', rule: 'an empty entry is rejected' },
    { text: '7', rule: 'an entry without positions is rejected' },
    { text: '7:', rule: 'an empty position list is rejected' },
    { text: '7:3:4', rule: 'two colons are rejected' },
    { text: '7:-3', rule: 'a sign is rejected' },
    { text: '7:3,x!', rule: 'a character outside base 36 is rejected' },
    { text: 'Z:3', rule: 'upper case is not what encode writes and is rejected' },
  ];
  for (const { text, rule } of broken) {
    it(rule, () => expect(decodeKeyPositions(text).size, rule).toBe(0));
  }
});
