import { describe, expect, it } from 'vitest';
import { isDue, nextDue, normaliseInterval, retryDelayMinutes, type FeedSchedule } from './schedule';

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

describe('nextDue', () => {
  it('waits the interval after a success and the retry delay after failures', () => {
    expect(nextDue({}), 'never fetched: due at once').toBe(0);
    expect(nextDue({ lastAttempt: T0, intervalMinutes: 60 }), 'an hourly feed is next due an hour later').toBe(T0 + 60 * MIN);
    expect(nextDue({ lastAttempt: T0, failures: 2 }), 'the second failure waits 30 minutes').toBe(T0 + 30 * MIN);
  });
});
