import { describe, expect, it } from 'vitest';
import { officeChangesDuring, officeHolder, officeHoldersDuring } from './titles';
import type { OfficeHolder } from './dictionary';

describe('officeHolder: who held the office on a date', () => {
  const holders: OfficeHolder[] = [[1, '1990-04-24', '2019-03-19'], [2, '2019-03-19', ''], [3, '2005', '2006-02']];
  it.each([
    ['2010-01-01', 1, 'inside a closed term'],
    ['2024-06-01', 2, 'an open term (to: still held)'],
    ['2019-03-19', 2, 'hand-over day: the one who took office latest'],
    ['1980-01-01', null, 'before anyone'],
    ['2006-02-28', 3, 'a year-month end covers the whole month'],
    ['2005-01-01', 3, 'a year start covers from 1 January'],
  ] as [string, number | null, string][])('%s → %s (%s)', (date, expected) => {
    // Term 3 overlaps term 1 on purpose: the later start wins.
    expect(officeHolder(holders, date)).toBe(expected);
  });

  it('no holders: nobody', () => expect(officeHolder([], '2024-01-01')).toBeNull());
});

describe('office holders over a span of days', () => {
  // 1 hands over to 2 on 2019-03-20; 3 and 4 serve side by side; 5 leaves some day in 2024-02.
  const holders: OfficeHolder[] = [[1, '1990-04-24', '2019-03-20'], [2, '2019-03-20', ''], [3, '', ''], [4, '2007-02', ''], [5, '2022-01', '2024-02'], [6, '2024-02-06', '']];
  it.each([
    ['2019-03-20', '2019-03-20', [2, 4, 1, 3], [1, 2], 'hand-over day: newcomer first, both changed'],
    ['2019-03-01', '2019-03-31', [2, 4, 1, 3], [1, 2], 'a month with a change'],
    ['2018-05-01', '2018-05-31', [4, 1, 3], [], 'a month without a change'],
    ['2024-02-10', '2024-02-10', [6, 5, 2, 4, 3], [5], 'a term ending some day in a month may end on any day of it; one begun before the span did not change in it'],
  ] as [string, string, number[], number[], string][])('%s…%s', (from, to, during, changed, rule) => {
    expect(officeHoldersDuring(holders, from, to), rule).toEqual(during);
    expect([...officeChangesDuring(holders, from, to)].sort(), rule).toEqual(changed);
  });
});
