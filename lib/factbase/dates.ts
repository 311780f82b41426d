/**
 * Pack dates have year, month or day precision. Comparing them needs the first or the
 * last day a date can mean; one definition for the card, the linter and the forms.
 */
import * as v from 'valibot';
import { IsoDate } from './schema';

/** First day a partial ISO date can mean: 2022 → 2022-01-01, 2022-05 → 2022-05-01. */
export function earliestDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Last day a partial ISO date can mean (day 31 is fine for comparing strings). */
export function latestDay(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** The pack format's date rule (YYYY, YYYY-MM or YYYY-MM-DD), for forms that take dates. */
export function isPackDate(value: string): boolean {
  return v.is(IsoDate, value);
}
