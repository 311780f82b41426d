/**
 * Text of blocks, gathered by a walk that can stop and resume: the first scan of a
 * 100k-text-node page took one 711–744 ms task when done in one go, so the walk
 * yields between slices and picks up where it stopped.
 *
 * A block's text is the text nodes whose nearest block ancestor it is; a nested block
 * element ends the current run (so words never fuse across it) and is its own block.
 * Two modes:
 *  - `own`: only the block's own runs; nested blocks are stepped over, not entered.
 *    Work is O(the block's own inline content + its direct block children).
 *  - `tree`: the block and every block inside it (first scan, an added subtree).
 */
import { isBlockElement, isSkipped, type BlockKey, type CollectOptions, type TextBlock } from './collect';

export interface CollectedBlock {
  key: BlockKey;
  /** Runs with visible text (whitespace-only runs dropped); empty: the block has none now. */
  runs: TextBlock[];
}

export interface TreeCollectOptions extends CollectOptions {
  /** An open shadow root under a scanned element: scanned and observed as its own root. */
  onShadowRoot?(root: ShadowRoot): void;
}

/** Counts DOM nodes visited, so tests can assert how much work a change caused. */
export interface WorkCounter {
  nodes: number;
  /** Characters of text collected (the scan after collection costs in proportion). */
  chars?: number;
}

interface Frame {
  key: BlockKey;
  runs: TextBlock[];
  current: TextBlock | null;
}

const TEXT = 3;
const ELEMENT = 1;
/** Check the clock every this many nodes: a check costs more than visiting a node. */
const CLOCK_EVERY = 32;

export class TreeCollector {
  private cur: Node | null;
  private frames: Frame[];
  private out: CollectedBlock[] = [];
  /** The walk met a node that was moved or removed between slices: start again. */
  broken = false;

  constructor(
    private start: BlockKey,
    private mode: 'own' | 'tree',
    private options: TreeCollectOptions,
    private counter: WorkCounter,
  ) {
    this.frames = [{ key: start, runs: [], current: null }];
    const skipped = start.nodeType === ELEMENT && isSkipped(start as Element, options.isHidden);
    if (!skipped && start.nodeType === ELEMENT) this.noteShadow(start as Element);
    this.cur = skipped ? null : start.firstChild;
    if (skipped) this.frames = [];
  }

  get done(): boolean {
    return this.cur === null;
  }

  /** Walk until done or `stop()` says the slice is over; returns the blocks finished meanwhile. */
  step(stop: () => boolean = () => false): CollectedBlock[] {
    if (this.cur && !this.start.contains(this.cur)) {
      this.broken = true;
      this.cur = null;
      return [];
    }
    let n = 0;
    while (this.cur) {
      if (++n % CLOCK_EVERY === 0 && stop()) break;
      this.visit(this.cur);
    }
    if (!this.cur && !this.broken) while (this.frames.length) this.pop();
    const out = this.out;
    this.out = [];
    return out;
  }

  private visit(node: Node): void {
    this.counter.nodes++;
    const top = this.frames[this.frames.length - 1]!;
    let enter = false;
    let pushed = false;
    if (node.nodeType === TEXT) {
      const data = (node as Text).data;
      if (data) {
        const run = (top.current ??= { element: top.key, text: '', segments: [], base: 0 });
        run.segments.push({ node: node as Text, start: run.text.length });
        run.text += data;
        if (this.counter.chars !== undefined) this.counter.chars += data.length;
      }
    } else if (node.nodeType === ELEMENT) {
      const el = node as Element;
      if (!isSkipped(el, this.options.isHidden)) {
        this.noteShadow(el);
        if (el.tagName === 'BR' || el.tagName === 'br') {
          if (top.current) top.current.text += '\n';
        } else if (isBlockElement(el)) {
          flush(top);
          if (this.mode === 'tree') {
            this.frames.push({ key: el, runs: [], current: null });
            enter = pushed = true;
          }
        } else enter = true;
      }
    }
    if (enter && node.firstChild) {
      this.cur = node.firstChild;
      return;
    }
    if (pushed) this.pop(); // an empty block element: done already
    this.advance(node);
  }

  /** Next node after `node` in document order within start, closing blocks on the way up. */
  private advance(node: Node): void {
    let x: Node = node;
    for (;;) {
      if (x === this.start) {
        this.cur = null;
        return;
      }
      if (x.nextSibling) {
        this.cur = x.nextSibling;
        return;
      }
      const parent = x.parentNode;
      if (!parent) {
        this.broken = true;
        this.cur = null;
        return;
      }
      x = parent;
      if (this.frames.length > 1 && x === this.frames[this.frames.length - 1]!.key) this.pop();
    }
  }

  private pop(): void {
    const frame = this.frames.pop()!;
    flush(frame);
    this.out.push({ key: frame.key, runs: frame.runs });
    const parent = this.frames[this.frames.length - 1];
    if (parent) parent.current = null; // text after a nested block starts a new run
  }

  private noteShadow(el: Element): void {
    const root = el.shadowRoot;
    if (root && root.mode === 'open') this.options.onShadowRoot?.(root);
  }
}

function flush(frame: Frame): void {
  const run = frame.current;
  frame.current = null;
  if (run && run.text.trim()) frame.runs.push(run);
}

/** A block's own runs, in one go (a block's own content is small; the work is counted). */
export function collectOwn(key: BlockKey, options: TreeCollectOptions, counter: WorkCounter): TextBlock[] {
  const blocks = new TreeCollector(key, 'own', options, counter).step();
  return blocks.find((b) => b.key === key)?.runs ?? [];
}
