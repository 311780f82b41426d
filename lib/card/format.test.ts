import { describe, expect, it } from 'vitest';
import { countryName, formatDate, formatDateTime, formatLocalDay, roleTitle } from './format';

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

describe('formatDateTime', () => {
  it.each([
    // [what, timestamp, lang, offset east of UTC (minutes), expected]
    ['English: day month year, 24-hour time', '2026-12-03T10:09:00Z', 'en', 0, '3 Dec 2026, 10:09'],
    ['Russian: genitive month, same order', '2026-12-03T10:09:00Z', 'ru', 0, '3 дек. 2026, 10:09'],
    ['local time, not UTC: 04:59 in Almaty is the next day', '2026-12-02T23:59:00Z', 'en', 300, '3 Dec 2026, 04:59'],
    ['west of UTC goes back a day', '2026-12-03T02:00:00Z', 'en', -300, '2 Dec 2026, 21:00'],
    ['a timestamp with its own offset is read correctly', '2026-12-03T10:09:00+05:00', 'en', 0, '3 Dec 2026, 05:09'],
    ['midnight is 00:00, never 12 AM', '2026-03-20T00:00:00Z', 'en', 0, '20 Mar 2026, 00:00'],
  ] as const)('%s', (_what, iso, lang, offset, expected) => {
    expect(formatDateTime(iso, lang, offset), 'one date-time format in the interface').toBe(expected);
  });

  it.each(['', 'not a date', '2026-13-45T99:00:00Z'])('leaves unreadable input %j as it is (never "Invalid Date")', (iso) => {
    expect(formatDateTime(iso), 'unreadable timestamps are shown as stored').toBe(iso);
  });

  it('uses the runtime time zone by default', () => {
    const iso = '2026-12-03T10:09:00Z';
    const offset = -new Date(iso).getTimezoneOffset();
    expect(formatDateTime(iso), 'default offset is the runtime one').toBe(formatDateTime(iso, 'en', offset));
  });
});

describe('formatLocalDay', () => {
  it.each([
    ['2026-12-02T23:59:00Z', 300, '3 Dec 2026'],
    ['2026-12-03T10:09:00Z', 0, '3 Dec 2026'],
    ['garbage', 0, 'garbage'],
  ] as const)('%s at offset %d → %s', (iso, offset, expected) => {
    expect(formatLocalDay(iso, 'en', offset), 'the day of a stored timestamp is the local day').toBe(expected);
  });
});

describe('roleTitle and countryName: the interface language picks from what the card carries', () => {
  it.each([
    { why: 'Russian interface, Russian title in the pack', lang: 'ru' as const, role: { title: 'President of Kazakhstan', titleRu: 'Президент Казахстана' }, out: 'Президент Казахстана' },
    { why: 'Russian interface, no Russian title: the English one, not a guess', lang: 'ru' as const, role: { title: 'Akim of Almaty' }, out: 'Akim of Almaty' },
    { why: 'English interface keeps the English title', lang: 'en' as const, role: { title: 'President of Kazakhstan', titleRu: 'Президент Казахстана' }, out: 'President of Kazakhstan' },
  ])('role: $why', ({ lang, role, out }) => {
    expect(roleTitle(role, lang)).toBe(out);
  });

  it.each([
    { why: 'Russian interface, Russian name', lang: 'ru' as const, country: { name: 'Kyrgyzstan', nameRu: 'Киргизия' }, out: 'Киргизия' },
    { why: 'Russian interface, no Russian name', lang: 'ru' as const, country: { name: 'Kyrgyzstan' }, out: 'Kyrgyzstan' },
    { why: 'English interface', lang: 'en' as const, country: { name: 'Kyrgyzstan', nameRu: 'Киргизия' }, out: 'Kyrgyzstan' },
  ])('country: $why', ({ lang, country, out }) => {
    expect(countryName(country, lang)).toBe(out);
  });
});
