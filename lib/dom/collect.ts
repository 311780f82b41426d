/**
 * Visible text, one string per block element, with a map back to text nodes.
 *
 * Names are often split across inline elements (`<a>Kassym-Jomart</a> Tokayev`),
 * so text is gathered per block, not per text node. Blocks are decided by tag
 * name rather than computed style: it is deterministic, needs no layout, and is
 * the same in the browser, in happy-dom and in the scan CLI, so the CLI's
 * offsets are the extension's offsets.
 */

/** Elements whose text is never read: code, form fields, our own card. */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'OBJECT',
  'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK', 'SILKLENS-CARD', 'SILKLENS-ROOT',
]);

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BUTTON', 'LABEL', 'OPTGROUP',
]);

/** A run of text inside a block that comes from one text node. */
export interface Segment {
  node: Text;
  /** Offset of the node's first code unit in the block text. */
  start: number;
}

/**
 * What a block of text belongs to: its nearest block element, or the root of an open
 * shadow tree for text at the top of one (a ShadowRoot has no element to name it by).
 */
export type BlockKey = Element | ShadowRoot;

/** The element a block key stands for: the block element, or a shadow root's host. */
export function blockKeyElement(key: BlockKey): Element {
  return key.nodeType === 11 ? (key as ShadowRoot).host : (key as Element);
}

export interface TextBlock {
  /** The block element (or shadow root) the text belongs to. */
  element: BlockKey;
  text: string;
  segments: Segment[];
  /** Offset of this block in the whole extracted text (blocks joined by "\n"). */
  base: number;
}

export interface CollectOptions {
  /** Browser: `el => !el.checkVisibility()`-style test; CLI: attribute checks only. */
  isHidden?: (el: Element) => boolean;
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

export function isSkipped(el: Element, isHidden?: (el: Element) => boolean): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-silklens-ignore')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return isHidden?.(el) ?? false;
}

function blockOf(node: Node, root: Node): Element {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return (el ?? (root as Element));
}

/** Collect the visible text of `root` (an element or document) as blocks. */
export function collectBlocks(root: Node, options: CollectOptions = {}): TextBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  let base = 0;
  const flush = () => {
    if (current && current.text.trim()) {
      current.base = base;
      base += current.text.length + 1;
      blocks.push(current);
    }
    current = null;
  };
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode: (n: Node) =>
      n.nodeType === 1 && isSkipped(n as Element, options.isHidden) ? FILTER_REJECT : FILTER_ACCEPT,
  });
  // The start node itself is not passed to the filter: check it here.
  if (root.nodeType === 1 && isSkipped(root as Element, options.isHidden)) return [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      if (tag === 'BR' && current) (current as TextBlock).text += '\n';
      else if (BLOCK_TAGS.has(tag)) flush();
      continue;
    }
    const text = n as Text;
    const data = text.data;
    if (!data) continue;
    const element = blockOf(text, root);
    if (!current || (current as TextBlock).element !== element) {
      flush();
      current = { element, text: '', segments: [], base: 0 };
    }
    const block = current as TextBlock;
    block.segments.push({ node: text, start: block.text.length });
    block.text += data;
  }
  flush();
  return blocks;
}

/** The text the extension extracts from a page: blocks joined by newlines. */
export function extractedText(blocks: TextBlock[]): string {
  return blocks.map((b) => b.text).join('\n');
}

/** Find the text node and offset that hold block offset `offset` (end: prefer the earlier node). */
export function locate(block: TextBlock, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  const segs = block.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    const startOk = preferEnd ? s.start < offset : s.start <= offset;
    if (startOk) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  const seg = segs[found]!;
  const local = offset - seg.start;
  if (local > seg.node.data.length) return null;
  return { node: seg.node, offset: local };
}

/** A DOM Range over block offsets [start, end). */
export function rangeFor(block: TextBlock, start: number, end: number, doc: Document): Range | null {
  const a = locate(block, start);
  const b = locate(block, end, true);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
