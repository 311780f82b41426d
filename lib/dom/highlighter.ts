/**
 * Paints mentions with the CSS Custom Highlight API: no DOM changes, so no broken
 * React/Vue pages, no mangled form fields and no layout shift. One highlight
 * named `silklens` with every mention, plus one per entity type
 * (`silklens-person`, …) so styles can differ by type, and `silklens-ambiguous`.
 */
import { ENTITY_TYPES } from '../factbase/schema';
import { rangeFor } from './collect';
import type { PageMention } from './page-index';
import { reclaimHighlights } from '../content/highlight-guard';
import { reclaimHighlightStyle } from '../content/highlight-style';

export const HIGHLIGHT_ALL = 'silklens';
export const highlightName = (type: string) => `silklens-${type}`;
export const HIGHLIGHT_AMBIGUOUS = 'silklens-ambiguous';

type HighlightLike = { clear(): void; add(range: Range): unknown };
type HighlightRegistryLike = { get(name: string): unknown; set(name: string, h: never): unknown; delete(name: string): boolean };
type HighlightCtor = new (...ranges: Range[]) => HighlightLike;

/** The Highlight objects we registered, per registry, so a page's replacement can be told apart. */
const ownedBy = new WeakMap<HighlightRegistryLike, Map<string, HighlightLike>>();

export interface Painted {
  mention: PageMention;
  range: Range;
}

/** Compute the ranges for mentions (testable without CSS.highlights). */
export function rangesFor(mentions: PageMention[], doc: Document): Painted[] {
  const out: Painted[] = [];
  for (const mention of mentions) {
    const range = rangeFor(mention.block, mention.start, mention.end, doc);
    if (range) out.push({ mention, range });
  }
  return out;
}

export function paint(
  painted: Painted[],
  registry: HighlightRegistryLike | undefined = (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS?.highlights,
  Highlight: HighlightCtor | undefined = (globalThis as { Highlight?: HighlightCtor }).Highlight,
): boolean {
  if (!registry || !Highlight) return false;
  let owned = ownedBy.get(registry);
  if (!owned) {
    owned = new Map();
    for (const name of [HIGHLIGHT_ALL, HIGHLIGHT_AMBIGUOUS, ...ENTITY_TYPES.map(highlightName)]) owned.set(name, new Highlight());
    ownedBy.set(registry, owned);
  }
  // A page may have deleted or replaced our entries since the last paint: take them back.
  reclaimHighlights(registry, owned);
  reclaimHighlightStyle();
  const fill = (name: string, list: Painted[]) => {
    const h = owned.get(name)!;
    h.clear();
    for (const p of list) h.add(p.range);
  };
  fill(HIGHLIGHT_ALL, painted);
  for (const type of ENTITY_TYPES) fill(highlightName(type), painted.filter((p) => p.mention.type === type && p.mention.entity !== null));
  fill(HIGHLIGHT_AMBIGUOUS, painted.filter((p) => p.mention.entity === null));
  return true;
}

export function unpaint(
  registry: HighlightRegistryLike | undefined = (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS?.highlights,
): void {
  if (!registry) return;
  const owned = ownedBy.get(registry);
  ownedBy.delete(registry);
  // Only what is ours: an older copy of the script tearing down must not wipe a newer one's.
  for (const [name, h] of owned ?? []) if (registry.get(name) === h) registry.delete(name);
}
