/**
 * Paints mentions with the CSS Custom Highlight API: no DOM changes, so no broken
 * React/Vue pages, no mangled form fields and no layout shift. One highlight
 * named `silklens` with every mention, plus one per entity type
 * (`silklens-person`, …) so styles can differ by type, and `silklens-ambiguous`.
 *
 * The highlights are registered once and then edited in place (a Highlight is a
 * Set of ranges): a batch adds and deletes the ranges of the blocks it changed,
 * O(changed mentions), instead of rebuilding every Highlight (50–80 ms at 15k
 * mentions). Ranges are StaticRange where the browser has it: live Ranges are
 * updated by the browser on every DOM mutation (400–1,300 ms per tick on the
 * 1,900-timestamp page, StaticRange 0–53 ms, DESIGN.md); the page model replaces
 * the ranges of every block that changed, so a static range is never left stale.
 */
import { ENTITY_TYPES } from '../factbase/schema';
import { DEFAULT_DISPLAY, type DisplaySettings } from '../settings/display';
import { locate } from './collect';
import type { MentionDelta, PageMention } from './page-model';

export const HIGHLIGHT_ALL = 'silklens';
export const highlightName = (type: string) => `silklens-${type}`;
export const HIGHLIGHT_AMBIGUOUS = 'silklens-ambiguous';

/** The parts of `Highlight` we use (happy-dom has none: tests pass a Set). */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
}
export type HighlightRegistryLike = { set(name: string, h: unknown): unknown; delete(name: string): boolean };
export type HighlightCtor = new () => HighlightLike;

/** Builds the range of a mention; StaticRange in the browser, Range where it is missing. */
export type RangeFactory = (start: { node: Text; offset: number }, end: { node: Text; offset: number }) => AbstractRange;

export interface Painted {
  mention: PageMention;
  range: AbstractRange;
}

export function defaultRangeFactory(doc: Document): RangeFactory {
  const Static = (globalThis as { StaticRange?: typeof StaticRange }).StaticRange;
  if (Static) return (a, b) => new Static({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
  return (a, b) => {
    const r = doc.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r;
  };
}

/** The range of a mention, or null when its offsets no longer fit its text nodes. */
export function rangeOfMention(m: PageMention, make: RangeFactory): AbstractRange | null {
  const a = locate(m.block, m.start);
  const b = locate(m.block, m.end, true);
  return a && b ? make(a, b) : null;
}

export interface PainterOptions {
  registry?: HighlightRegistryLike | undefined;
  Highlight?: HighlightCtor | undefined;
  makeRange: RangeFactory;
  display?: DisplaySettings;
}

export class HighlightPainter {
  /** Every mention of a shown type, with its range (shown or not, for firstOnly). */
  private all = new Map<string, Painted>();
  /** Shown ranges, by mention key. */
  private shown = new Map<string, Painted>();
  private highlights = new Map<string, HighlightLike>();
  private display: DisplaySettings;
  private ordered: Painted[] | null = null;
  /** Ranges added or deleted by the last apply (work counter). */
  lastChanged = 0;

  constructor(private options: PainterOptions) {
    this.display = options.display ?? DEFAULT_DISPLAY;
    const { registry, Highlight } = options;
    if (!registry || !Highlight) return;
    for (const name of [HIGHLIGHT_ALL, HIGHLIGHT_AMBIGUOUS, ...ENTITY_TYPES.map(highlightName)]) {
      const h = new Highlight();
      registry.set(name, h);
      this.highlights.set(name, h);
    }
  }

  get count(): number {
    return this.shown.size;
  }

  /** Take off what was removed, put on what was added; a mention whose range did not move is left alone. */
  apply(delta: MentionDelta): void {
    this.lastChanged = 0;
    const added = new Map(delta.added.map((m) => [m.key, m]));
    const touchedGroups = new Set<string>();
    for (const old of delta.removed) {
      const prev = this.all.get(old.key);
      if (!prev || prev.mention !== old) continue;
      const next = added.get(old.key);
      const range = next && sameKind(prev.mention, next) ? rangeOfMention(next, this.options.makeRange) : null;
      if (next && range && sameRange(prev.range, range)) {
        // Same text nodes, same offsets, same entity: keep the painted range.
        prev.mention = next;
        added.delete(old.key);
        continue;
      }
      this.all.delete(old.key);
      this.hide(old.key);
      touchedGroups.add(groupOf(old));
    }
    for (const m of added.values()) {
      if (!this.display.types[m.type]) continue;
      const range = rangeOfMention(m, this.options.makeRange);
      if (!range) continue;
      this.all.set(m.key, { mention: m, range });
      touchedGroups.add(groupOf(m));
      if (!this.display.firstOnly) this.show(m.key);
    }
    if (this.display.firstOnly) for (const g of touchedGroups) this.pickFirst(g);
  }

  /** The reader changed what to underline: O(all mentions), on a settings change only. */
  setDisplay(display: DisplaySettings, mentions: Iterable<PageMention>): void {
    this.clear();
    this.display = display;
    this.apply({ removed: [], added: [...mentions] });
  }

  clear(): void {
    for (const h of this.highlights.values()) h.clear();
    this.all.clear();
    this.shown.clear();
    this.ordered = null;
  }

  /** Unregister the highlights (teardown). */
  destroy(): void {
    this.clear();
    const { registry } = this.options;
    for (const name of this.highlights.keys()) registry?.delete(name);
    this.highlights.clear();
  }

  /** The painted range of a mention (only shown ones are hoverable). */
  rangeOf(mention: PageMention): AbstractRange | undefined {
    const p = this.shown.get(mention.key);
    return p && p.mention === mention ? p.range : undefined;
  }

  /**
   * Shown mentions in document order, for the keyboard walk. Sorted on demand and
   * cached until the next change: O(n log n) on the first key press after a change.
   */
  inOrder(): Painted[] {
    this.ordered ??= [...this.shown.values()].sort((a, b) => compareStart(a.range, b.range));
    return this.ordered;
  }

  private show(key: string): void {
    const p = this.all.get(key);
    if (!p || this.shown.has(key)) return;
    this.shown.set(key, p);
    this.ordered = null;
    this.lastChanged++;
    for (const name of namesOf(p.mention)) this.highlights.get(name)?.add(p.range);
  }

  private hide(key: string): void {
    const p = this.shown.get(key);
    if (!p) return;
    this.shown.delete(key);
    this.ordered = null;
    this.lastChanged++;
    for (const name of namesOf(p.mention)) this.highlights.get(name)?.delete(p.range);
  }

  /** firstOnly: of one entity's (or one ambiguous text's) mentions, show the earliest. O(mentions of that group). */
  private pickFirst(group: string): void {
    let first: Painted | undefined;
    for (const p of this.all.values()) {
      if (groupOf(p.mention) !== group) continue;
      if (!first || compareStart(p.range, first.range) < 0) first = p;
    }
    for (const [key, p] of this.shown) if (groupOf(p.mention) === group && p !== first) this.hide(key);
    if (first) this.show(first.mention.key);
  }
}

function namesOf(m: PageMention): string[] {
  return [HIGHLIGHT_ALL, m.entity === null ? HIGHLIGHT_AMBIGUOUS : highlightName(m.type)];
}

function groupOf(m: PageMention): string {
  return m.entity ?? `?${m.text.toLowerCase()}`;
}

function sameKind(a: PageMention, b: PageMention): boolean {
  return a.entity === b.entity && a.type === b.type && a.text === b.text && a.via === b.via;
}

function sameRange(a: AbstractRange, b: AbstractRange): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}

const FOLLOWING = 4;
const PRECEDING = 2;
function compareStart(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const pos = a.startContainer.compareDocumentPosition(b.startContainer);
  return pos & FOLLOWING ? -1 : pos & PRECEDING ? 1 : 0;
}
