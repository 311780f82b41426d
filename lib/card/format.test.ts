import { expect, it } from 'vitest';
import { formatDate } from './format';

it.each([
  ['2022', '2022'],
  ['2022-01', 'Jan 2022'],
  ['2022-01-05', '5 Jan 2022'],
  ['2023-09-19T10:00:00Z', '19 Sep 2023'],
  ['not a date', 'not a date'],
])('formats %s as %s (precision is never invented)', (iso, out) => {
  expect(formatDate(iso)).toBe(out);
});

it.each([
  ['2022-01-05', '5 янв. 2022'],
  ['2019-03-20', '20 марта 2019'],
  ['2019-03', 'март 2019'],
  ['2022', '2022'],
])('formats %s in Russian as %s', (iso, out) => {
  expect(formatDate(iso, 'ru')).toBe(out);
});
