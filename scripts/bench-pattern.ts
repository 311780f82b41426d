/** The one combined pattern `npm run bench` hands to mark.js `markRegExp`. */

/** Escape for a RegExp source. */
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern for every term: longest first (so a full name wins over its surname),
 * bounded the Unicode way (no letter or digit on either side), case-insensitive.
 */
export function combinedPattern(terms: string[]): { source: string; flags: string } {
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  return { source: `(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, flags: 'giu' };
}
