import { expect, it } from 'vitest';
import { citeFact } from './citation';

const sources = [
  { n: 1, title: 'Report', publisher: 'RFE/RL', date: '2023-09-18', url: 'https://example.org/r' },
  { n: 2, title: 'Letter of rights groups', publisher: 'Rights groups', date: '2023' },
];

it('puts the fact, its date and every cited source (with URL when there is one) in one line', () => {
  expect(citeFact({ text: 'Something happened.', date: '2022-01', refs: [1, 2] }, sources)).toBe(
    'Something happened (Jan 2022). Source: Report, RFE/RL, 18 Sep 2023, https://example.org/r; Letter of rights groups, Rights groups, 2023.',
  );
});

it('writes Russian dates and label for a Russian interface, and skips unknown references', () => {
  expect(citeFact({ text: 'Событие', date: '2019-03-20', refs: [9] }, sources, 'ru')).toBe('Событие (20 марта 2019).');
});
