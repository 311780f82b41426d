import { describe, expect, it } from 'vitest';
import { isDue, nextAlarmTime, nextDue, normaliseInterval, recordAttempt, retryDelayMinutes, type FeedSchedule } from './schedule';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0);

describe('normaliseInterval', () => {
  it.each<[number | undefined, number, string]>([
    [undefined, 1440, 'missing → daily'],
    [0, 1440, 'zero → daily, never "constantly"'],
    [-5, 1440, 'negative → daily'],
    [NaN, 1440, 'NaN → daily'],
    [1, 60, 'below an hour → an hour'],
    [360, 360, 'in range → as given'],
    [1e9, 43200, 'beyond 30 days → 30 days'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(normaliseInterval(input)).toBe(expected);
  });
});

describe('retryDelayMinutes: 15 min, doubling, capped at the interval', () => {
  it.each([
    [1, 1440, 15],
    [2, 1440, 30],
    [3, 1440, 60],
    [7, 1440, 960],
    [8, 1440, 1440],
    [50, 1440, 1440],
    [3, 60, 60],
  ])('after %s failures on a %s-minute feed: %s minutes', (failures, interval, expected) => {
    expect(retryDelayMinutes(failures, interval)).toBe(expected);
  });
});

describe('isDue', () => {
  it.each<[string, FeedSchedule, number, boolean]>([
    ['never fetched', {}, T0, true],
    ['paused, never fetched', { paused: true }, T0, false],
    ['fetched 23 h ago, daily', { lastAttempt: T0 - 23 * 60 * MIN }, T0, false],
    ['fetched 24 h ago, daily', { lastAttempt: T0 - 24 * 60 * MIN }, T0, true],
    ['fetched 2 h ago, hourly', { lastAttempt: T0 - 120 * MIN, intervalMinutes: 60 }, T0, true],
    ['failed 10 min ago once', { lastAttempt: T0 - 10 * MIN, failures: 1 }, T0, false],
    ['failed 15 min ago once', { lastAttempt: T0 - 15 * MIN, failures: 1 }, T0, true],
    ['failed 20 min ago, third time', { lastAttempt: T0 - 20 * MIN, failures: 3 }, T0, false],
    ['last attempt in the future (clock set back)', { lastAttempt: T0 + 60 * MIN }, T0, true],
  ])('%s → %s', (_name, feed, now, expected) => {
    expect(isDue(feed, now)).toBe(expected);
  });
});

describe('nextAlarmTime and recordAttempt', () => {
  it('arms for the earliest due feed, now for a due one, nothing when all are paused', () => {
    const daily = { lastAttempt: T0 - 60 * MIN };
    const hourly = { lastAttempt: T0 - 30 * MIN, intervalMinutes: 60 };
    expect(nextAlarmTime([daily, hourly], T0)).toBe(T0 + 30 * MIN);
    expect(nextAlarmTime([daily, {}], T0)).toBe(T0);
    expect(nextAlarmTime([{ paused: true }], T0)).toBeUndefined();
    expect(nextAlarmTime([], T0)).toBeUndefined();
  });

  it('counts failures and resets them on success, keeping other fields', () => {
    const feed = { url: 'https://feeds.example.org/x.json', intervalMinutes: 60 };
    const failed = recordAttempt(recordAttempt(feed, false, T0), false, T0 + MIN);
    expect(failed).toEqual({ ...feed, lastAttempt: T0 + MIN, failures: 2 });
    expect(nextDue(failed)).toBe(T0 + MIN + 30 * MIN);
    expect(recordAttempt(failed, true, T0 + 2 * MIN)).toEqual({ ...feed, lastAttempt: T0 + 2 * MIN, lastSuccess: T0 + 2 * MIN, failures: 0 });
  });
});
