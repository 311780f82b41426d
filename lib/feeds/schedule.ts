/**
 * When to refresh feeds. Pure: the background keeps one periodic browser alarm (every
 * 15 minutes, entrypoints/background.ts) and, when it fires, fetches every feed for which
 * `isDue(feed, now)` holds (lib/background/feed-service.ts records the attempt).
 *
 * After a failure the feed is retried sooner than its interval (15 min, doubling per
 * failure, never later than the interval): a daily feed that was offline at 09:00 should
 * not stay stale until tomorrow, and a dead server should not be hit every minute.
 */

export interface FeedSchedule {
  /** Minutes between refreshes; default daily. */
  intervalMinutes?: number;
  /** Epoch ms of the last fetch attempt, successful or not. */
  lastAttempt?: number;
  /** Failures since the last success. */
  failures?: number;
}

const MINUTE = 60_000;
const DEFAULT_INTERVAL_MINUTES = 24 * 60;
const MIN_INTERVAL_MINUTES = 60;
const MAX_INTERVAL_MINUTES = 30 * 24 * 60;
const FIRST_RETRY_MINUTES = 15;

/** Missing, non-finite or out-of-range intervals fall back or clamp, so a bad setting never means "fetch constantly". */
export function normaliseInterval(minutes: number | undefined): number {
  if (minutes === undefined || !Number.isFinite(minutes) || minutes <= 0) return DEFAULT_INTERVAL_MINUTES;
  return Math.min(MAX_INTERVAL_MINUTES, Math.max(MIN_INTERVAL_MINUTES, Math.round(minutes)));
}

/** Minutes to wait after `failures` consecutive failures: 15, 30, 60 … capped at the interval. */
export function retryDelayMinutes(failures: number, intervalMinutes: number): number {
  const delay = FIRST_RETRY_MINUTES * 2 ** Math.max(0, Math.min(failures - 1, 20));
  return Math.min(delay, intervalMinutes);
}

/** Epoch ms when the feed is next due; 0 when it was never fetched. */
export function nextDue(feed: FeedSchedule): number {
  if (feed.lastAttempt === undefined) return 0;
  const interval = normaliseInterval(feed.intervalMinutes);
  const wait = feed.failures ? retryDelayMinutes(feed.failures, interval) : interval;
  return feed.lastAttempt + wait * MINUTE;
}

export function isDue(feed: FeedSchedule, now: number): boolean {
  const due = nextDue(feed);
  // A last attempt "in the future" means the clock was set back: fetch rather than wait for it.
  if (feed.lastAttempt !== undefined && feed.lastAttempt > now) return true;
  return due <= now;
}
