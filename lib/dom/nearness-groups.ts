/**
 * Nearness to the viewport for many blocks while the browser watches few of them.
 *
 * The painter styles only the blocks near the viewport, and an IntersectionObserver on
 * every block with an underline (~3,400 on the 1 MB news page) cost 22–30 ms of the frame
 * that draws a hover card, and 4–18 ms of every frame after a DOM change (bench:page
 * trace, issue 14): the browser recomputes every target's geometry on each frame.
 *
 * So consecutive blocks in normal flow form a group of at most GROUP_SIZE, and only the
 * group's first and last block are observed. Blocks in block flow under one flow root
 * (the nearest ancestor whose own box does not follow block flow, or the body: see
 * highlight-ranges.ts flowRoot) stack in document order, whatever their parents, so a
 * block that follows the last member (and is not inside it) lies below it, and every
 * member lies between the two ends: the group is far only when both ends are off the
 * same side of the (margin-widened) viewport, and near otherwise. Grouping siblings only
 * gave ~1,600 targets on the bench's 1 MB page (articles of 2–5 paragraphs each) and
 * 3–13 ms of IntersectionObserver work in every frame after a DOM change (bench-frame.ts
 * trace, 2026-12-03). A wrong "far" would need one end to jump across the whole widened viewport
 * (three screens) in one frame while the other stays put, which needs a group at least
 * that tall: a group found taller than two screens is cut in halves until it is not.
 * Blocks whose place does not follow document order (absolute/fixed/sticky, floats,
 * flex/grid/multi-column parents, transforms: no flow root) are watched alone.
 */

/** Where an observed end lies against the widened viewport; `unknown` counts as near. */
export type Side = 'near' | 'above' | 'below' | 'hidden' | 'unknown';
export interface EndReport {
  target: Element;
  side: Side;
  /** Document-relative top and bottom when known (for the height check). */
  top?: number;
  bottom?: number;
  /** Height of the widened viewport when known. */
  rootHeight?: number;
  /** The widened viewport's document-relative top and bottom when the report was made. */
  viewTop?: number;
  viewBottom?: number;
}
/** Watches elements: the observer of group ends, and the grouped watcher built on it (highlight-ranges.ts NearnessWatcher). */
export interface ElementWatcher {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
}

/** 16 paragraphs: ~3,400 observed blocks become ~430 ends; a group styles at most 15 extra blocks. */
export const GROUP_SIZE = 16;
const FOLLOWING = 4;
const CONTAINED_BY = 16;

interface Group {
  /** The flow root its members share (null: a block watched alone). */
  root: Node | null;
  members: Element[];
  near: boolean;
  /** Accepts no more members (a single out-of-flow block, or split for height). */
  closed: boolean;
}
interface EndState {
  side: Side | 'pending';
  top?: number;
  bottom?: number;
}

export function groupedNearness(
  onChange: (el: Element, near: boolean) => void,
  makeObserver: (onReports: (reports: EndReport[]) => void) => ElementWatcher,
  /** The node under which the block's place follows document order; null: watch it alone. */
  flowRoot: (el: Element) => Node | null,
  groupSize = GROUP_SIZE,
): ElementWatcher {
  const groupOf = new Map<Element, Group>();
  const open = new Map<Node, Group>();
  const ends = new Map<Element, EndState>();
  const io = makeObserver(onReports);

  function watchEnd(el: Element): void {
    if (ends.has(el)) return;
    ends.set(el, { side: 'pending' });
    io.observe(el);
  }
  function dropEnd(el: Element): void {
    if (!ends.delete(el)) return;
    io.unobserve(el);
  }

  /** The widened viewport, document-relative, as of the latest report that knew it. */
  let view: { top: number; bottom: number } | null = null;

  function onReports(reports: EndReport[]): void {
    const touched = new Set<Group>();
    for (const r of reports) if (r.viewTop !== undefined && r.viewBottom !== undefined) view = { top: r.viewTop, bottom: r.viewBottom };
    for (const r of reports) {
      const state = ends.get(r.target);
      if (!state) continue; // a stale entry for an end we let go
      state.side = r.side;
      state.top = r.top;
      state.bottom = r.bottom;
      const g = groupOf.get(r.target);
      if (g) touched.add(g);
      if (g && g.members.length > 1 && tooTall(g, r.rootHeight)) split(g);
    }
    for (const g of touched) if (groupOf.get(g.members[0]!) === g) settle(g);
  }

  /** Both ends' document positions known and farther apart than two screens (of the three watched). */
  function tooTall(g: Group, rootHeight: number | undefined): boolean {
    const a = ends.get(g.members[0]!);
    const b = ends.get(g.members[g.members.length - 1]!);
    if (rootHeight === undefined || a?.top === undefined || b?.bottom === undefined) return false;
    return b.bottom - a.top > (rootHeight * 2) / 3;
  }

  /**
   * A group too tall for its ends to speak for it: cut in two halves that keep its state;
   * their new ends report, and a half still too tall is cut again (down to single blocks).
   */
  function split(g: Group): void {
    if (g.root && open.get(g.root) === g) open.delete(g.root);
    const mid = Math.ceil(g.members.length / 2);
    for (const members of [g.members.slice(0, mid), g.members.slice(mid)]) {
      const half: Group = { root: g.root, members, near: g.near, closed: true };
      for (const el of members) groupOf.set(el, half);
      watchEnd(members[0]!);
      watchEnd(members[members.length - 1]!);
      settle(half);
    }
  }

  /** Recompute a group's nearness from its ends and tell the painter about every member. */
  function settle(g: Group): void {
    const a = ends.get(g.members[0]!)?.side ?? 'pending';
    const b = ends.get(g.members[g.members.length - 1]!)?.side ?? 'pending';
    if (a === 'pending' || b === 'pending') return; // keep the last state until both ends report
    const first = ends.get(g.members[0]!)!;
    const last = ends.get(g.members[g.members.length - 1]!)!;
    if (g.members.length === 1) g.near = a === 'near';
    // By the ends' document positions against the viewport now: an end's side is only as fresh
    // as its last report, and the observer reports nothing when a scroll jump carries a block
    // from below the widened viewport to above it without crossing it (a group with one end
    // "below" from load time and the other "above" after the jump stayed styled for good:
    // 2,277 styled ranges after the bench's 20 hovers, where ~300 are near).
    else if (view && first.top !== undefined && last.bottom !== undefined) g.near = last.bottom > view.top && first.top < view.bottom;
    else g.near = !(a === b && (a === 'above' || a === 'below'));
    for (const el of g.members) onChange(el, g.near);
  }

  return {
    observe(el) {
      if (groupOf.has(el)) return;
      const root = flowRoot(el);
      let g = root ? open.get(root) : undefined;
      const last = g?.members[g.members.length - 1];
      // Strictly after the last member, not inside it: a container's own text may run past its nested blocks.
      const joins = g && last && !g.closed && g.members.length < groupSize && (last.compareDocumentPosition(el) & (FOLLOWING | CONTAINED_BY)) === FOLLOWING;
      if (g && last && joins) {
        g.members.push(el);
        groupOf.set(el, g);
        if (last !== g.members[0]) dropEnd(last);
        watchEnd(el); // the group keeps its state until the new end reports
        return;
      }
      g = { root, members: [el], near: false, closed: !root };
      groupOf.set(el, g);
      if (root) open.set(root, g);
      watchEnd(el);
    },
    unobserve(el) {
      const g = groupOf.get(el);
      if (!g) return;
      groupOf.delete(el);
      const i = g.members.indexOf(el);
      g.members.splice(i, 1);
      dropEnd(el);
      if (g.members.length === 0) {
        if (g.root && open.get(g.root) === g) open.delete(g.root);
        return;
      }
      // A new end keeps the group's state until it reports.
      watchEnd(g.members[0]!);
      watchEnd(g.members[g.members.length - 1]!);
    },
    disconnect() {
      io.disconnect();
      groupOf.clear();
      open.clear();
      ends.clear();
    },
  };
}
