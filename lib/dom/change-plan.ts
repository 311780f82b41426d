/**
 * Which blocks a batch of MutationRecords touched, from the records' own nodes
 * (added, removed, changed text) rather than their parents: a childList record's
 * target is the container, and rescanning it cost 160–214 ms per post on a
 * 2,000-post feed. Each changed node is mapped to its block by walking its
 * ancestors (O(depth)); scopes are merged the same way, never by comparing pairs.
 */
import { isBlockElement, isSkipped, type BlockKey, type CollectOptions } from './collect';
import type { WorkCounter } from './tree-collector';

export interface ChangePlan {
  /** Blocks whose own runs must be collected again. */
  own: Set<BlockKey>;
  /** Subtrees added to the page: every block inside them is new. */
  trees: Set<BlockKey>;
  /** Blocks the model knows that left the page. */
  removed: Set<BlockKey>;
  /** Edited text nodes the model already holds: their runs are rebuilt without a DOM walk. */
  texts: Set<Text>;
}

export interface PlanContext extends CollectOptions {
  /** Whether a node is one of the scanned roots (document body, open shadow roots). */
  isRoot(node: Node): boolean;
  /** Whether the page model holds this block. */
  known(key: BlockKey): boolean;
  /** The block of a text node the page model holds (no DOM walk), if it does. */
  blockOfText?(node: Text): BlockKey | undefined;
  counter: WorkCounter;
}

const ELEMENT = 1;
const TEXT = 3;
const BLOCK_SELECTOR = [...'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LEGEND LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL BUTTON LABEL OPTGROUP'.split(' ')].join(',');

/**
 * The block a node's text belongs to, or null when it is not scanned (inside a
 * skipped element, outside every root, detached). O(depth of the node).
 */
export function blockKeyOf(node: Node, ctx: PlanContext): BlockKey | null {
  let key: BlockKey | null = null;
  for (let x: Node | null = node.nodeType === ELEMENT ? node : node.parentNode; x; x = x.parentNode) {
    ctx.counter.nodes++;
    if (ctx.isRoot(x)) {
      key ??= x as BlockKey;
      // The root's own visibility matters too (a hidden shadow host's tree).
      return key.nodeType === ELEMENT && isSkipped(key as Element, ctx.isHidden) ? null : key;
    }
    if (x.nodeType !== ELEMENT) return null; // a document or a detached fragment: not ours
    const el = x as Element;
    // Attributes only on ancestors; the browser's visibility check (which covers
    // ancestors itself) runs once, on the block.
    if (isSkipped(el)) return null;
    if (!key && isBlockElement(el)) {
      if (ctx.isHidden?.(el)) return null;
      key = el;
    }
  }
  return null;
}

export function planChanges(records: Iterable<MutationRecord>, ctx: PlanContext): ChangePlan {
  const plan: ChangePlan = { own: new Set(), trees: new Set(), removed: new Set(), texts: new Set() };
  for (const r of records) {
    if (r.type === 'characterData') {
      if (!r.target.isConnected) continue;
      if (r.target.nodeType === TEXT && ctx.blockOfText?.(r.target as Text)) plan.texts.add(r.target as Text);
      else addOwn(plan, r.target, ctx);
      continue;
    }
    if (r.type !== 'childList' || !r.target.isConnected) continue;
    for (const n of r.removedNodes) {
      forgetRemoved(plan, n, ctx);
      if (splitsRuns(n, r.previousSibling, r.nextSibling, ctx)) addOwn(plan, r.target, ctx);
    }
    for (const n of r.addedNodes) {
      if (!n.isConnected || n.parentNode !== r.target) continue; // moved on or removed again: another record says where
      if (n.nodeType === ELEMENT && isBlockElement(n as Element)) addTree(plan, n as Element, ctx);
      else if (n.nodeType === ELEMENT && !isSkipped(n as Element)) {
        for (const b of outermostBlocks(n as Element)) addTree(plan, b, ctx);
      }
      if (splitsRuns(n, n.previousSibling, n.nextSibling, ctx)) addOwn(plan, r.target, ctx);
    }
  }
  mergeScopes(plan, ctx);
  return plan;
}

/**
 * Whether adding or removing `node` between `prev` and `next` changes the runs of
 * the block around it. Inline content joins the run; a block element splits (or on
 * removal, joins) the runs only when there is inline text on both sides; skipped
 * elements (script, hidden) are transparent. So appending a post to a feed of
 * 2,000 posts leaves the feed container alone: O(1) siblings looked at.
 */
function splitsRuns(node: Node, prev: Node | null, next: Node | null, ctx: PlanContext): boolean {
  if (node.nodeType === ELEMENT) {
    const el = node as Element;
    if (isSkipped(el)) return false;
    if (!isBlockElement(el)) return true;
    return inlineSide(prev, 'previousSibling', ctx) && inlineSide(next, 'nextSibling', ctx);
  }
  if (node.nodeType !== TEXT) return false;
  if ((node as Text).data.trim()) return true;
  // Whitespace beside inline content shifts the run's offsets; between blocks it is dropped.
  return inlineSide(prev, 'previousSibling', ctx) || inlineSide(next, 'nextSibling', ctx);
}

/** Is there inline text on this side before the next block element (or the edge)? */
function inlineSide(start: Node | null, dir: 'previousSibling' | 'nextSibling', ctx: PlanContext): boolean {
  for (let x = start; x; x = x[dir]) {
    ctx.counter.nodes++;
    if (!x.isConnected) return true; // moved away meanwhile: assume the worst
    if (x.nodeType === TEXT) {
      if ((x as Text).data.trim()) return true;
      continue;
    }
    if (x.nodeType !== ELEMENT) continue;
    const el = x as Element;
    if (isSkipped(el)) continue;
    return !isBlockElement(el);
  }
  return false;
}

function addOwn(plan: ChangePlan, node: Node, ctx: PlanContext): void {
  const key = blockKeyOf(node, ctx);
  if (key) plan.own.add(key);
}

function addTree(plan: ChangePlan, el: Element, ctx: PlanContext): void {
  // Only if the new block is scanned at all (not inside an editor or a hidden element).
  if (blockKeyOf(el, ctx) === el) plan.trees.add(el);
}

/** Blocks inside an added inline element (a <span> holding a <div>): rare, so a selector. */
function outermostBlocks(el: Element): Element[] {
  const all = el.querySelectorAll(BLOCK_SELECTOR);
  const out: Element[] = [];
  for (const b of all) {
    const outer = b.parentElement?.closest(BLOCK_SELECTOR);
    if (!outer || !el.contains(outer)) out.push(b);
  }
  return out;
}

/** Blocks of a removed subtree that the model holds: O(size of the removed subtree). */
function forgetRemoved(plan: ChangePlan, node: Node, ctx: PlanContext): void {
  if (node.nodeType !== ELEMENT || node.isConnected) return;
  const visit = (el: Element) => {
    ctx.counter.nodes++;
    if (ctx.known(el)) plan.removed.add(el);
    const shadow = el.shadowRoot;
    if (shadow && ctx.known(shadow)) {
      plan.removed.add(shadow);
      for (const inner of shadow.querySelectorAll('*')) visit(inner);
    }
  };
  visit(node as Element);
  for (const el of (node as Element).querySelectorAll('*')) visit(el);
}

/**
 * A block inside an added subtree is collected with that subtree; a block rescanned
 * on its own inside an added subtree needs no second pass. Walks each scope's
 * ancestors (O(depth)), never compares scopes pairwise.
 */
function mergeScopes(plan: ChangePlan, ctx: PlanContext): void {
  for (const k of plan.removed) plan.own.delete(k);
  // An edited text whose block is collected again anyway needs no rebuild of its own.
  for (const t of [...plan.texts]) {
    const key = ctx.blockOfText?.(t);
    if (key && (plan.own.has(key) || plan.removed.has(key))) plan.texts.delete(t);
  }
  if (plan.trees.size === 0) return;
  const insideTree = (key: BlockKey, self: boolean): boolean => {
    for (let x: Node | null = self ? key : key.parentNode; x; x = x.parentNode) {
      ctx.counter.nodes++;
      if ((x !== key || self) && plan.trees.has(x as Element)) return true;
      if (ctx.isRoot(x)) return false;
    }
    return false;
  };
  for (const t of [...plan.trees]) if (insideTree(t, false)) plan.trees.delete(t);
  for (const k of [...plan.own]) if (insideTree(k, true)) plan.own.delete(k);
}
