/**
 * Blocks on screen, found without a page-wide walk: the elements under a grid of
 * points in the viewport (elementFromPoint, from the layout the browser already has),
 * mapped to their blocks. The first scan collects and paints these before the rest,
 * so what the reader sees is underlined within the first slice.
 */
import type { BlockKey } from '../dom/collect';

const COLUMNS = 4;
const ROWS = 12;

export function viewportBlocks(doc: Document, keyOf: (node: Node) => BlockKey | null): BlockKey[] {
  const win = doc.defaultView;
  if (!win || typeof doc.elementFromPoint !== 'function') return [];
  const width = win.innerWidth;
  const height = win.innerHeight;
  const keys = new Set<BlockKey>();
  for (let row = 0; row < ROWS; row++) {
    for (let col = 0; col < COLUMNS; col++) {
      const el = doc.elementFromPoint(((col + 0.5) * width) / COLUMNS, ((row + 0.5) * height) / ROWS);
      if (!el) continue;
      const key = keyOf(el);
      if (key) keys.add(key);
    }
  }
  // <body> or a page-wide wrapper as "the block" would make the first slice the whole page.
  keys.delete(doc.body);
  return withoutContainers(keys);
}

/**
 * The keys minus those that hold another key. A point in the margin between paragraphs
 * hits their container (an <article> of 2,500 <p>s on the bench's news page), and
 * collecting its own text steps over every child block: 17–28 ms of the first slice for
 * no text on screen. Its own text, if any, is scanned with the rest of the page.
 */
export function withoutContainers(keys: Set<BlockKey>): BlockKey[] {
  const containers = new Set<BlockKey>();
  for (const key of keys) {
    for (let up = key.parentNode; up; up = up.parentNode) if (keys.has(up as BlockKey)) containers.add(up as BlockKey);
  }
  return [...keys].filter((k) => !containers.has(k));
}
