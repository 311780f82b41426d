/**
 * Paints mentions with the CSS Custom Highlight API: no DOM changes, so no broken
 * React/Vue pages, no mangled form fields and no layout shift. One highlight per entity
 * type (`silklens-person`, …) so styles can differ by type, and `silklens-ambiguous`.
 *
 * The highlights are registered once and then edited in place (a Highlight is a
 * Set of ranges): a batch adds and deletes the ranges of the blocks it changed,
 * O(changed mentions), instead of rebuilding every Highlight (50–80 ms at 15k
 * mentions). Ranges are StaticRange where the browser has it: live Ranges are
 * updated by the browser on every DOM mutation (400–1,300 ms per tick on the
 * 1,900-timestamp page, StaticRange 0–53 ms, DESIGN.md); the page model replaces
 * the ranges of every block that changed, so a static range is never left stale.
 *
 * Only ranges of blocks near the viewport are registered at all. Every range in any
 * registered highlight, styled or not, costs the browser's PrePaint on each frame after
 * a DOM change. Measured here (Chromium 156, 1 MB news page, 11,835 mentions, a text
 * node ticking): with every shown range also in an unstyled `silklens` highlight, PrePaint
 * took 42 ms median (78 ms max) per tick; with it emptied, 2 ms (16 ms max). With 2,000
 * ranges in a styled highlight the live-feed page paid 80–230 ms per frame. So the
 * painter keeps its shown set to itself (`count`, `paintedRanges()` for counts and tests)
 * and the styled per-type highlights hold the ranges of blocks reported within a screen
 * of the viewport. The browser watches only the ends of groups of blocks in one flow
 * (nearness-groups.ts): one observer target per block cost 6–8 ms p50 and up to 23 ms of
 * the hover card's frame and ~4–10 ms of every frame after a DOM change on the 1 MB news
 * page; group ends cost 0.5–0.9 ms (bench:page, 2026-12-03).
 */
import { ENTITY_TYPES } from '../factbase/schema';
import { DEFAULT_DISPLAY, firstOnlyActive, type DisplaySettings } from '../settings/display';
import { reclaimHighlights } from '../content/highlight-guard';
import { reclaimHighlightStyle } from '../content/highlight-style';
import type { MentionDelta, PageMention } from './page-model';
import { blockKeyElement, type BlockKey } from './collect';
import { rangeOfMention, type NearnessFactory, type NearnessWatcher, type RangeFactory } from './highlight-ranges';

export { defaultRangeFactory, rangeOfMention, viewportNearness, type NearnessFactory, type NearnessWatcher, type RangeFactory } from './highlight-ranges';

export const highlightName = (type: string) => `silklens-${type}`;
export const HIGHLIGHT_AMBIGUOUS = 'silklens-ambiguous';

/** The parts of `Highlight` we use (happy-dom has none: tests pass a Set). */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
}
export type HighlightRegistryLike = { get(name: string): unknown; set(name: string, h: never): unknown; delete(name: string): boolean };
export type HighlightCtor = new () => HighlightLike;

export interface Painted {
  mention: PageMention;
  range: AbstractRange;
}

export interface PainterOptions {
  registry?: HighlightRegistryLike | undefined;
  Highlight?: HighlightCtor | undefined;
  makeRange: RangeFactory;
  display?: DisplaySettings;
  /** Absent: every block counts as near (tests, browsers without IntersectionObserver). */
  nearness?: NearnessFactory | undefined;
}

export class HighlightPainter {
  /** Every mention of a shown type, with its range (shown or not, for firstOnly). */
  private all = new Map<string, Painted>();
  /** Shown ranges, by mention key. */
  private shown = new Map<string, Painted>();
  /** Mention keys per entity (or ambiguous text), for firstOnly: one group's work, not the page's. */
  private groups = new Map<string, Set<string>>();
  /** firstOnly: the key shown for each group, so an update compares only what it added. */
  private firstOf = new Map<string, string>();
  private highlights = new Map<string, HighlightLike>();
  private display: DisplaySettings;
  /**
   * First mentions only, now: `always`, or `auto` on a page denser than DENSE_PAGE_MENTIONS
   * (lib/settings/display.ts). Flips as a growing page crosses the threshold.
   */
  private firstOnly = false;
  /**
   * A full scan is under way and its count is not known yet: in `auto` mode, paint first
   * mentions only until it settles. The first slice (the viewport) of a dense page would
   * otherwise be underlined in full for a frame or more, then drop to first mentions when
   * a later slice crosses DENSE_PAGE_MENTIONS: a flash of underlines on every dense page.
   * The other way round costs less: a page that turns out light gets its remaining
   * underlines when the scan ends (on a small page, in the same task: nothing shows).
   */
  private scanning = false;
  private ordered: Painted[] | null = null;
  private orderedAll: Painted[] | null = null;
  /** Ranges added or deleted by the last apply (work counter). */
  lastChanged = 0;
  private watcher: NearnessWatcher | null = null;
  /** Block elements reported near the viewport. */
  private near = new Set<Element>();
  /** Shown mention keys per block element (what to style when the block comes near). */
  private byBlock = new Map<Element, Set<string>>();
  /**
   * Blocks the caller knows are on screen (the first scan's viewport blocks, found by
   * elementFromPoint), styled by the next apply without waiting for the observer: its first
   * report comes in a task after the next frame (and after every slice of a running scan,
   * which yields at higher priority), so the reader would see the first underlines only
   * when the whole page had been scanned (1 MB, shared machine: 1–13 s after load).
   */
  private assumed = new Set<Element>();
  /** Blocks whose last shown mention this update hid (see hide()). */
  private emptied = new Set<Element>();

  constructor(private options: PainterOptions) {
    this.display = options.display ?? DEFAULT_DISPLAY;
    this.watcher = options.nearness?.((el, near) => this.setNear(el, near)) ?? null;
    const { registry, Highlight } = options;
    if (!registry || !Highlight) return;
    for (const name of [HIGHLIGHT_AMBIGUOUS, ...ENTITY_TYPES.map(highlightName)]) this.highlights.set(name, new Highlight());
    this.guard();
  }

  /**
   * A page may have deleted or replaced our registry entries (to forge underlines, or to
   * hide ours) or dropped our underline styles since the last paint: take them back.
   * O(highlight names). Hit-testing never reads the registry, so a forgery opens nothing.
   */
  private guard(): void {
    const { registry } = this.options;
    if (registry && this.highlights.size) reclaimHighlights(registry, this.highlights);
    reclaimHighlightStyle();
  }

  get count(): number {
    return this.shown.size;
  }

  /** Take off what was removed, put on what was added; a mention whose range did not move is left alone. */
  apply(delta: MentionDelta): void {
    this.lastChanged = 0;
    this.guard();
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
      this.orderedAll = null;
      this.hide(old.key);
      this.groups.get(groupOf(old))?.delete(old.key);
      touchedGroups.add(groupOf(old));
    }
    const fresh: string[] = [];
    /** The fresh keys by group (firstOnly compares only these with each group's shown first). */
    const addedBy = new Map<string, string[]>();
    for (const m of added.values()) {
      if (!this.display.types[m.type]) continue;
      const range = rangeOfMention(m, this.options.makeRange);
      if (!range) continue;
      this.all.set(m.key, { mention: m, range });
      this.orderedAll = null;
      const group = groupOf(m);
      let keys = this.groups.get(group);
      if (!keys) this.groups.set(group, (keys = new Set()));
      keys.add(m.key);
      touchedGroups.add(group);
      fresh.push(m.key);
      const list = addedBy.get(group);
      if (list) list.push(m.key);
      else addedBy.set(group, [m.key]);
    }
    // A mode switch repaints every group itself.
    if (!this.switchMode()) {
      // firstOnly: O(mentions added) per group while its shown first stays: a ticking clock
      // beside one name must not re-sort every mention of every entity on each tick.
      if (this.firstOnly) for (const g of touchedGroups) this.updateFirst(g, addedBy.get(g) ?? []);
      else for (const key of fresh) this.show(key);
    }
    this.assumed.clear();
    this.releaseEmptied();
  }

  /** These blocks are on screen now: the next apply styles their mentions at once (the observer corrects it later). */
  assumeNear(blocks: Iterable<BlockKey>): void {
    for (const b of blocks) this.assumed.add(blockKeyElement(b));
  }

  /** The ranges underlined now, styled or waiting for their block to come near (counts, tests). */
  paintedRanges(): AbstractRange[] {
    return [...this.shown.values()].map((p) => p.range);
  }

  /** First mentions only, by the mode, the count and whether a full scan is still counting. */
  private wantFirstOnly(): boolean {
    return firstOnlyActive(this.display.firstOnly, this.all.size) || (this.scanning && this.display.firstOnly === 'auto');
  }

  /** The page crossed the density threshold (or the mode changed): O(all mentions), once. True if it switched. */
  private switchMode(): boolean {
    const firstOnly = this.wantFirstOnly();
    if (firstOnly === this.firstOnly) return false;
    this.firstOnly = firstOnly;
    if (firstOnly) for (const g of [...this.groups.keys()]) this.pickFirst(g);
    else {
      this.firstOf.clear();
      for (const key of this.all.keys()) this.show(key);
    }
    return true;
  }

  /** A full scan starts (first load, a reset page): until `scanSettled`, `auto` paints first mentions only. */
  beginScan(): void {
    this.scanning = true;
  }

  /** The full scan's count is known: a page that stayed light gets every underline now. */
  scanSettled(): void {
    if (!this.scanning) return;
    this.scanning = false;
    this.lastChanged = 0;
    this.switchMode();
    this.releaseEmptied();
  }

  /** Is the page underlining first mentions only right now (for tests and the popup)? */
  get firstOnlyNow(): boolean {
    return this.firstOnly;
  }

  /** Mentions found of the shown types, underlined or not. */
  get total(): number {
    return this.all.size;
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
    this.groups.clear();
    this.firstOf.clear();
    for (const el of this.byBlock.keys()) this.watcher?.unobserve(el);
    this.byBlock.clear();
    this.near.clear();
    this.assumed.clear();
    this.emptied.clear();
    this.ordered = null;
    this.orderedAll = null;
    this.firstOnly = false;
  }

  /** Ranges in the styled highlights now (the rest wait until their block comes near). */
  get styledCount(): number {
    let n = 0;
    for (const h of this.highlights.values()) n += h.size;
    return n;
  }

  /** Unregister the highlights (teardown). */
  destroy(): void {
    this.clear();
    this.watcher?.disconnect();
    const { registry } = this.options;
    // Only what is ours: an older copy of the script tearing down must not wipe a newer one's.
    for (const [name, h] of this.highlights) if (registry?.get(name) === h) registry.delete(name);
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

  /**
   * Every mention of a shown type in document order, underlined or not: with first
   * mentions only, the keyboard walk still reaches the others. Cached like `inOrder`.
   */
  allInOrder(): Painted[] {
    this.orderedAll ??= [...this.all.values()].sort((a, b) => compareStart(a.range, b.range));
    return this.orderedAll;
  }

  private show(key: string): void {
    const p = this.all.get(key);
    if (!p || this.shown.has(key)) return;
    this.shown.set(key, p);
    this.ordered = null;
    this.lastChanged++;
    const el = blockElement(p.mention);
    if (el && this.watcher) {
      let keys = this.byBlock.get(el);
      if (!keys) {
        this.byBlock.set(el, (keys = new Set()));
        this.watcher.observe(el); // reports its current state soon after
        if (this.assumed.has(el)) this.near.add(el);
      }
      keys.add(key);
      if (!this.near.has(el)) return;
    }
    this.highlights.get(styledName(p.mention))?.add(p.range);
  }

  private hide(key: string): void {
    const p = this.shown.get(key);
    if (!p) return;
    this.shown.delete(key);
    this.ordered = null;
    this.lastChanged++;
    this.highlights.get(styledName(p.mention))?.delete(p.range);
    const el = blockElement(p.mention);
    const keys = el && this.byBlock.get(el);
    if (!el || !keys) return;
    keys.delete(key);
    // Released at the end of the update, not now: a block whose text nodes were replaced
    // (a framework setting textContent) gets its mentions back in the same update, and
    // unobserving then observing it again dropped its nearness until the observer's next
    // report: its underlines vanished for a frame or more on every re-render.
    if (keys.size === 0) this.emptied.add(el);
  }

  /** Blocks left without shown mentions by this update: stop watching them. */
  private releaseEmptied(): void {
    for (const el of this.emptied) {
      if (this.byBlock.get(el)?.size !== 0) continue;
      this.byBlock.delete(el);
      this.near.delete(el);
      this.watcher?.unobserve(el);
    }
    this.emptied.clear();
  }

  /** A block came near the viewport or left it: style or unstyle its ranges. O(its mentions). */
  private setNear(el: Element, near: boolean): void {
    const keys = this.byBlock.get(el);
    if (!keys) return;
    if (near === this.near.has(el)) return;
    if (near) this.near.add(el);
    else this.near.delete(el);
    for (const key of keys) {
      const p = this.shown.get(key);
      if (!p) continue;
      const h = this.highlights.get(styledName(p.mention));
      if (near) h?.add(p.range);
      else h?.delete(p.range);
    }
  }

  /** firstOnly: of one entity's (or one ambiguous text's) mentions, show the earliest. O(mentions of that group). */
  private pickFirst(group: string): void {
    const keys = this.groups.get(group);
    let first: Painted | undefined;
    for (const key of keys ?? []) {
      const p = this.all.get(key);
      if (p && (!first || compareStart(p.range, first.range) < 0)) first = p;
    }
    for (const key of keys ?? []) if (key !== first?.mention.key) this.hide(key);
    if (first) {
      this.show(first.mention.key);
      this.firstOf.set(group, first.mention.key);
    } else this.firstOf.delete(group);
    if (keys && keys.size === 0) this.groups.delete(group);
  }

  /**
   * firstOnly after an update: when the group's shown first is still there, only the
   * mentions just added can take its place (O(added)); otherwise the whole group is searched.
   */
  private updateFirst(group: string, added: string[]): void {
    const current = this.firstOf.get(group);
    const first = current === undefined ? undefined : this.all.get(current);
    if (!first || !this.groups.get(group)?.has(current!)) {
      this.pickFirst(group);
      return;
    }
    let best = first;
    for (const key of added) {
      const p = this.all.get(key);
      if (p && compareStart(p.range, best.range) < 0) best = p;
    }
    if (best === first) return;
    this.hide(first.mention.key);
    this.show(best.mention.key);
    this.firstOf.set(group, best.mention.key);
  }
}

function styledName(m: PageMention): string {
  return m.entity === null ? HIGHLIGHT_AMBIGUOUS : highlightName(m.type);
}

/** The element to watch for a mention: its block (text at the top of a shadow root: the host). */
function blockElement(m: PageMention): Element {
  return blockKeyElement(m.block.element);
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
