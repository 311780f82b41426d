/**
 * The evidence a page gives resolve() (lib/match/resolve.ts), kept as reference-counted
 * tokens so a batch never re-reads the whole page:
 *
 * - page tokens: one per distinct key on the page (`e:kyrgyzstan`, `t:president:…`),
 *   scope {block: -1, section: -1, region: -1}, so they count at page level only;
 * - region tokens: one per distinct (section, key) inside a region (an article, a
 *   comments section), scope {block: -1, section, region}, so they count for their
 *   section and region only.
 *
 * Resolving some blocks passes the page tokens plus the tokens of those blocks' regions:
 * O(distinct keys + keys of those regions), not O(page). A key that appears on or leaves
 * the page bumps `version` (every ambiguous block is resolved again); one that appears
 * in or leaves a region bumps only that region's version (only its blocks are). On a feed
 * of 1,000 posts, each its own <article>, a new post touches its own region alone.
 */
import type { Mention } from '../match/types';

interface Counted<T> {
  count: number;
  token: T;
}

export class PageEvidence<T extends Mention> {
  private page = new Map<string, Counted<T>>();
  private regions = new Map<number, Map<string, Counted<T>>>();
  private regionVersions = new Map<number, number>();
  /** Moves when a key appears on or leaves the page. */
  version = 0;

  add(key: string, region: number, section: number, source: T): void {
    if (this.count(this.page, key, source, { block: -1, section: -1, region: -1 })) this.version++;
    let inRegion = this.regions.get(region);
    if (!inRegion) { inRegion = new Map(); this.regions.set(region, inRegion); }
    if (this.count(inRegion, `${section}|${key}`, source, { block: -1, section, region })) this.bump(region);
  }

  remove(key: string, region: number, section: number): void {
    if (this.uncount(this.page, key)) this.version++;
    const inRegion = this.regions.get(region);
    if (inRegion && this.uncount(inRegion, `${section}|${key}`)) {
      this.bump(region);
      if (inRegion.size === 0) this.regions.delete(region);
    }
  }

  /** Moves when a (section, key) appears in or leaves the region. */
  regionVersion(region: number): number {
    return this.regionVersions.get(region) ?? 0;
  }

  /** Page tokens, then the tokens of the given regions. */
  *tokens(regions: Iterable<number>): Iterable<T> {
    for (const { token } of this.page.values()) yield token;
    for (const r of new Set(regions)) for (const { token } of this.regions.get(r)?.values() ?? []) yield token;
  }

  clear(): void {
    this.page.clear();
    this.regions.clear();
    this.regionVersions.clear();
    this.version++;
  }

  /** True when the key is new. */
  private count(map: Map<string, Counted<T>>, key: string, source: T, scope: NonNullable<Mention['scope']>): boolean {
    const e = map.get(key);
    if (e) { e.count++; return false; }
    map.set(key, { count: 1, token: { ...source, start: -10, end: -10, evidenceOnly: true, scope } });
    return true;
  }

  /** True when the key is gone. */
  private uncount(map: Map<string, Counted<T>>, key: string): boolean {
    const e = map.get(key);
    if (!e || --e.count > 0) return false;
    map.delete(key);
    return true;
  }

  private bump(region: number): void {
    this.regionVersions.set(region, this.regionVersion(region) + 1);
  }
}
