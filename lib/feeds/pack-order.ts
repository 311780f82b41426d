/**
 * Is a pack from a feed older than the one installed? A feed must never roll the fact
 * base back: a stale CDN copy, a misconfigured mirror or an attacker replaying an old
 * (validly signed) pack would silently bring back facts the publisher corrected.
 *
 * docs/fact-pack.md makes `version` a free string compared for equality, and `published`
 * the date of that version. So the rule is:
 * 1. `published` earlier than the installed one → older. ISO dates of different precision
 *    compare on their common part ("2026-11" is neither before nor after "2026-11-20").
 * 2. Same `published` and both versions made of dot-separated numbers ("2026.11.23.2",
 *    "7") → compared number by number; a smaller one is older. Other version strings
 *    cannot be ordered and are left to rule 1.
 *
 * Applied to every feed, signed or not: an unsigned feed is as hurt by a rollback, and a
 * publisher who really wants the old content back publishes it with a new date or version.
 */

export interface PackVersion { version: string; published: string }

/** undefined when `next` may replace `installed`; else why not, for the options page. */
export function checkNotOlder(installed: PackVersion, next: PackVersion): string | undefined {
  const common = Math.min(installed.published.length, next.published.length);
  const was = installed.published.slice(0, common);
  const now = next.published.slice(0, common);
  if (now < was) {
    return `the feed sent version ${next.version} published ${next.published}, older than the installed version ${installed.version} (published ${installed.published}): refused, the installed version stays`;
  }
  if (now === was && compareNumericVersions(next.version, installed.version) < 0) {
    return `the feed sent version ${next.version}, lower than the installed version ${installed.version}: refused, the installed version stays`;
  }
  return undefined;
}

/** Negative when a < b; 0 when equal or when either is not dot-separated numbers. */
export function compareNumericVersions(a: string, b: string): number {
  const numeric = /^\d+(\.\d+)*$/;
  if (!numeric.test(a) || !numeric.test(b)) return 0;
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
