/**
 * Every mention on the page, kept per block so that DOM changes rescan only the
 * blocks they touch. Resolution (ambiguous surnames, titles) is page-wide, so it
 * reruns over all kept mentions after each change; that is cheap (mentions, not text).
 */
import type { Matcher, Mention, ScanOptions } from '../match/types';
import { collectBlocks, isSkipped, BLOCK_TAGS, type CollectOptions, type TextBlock } from './collect';

export interface PageMention extends Mention {
  block: TextBlock;
}

interface BlockEntry {
  block: TextBlock;
  raw: Mention[];
}

export class PageIndex {
  private entries = new Map<Element, BlockEntry[]>();
  private resolved: PageMention[] = [];
  /** Resolved mentions per block: hit-testing runs on every pointer frame, so no page-wide scan. */
  private byBlock = new Map<TextBlock, PageMention[]>();
  /** Text node → (block, offset of the node in the block): hit-testing without a search. */
  private nodes = new WeakMap<Text, { block: TextBlock; start: number }>();

  constructor(
    private matcher: Matcher,
    private root: Element,
    private options: CollectOptions & ScanOptions = {},
  ) {}

  setMatcher(matcher: Matcher): void {
    this.matcher = matcher;
  }

  /** Scan the whole root from scratch. */
  scanAll(): PageMention[] {
    this.entries.clear();
    this.add(collectBlocks(this.root, this.options));
    return this.resolve();
  }

  /**
   * Rescan the blocks that contain or lie inside the given changed nodes.
   * Returns the new resolved mention list.
   */
  rescan(changed: Iterable<Node>): PageMention[] {
    const scopes = new Set<Element>();
    for (const node of changed) {
      const scope = blockScope(node, this.root);
      if (scope) scopes.add(scope);
    }
    // Drop nested scopes: rescanning the outer one covers them.
    const outer = [...scopes].filter((s) => ![...scopes].some((o) => o !== s && o.contains(s)));
    for (const scope of outer) {
      for (const element of [...this.entries.keys()]) {
        if (scope.contains(element) || !element.isConnected) this.entries.delete(element);
      }
      if (scope.isConnected && !hasSkippedAncestor(scope, this.root, this.options)) {
        this.add(collectBlocks(scope, this.options).filter((b) => b.element === scope || scope.contains(b.element)));
      }
    }
    return this.resolve();
  }

  mentions(): PageMention[] {
    return this.resolved;
  }

  /** The mention at a text position (from caretPositionFromPoint), if any. */
  mentionAt(node: Node, offset: number): PageMention | undefined {
    if (node.nodeType !== 3) return undefined;
    const where = this.nodes.get(node as Text);
    if (!where) return undefined;
    const at = where.start + offset;
    // A caret just after the last letter still points at the word (callers confirm by rect).
    const inBlock = (this.byBlock.get(where.block) ?? []).filter((m) => m.start <= at && at <= m.end);
    return inBlock.find((m) => at < m.end) ?? inBlock[0];
  }

  private add(blocks: TextBlock[]): void {
    for (const block of blocks) {
      const raw = this.matcher.scan(block.text);
      for (const seg of block.segments) this.nodes.set(seg.node, { block, start: seg.start });
      const list = this.entries.get(block.element) ?? [];
      list.push({ block, raw });
      this.entries.set(block.element, list);
    }
  }

  private resolve(): PageMention[] {
    const flat: PageMention[] = [];
    for (const list of this.entries.values()) {
      for (const entry of list) for (const mention of entry.raw) flat.push({ ...mention, block: entry.block });
    }
    // Each mention carries its block through resolve (which may drop evidence-only ones).
    this.resolved = this.matcher.resolve(flat, this.options);
    this.byBlock = new Map();
    for (const m of this.resolved) {
      const list = this.byBlock.get(m.block);
      if (list) list.push(m);
      else this.byBlock.set(m.block, [m]);
    }
    return this.resolved;
  }
}

/** The nearest block element at or above a node, bounded by root. */
function blockScope(node: Node, root: Element): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  if (!el) return null;
  return root.contains(el) ? el : null;
}

function hasSkippedAncestor(el: Element, root: Element, options: CollectOptions): boolean {
  for (let a = el.parentElement; a && a !== root; a = a.parentElement) if (isSkipped(a, options.isHidden)) return true;
  return false;
}
