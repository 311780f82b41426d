/**
 * Which facts a card shows first. A reader on today's news wants what is new; a reader
 * of a 2019 article wants what was true around 2019. So: newest first, unless the page
 * has a date well in the past, then nearest to that date first (ties: newer first,
 * then the pack's order, which authors use for weight).
 */
import { earliestDay, latestDay } from '../factbase/dates';

/** A page dated more than this many days before today is "older": its own time comes first. */
export const OLD_PAGE_DAYS = 180;

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Days between two partial dates' periods (0 when they overlap: "2023" and "2023-05-02"). */
export function periodDistance(a: string, b: string): number {
  const [a0, a1, b0, b1] = [day(earliestDay(a)), day(latestDay(a)), day(earliestDay(b)), day(latestDay(b))];
  if (a1 < b0) return b0 - a1;
  if (b1 < a0) return a0 - b1;
  return 0;
}

/** True when the page's date lies well before today (see OLD_PAGE_DAYS). */
export function isOlderPage(pageDate: string | undefined, today: string): pageDate is string {
  return pageDate !== undefined && day(today) - day(latestDay(pageDate)) > OLD_PAGE_DAYS;
}

/** Indexes of `facts` in the order a card shows them. */
export function factOrder(facts: readonly { date: string }[], options: { today: string; pageDate?: string | undefined }): number[] {
  const idx = facts.map((_, i) => i);
  const newer = (a: number, b: number) =>
    latestDay(facts[b]!.date).localeCompare(latestDay(facts[a]!.date)) || earliestDay(facts[b]!.date).localeCompare(earliestDay(facts[a]!.date)) || a - b;
  const { pageDate } = options;
  if (!isOlderPage(pageDate, options.today)) return idx.sort(newer);
  return idx.sort((a, b) => periodDistance(facts[a]!.date, pageDate) - periodDistance(facts[b]!.date, pageDate) || newer(a, b));
}
