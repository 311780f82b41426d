/**
 * Counters the page side keeps about its own work (scans, nodes visited, slice
 * lengths, mentions painted). They live in the content script's isolated world,
 * which page scripts cannot reach; browser tests and `npm run bench:live` read them
 * through the DevTools protocol (tests/e2e/content-world.ts). Nothing here is ever
 * written to the page: no attribute, no performance mark, no message.
 */
export interface PageStats {
  /** Mentions found on the page (all, painted or not). */
  mentions: number;
  /** Ranges currently painted. */
  painted: number;
  /** Full scans of the page (first scan, dictionary change, flood). */
  fullScans: number;
  /** Mutation batches handled incrementally. */
  batches: number;
  /** Nodes visited by the last mutation batch (text collection + scope walk). */
  lastBatchNodes: number;
  /** Time spent handling the last mutation batch, ms. */
  lastBatchMs: number;
  /** Longest single slice of page-side work so far, ms. */
  longestSliceMs: number;
  /** From scan start to the first paint, ms (first scan only). */
  firstPaintMs: number;
  /** From a trusted hover to the card drawn, ms (last card opened). */
  hoverToCardMs: number;
}

export function createPageStats(): PageStats {
  return { mentions: 0, painted: 0, fullScans: 0, batches: 0, lastBatchNodes: 0, lastBatchMs: 0, longestSliceMs: 0, firstPaintMs: 0, hoverToCardMs: 0 };
}
