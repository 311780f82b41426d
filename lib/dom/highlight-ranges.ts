/**
 * Ranges for painted mentions and the nearness watcher the painter styles by.
 * StaticRange where the browser has it (live Ranges are updated by the browser on
 * every DOM mutation: 400–1,300 ms per tick on the 1,900-timestamp page, DESIGN.md).
 */
import { locate } from './collect';
import type { PageMention } from './page-model';
import { groupedNearness, type ElementWatcher, type EndReport } from './nearness-groups';

/** Builds the range of a mention; StaticRange in the browser, Range where it is missing. */
export type RangeFactory = (start: { node: Text; offset: number }, end: { node: Text; offset: number }) => AbstractRange;

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

/** Watches block elements for nearness to the viewport (IntersectionObserver in the browser). */
export type NearnessWatcher = ElementWatcher;
export type NearnessFactory = (onChange: (el: Element, near: boolean) => void) => NearnessWatcher;

/**
 * IntersectionObserver with a screen of margin above and below; undefined where it is
 * missing. It watches only the ends of groups of blocks in block flow (nearness-groups.ts).
 */
export function viewportNearness(win: (Window & typeof globalThis) | null): NearnessFactory | undefined {
  const IO = win?.IntersectionObserver;
  if (!win || !IO) return undefined;
  const makeObserver = (onReports: (reports: EndReport[]) => void) => new IO((entries) => {
    const scrollY = win.scrollY;
    onReports(entries.map((e) => report(e, scrollY)));
  }, { rootMargin: '100% 0px 100% 0px' });
  return (onChange) => groupedNearness(onChange, makeObserver, (el) => flowRoot(win, el));
}

/** An IntersectionObserver entry as a side of the widened viewport, with document-relative edges. */
export function report(e: IntersectionObserverEntry, scrollY: number): EndReport {
  const r = e.boundingClientRect;
  const root = e.rootBounds;
  const edges = { top: r.top + scrollY, bottom: r.bottom + scrollY, ...(root ? { rootHeight: root.height, viewTop: root.top + scrollY, viewBottom: root.bottom + scrollY } : {}) };
  if (e.isIntersecting) return { target: e.target, side: 'near', ...edges };
  if (r.width === 0 && r.height === 0) return { target: e.target, side: 'hidden' };
  if (!root) return { target: e.target, side: 'unknown' };
  const side = r.bottom <= root.top ? 'above' : r.top >= root.bottom ? 'below' : 'unknown';
  return { target: e.target, side, ...edges };
}

const roots = new WeakMap<Element, Node>();

/**
 * The node under which this block's place follows document order: climbing from it
 * through ancestors that are themselves in block flow, the first that is not (or the
 * body). Null when the block itself is not in flow (watched alone). Blocks with one flow
 * root stack top to bottom in document order, across parents (nearness-groups.ts).
 * O(depth) style reads once per ancestor, then cached, like followsFlow's parents.
 */
export function flowRoot(win: Window, el: Element): Node | null {
  return followsFlow(win, el) ? containerRoot(win, el.parentElement!) : null;
}

function containerRoot(win: Window, box: Element): Node {
  let root = roots.get(box);
  if (root) return root;
  root = box === box.ownerDocument.body || !followsFlow(win, box) ? box : containerRoot(win, box.parentElement!);
  roots.set(box, root);
  return root;
}

const FLOW_BLOCKS = new Set(['block', 'list-item', 'flow-root', 'table']);
const FLOW_PARENTS = new Set(['block', 'list-item', 'flow-root']);
const parentFlows = new WeakMap<Element, boolean>();

/**
 * Does this block sit below its earlier siblings (normal block flow)? Not when it is
 * positioned out of flow, floated or transformed, or its parent lays children out in
 * any other order (flex, grid, columns, vertical writing). O(1) style reads, parent cached.
 */
export function followsFlow(win: Window, el: Element): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  let ok = parentFlows.get(parent);
  if (ok === undefined) {
    const p = win.getComputedStyle(parent);
    ok = FLOW_PARENTS.has(p.display) && p.columnCount === 'auto' && p.columnWidth === 'auto' && p.writingMode === 'horizontal-tb';
    parentFlows.set(parent, ok);
  }
  if (!ok) return false;
  const s = win.getComputedStyle(el);
  return FLOW_BLOCKS.has(s.display) && (s.position === 'static' || s.position === 'relative') && s.float === 'none' && s.transform === 'none';
}
