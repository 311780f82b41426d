/**
 * "Today" on the user's calendar, not UTC's: `toISOString().slice(0, 10)` is the UTC
 * date, which before 05:00 in Almaty (UTC+5) is still yesterday, so a fact added at
 * breakfast was stamped with the day before. Everything that means "today" calls this.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The local calendar date as YYYY-MM-DD. `utcOffsetMinutes` (east of UTC, +300 for
 * Almaty) is a seam for tests; by default it is the runtime's offset at `now`.
 */
export function localToday(now: Date = new Date(), utcOffsetMinutes: number = -now.getTimezoneOffset()): string {
  const shifted = new Date(now.getTime() + utcOffsetMinutes * 60_000);
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}
