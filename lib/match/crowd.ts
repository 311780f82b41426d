/**
 * Forms shared by a crowd of namesakes. Real lists of officials hold hundreds of people
 * named Karimov or Aliyev; at 200,000 entities the bench's surnames have up to 234 bearers,
 * and sending every bearer of every surname on a page made a 100 KB page receive over a
 * megabyte (issue 14). A bare surname with that many bearers is ambiguous whatever the
 * page says about most of them, so both matchers (createMatcher and the page's
 * SliceMatcher) apply one rule to a form group with more than CROWD_CAP bearers:
 *
 * - it lists only the bearers the page could ever settle on without naming them: the
 *   first bearer (so the mention keeps a type and a card), every bearer who is the only
 *   one of their country (resolve picks by country when exactly one bearer fits), and
 *   every holder of an office a bare title beside a name can point at (resolve's
 *   byOfficeKind: "President Karimov");
 * - the others ("hidden") travel as a count per country, and each hidden bearer knows
 *   which crowds hold them, so a bearer the page names in full still settles the surname.
 *
 * The split depends on the fact base alone, never on the page, so scan output is the same
 * from either matcher; resolve reads counts where it used to count candidates.
 */
import type { DictEntity } from './types';
import { FLAG, type DictFormGroup, type OfficeHolder } from './dictionary';

/**
 * More than this many bearers makes a crowd. A card listing 24 people is still a list a
 * reader can scan; past that it is a phone book. The bench's 200k base has 1,231 groups
 * above it, holding 125,896 bearers. A cap of 8 instead sent the same bytes within 0.3 %
 * (scripts/bench-slice.ts --bench 200000): what remains is not namesake lists.
 */
export const CROWD_CAP = 24;

/** The office kinds a bare title beside a surname names (person-cues.ts officeKindAt, scan.ts bareTitleBefore). */
export const TITLE_KINDS_BESIDE_NAMES = ['president', 'prime-minister'] as const;

/** A crowded group on the wire and in the scan tables: its unit, and the hidden bearers as counts per country. */
export interface Crowd {
  /** The group's global index (dictionary order), the same in both matchers. */
  unit: number;
  /** How many bearers are not listed. */
  hidden: number;
  /** Hidden bearers per country, sorted by country; bearers without a country are counted in `hidden` only. */
  countries: [country: string, count: number][];
}

/** Entities holding an office of a kind in TITLE_KINDS_BESIDE_NAMES, at any date (the split must not depend on the page's date). */
export function titleHolders(offices: readonly [string, OfficeHolder[]][]): Set<number> {
  const out = new Set<number>();
  for (const [key, holders] of offices) {
    const kind = key.slice(0, key.indexOf(':'));
    if ((TITLE_KINDS_BESIDE_NAMES as readonly string[]).includes(kind)) for (const [e] of holders) out.add(e);
  }
  return out;
}

export interface CrowdSplit {
  group: DictFormGroup;
  crowd: Crowd;
  hidden: number[];
}

/**
 * The group with only its listed bearers, or null when the rule does not apply: few
 * bearers, a title or blocker, context words (scan weighs each bearer's own context), a
 * nickname (place rules weigh each bearer), or any bearer that is not a person.
 */
export function splitCrowd(group: DictFormGroup, unit: number, entity: (i: number) => DictEntity | undefined, holders: ReadonlySet<number>): CrowdSplit | null {
  const [, targets, flags, , context] = group;
  if (targets.length <= CROWD_CAP) return null;
  if (flags & (FLAG.title | FLAG.blocker | FLAG.nickname)) return null;
  if (context !== undefined && context >= 0) return null;
  const perCountry = new Map<string, number>();
  for (const t of targets) {
    const e = entity(t);
    if (e?.type !== 'person') return null;
    if (e.country !== undefined) perCountry.set(e.country, (perCountry.get(e.country) ?? 0) + 1);
  }
  const kept: number[] = [];
  const hidden: number[] = [];
  const counts = new Map<string, number>();
  targets.forEach((t, i) => {
    const country = entity(t)!.country;
    if (i === 0 || holders.has(t) || (country !== undefined && perCountry.get(country) === 1)) kept.push(t);
    else {
      hidden.push(t);
      if (country !== undefined) counts.set(country, (counts.get(country) ?? 0) + 1);
    }
  });
  const countries = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const out = group.slice() as DictFormGroup; // every other field as it was, absent ones absent
  out[1] = kept;
  return { group: out, crowd: { unit, hidden: hidden.length, countries }, hidden };
}
