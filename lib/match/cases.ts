/**
 * The six Russian cases, in the order every case table of the dictionary uses. Apart from
 * inflect.ts (which declines with petrovich at compile time) so that the scan-time code
 * reading those tables (titles.ts expandTitles) does not pull the declension library into
 * the content script.
 */
export const CASES = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;
