import { describe, expect, it } from 'vitest';
import { factOrder, isOlderPage, periodDistance } from './fact-order';

const today = '2026-12-03';
const facts = [
  { date: '2019-03-20' }, // 0
  { date: '2026-02-11' }, // 1
  { date: '2021' }, // 2
  { date: '2022-01' }, // 3
  { date: '2026-02-11' }, // 4 (same day as 1)
];

describe('periodDistance', () => {
  it.each([
    { a: '2023', b: '2023-05-02', d: 0, why: 'a year contains its days: no distance' },
    { a: '2022-01', b: '2022-01-31', d: 0, why: 'a month contains its last day' },
    { a: '2022-01-05', b: '2022-01-10', d: 5, why: 'days apart' },
    { a: '2021', b: '2022-01-01', d: 1, why: 'from the end of a year to the next day' },
    { a: '2024-03-01', b: '2023', d: 61, why: 'symmetric, from the end of the earlier period' },
  ])('$why', ({ a, b, d }) => {
    expect(periodDistance(a, b)).toBe(d);
    expect(periodDistance(b, a), 'distance is symmetric').toBe(d);
  });
});

describe('factOrder', () => {
  it('shows the newest first when the page has no date', () => {
    expect(factOrder(facts, { today })).toEqual([1, 4, 3, 2, 0]);
  });

  it('keeps the pack order between facts of the same date', () => {
    expect(factOrder([{ date: '2020' }, { date: '2020' }, { date: '2020' }], { today })).toEqual([0, 1, 2]);
  });

  it('puts a precise date before a vaguer one ending the same day only by its start (newer start first)', () => {
    expect(factOrder([{ date: '2021' }, { date: '2021-12-31' }], { today })).toEqual([1, 0]);
  });

  it('shows the newest first on a recent page', () => {
    expect(factOrder(facts, { today, pageDate: '2026-11-30' })).toEqual([1, 4, 3, 2, 0]);
  });

  it('puts the facts nearest an older page’s date first', () => {
    expect(factOrder(facts, { today, pageDate: '2022-01-12' }).slice(0, 2), 'January 2022 page: the January 2022 fact, then 2021').toEqual([3, 2]);
    expect(factOrder(facts, { today, pageDate: '2019-04' })[0], 'April 2019 page: the March 2019 fact').toBe(0);
  });

  it('treats a partial page date as its whole period', () => {
    expect(isOlderPage('2026', today), 'a page dated "2026" may be from this week').toBe(false);
    expect(isOlderPage('2026-05', today)).toBe(true);
    expect(isOlderPage(undefined, today)).toBe(false);
  });
});
