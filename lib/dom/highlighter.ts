/**
 * Paints mentions with the CSS Custom Highlight API: no DOM changes, so no broken
 * React/Vue pages, no mangled form fields and no layout shift. One highlight
 * named `silklens` with every mention, plus one per entity type
 * (`silklens-person`, …) so styles can differ by type, and `silklens-ambiguous`.
 */
import { ENTITY_TYPES } from '../factbase/schema';
import { rangeFor } from './collect';
import type { PageMention } from './page-index';

export const HIGHLIGHT_ALL = 'silklens';
export const highlightName = (type: string) => `silklens-${type}`;
export const HIGHLIGHT_AMBIGUOUS = 'silklens-ambiguous';

type HighlightRegistryLike = { set(name: string, h: unknown): unknown; delete(name: string): boolean };
type HighlightCtor = new (...ranges: Range[]) => unknown;

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
  registry.set(HIGHLIGHT_ALL, new Highlight(...painted.map((p) => p.range)));
  for (const type of ENTITY_TYPES) {
    registry.set(highlightName(type), new Highlight(...painted.filter((p) => p.mention.type === type && p.mention.entity !== null).map((p) => p.range)));
  }
  registry.set(HIGHLIGHT_AMBIGUOUS, new Highlight(...painted.filter((p) => p.mention.entity === null).map((p) => p.range)));
  return true;
}

export function unpaint(
  registry: HighlightRegistryLike | undefined = (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS?.highlights,
): void {
  if (!registry) return;
  registry.delete(HIGHLIGHT_ALL);
  registry.delete(HIGHLIGHT_AMBIGUOUS);
  for (const type of ENTITY_TYPES) registry.delete(highlightName(type));
}
