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
  /** Full scans that ran to the end. */
  scansDone: number;
  /** A full scan is under way (from its start, through any restart, to its end). */
  scanning: boolean;
  /** Mutation batches handled incrementally. */
  batches: number;
  /** Nodes visited by the last mutation batch (text collection + scope walk). */
  lastBatchNodes: number;
  /** Blocks whose text was collected and scanned again by the last batch. */
  lastBatchBlocks: number;
  /** Raw mentions passed to resolve() by the last batch (changed blocks + re-resolved ambiguous ones). */
  lastBatchResolved: number;
  /** Time spent handling the last mutation batch, ms (work only, not the yields between slices). */
  lastBatchMs: number;
  /** Work time of the last (up to 200) batches, ms, oldest first: for medians in bench:live. */
  recentBatchMs: number[];
  /** Nodes visited by the last full scan. */
  lastScanNodes: number;
  /** Slices of work run so far (scans and batches). */
  slices: number;
  /** Wait before the next flood rescan (0: none; grows while a page floods again and again). */
  floodWaitMs: number;
  /** Longest single slice of page-side work so far, ms. */
  longestSliceMs: number;
  /** From scan start to the first paint, ms (first scan only). */
  firstPaintMs: number;
  /** From a trusted hover to the card drawn, ms (last card opened). */
  hoverToCardMs: number;
  /** The last hover hit-test (caret under the pointer → painted mention and its rect), ms. */
  hitTestMs: number;
  /**
   * performance.now() (ms since navigation start) in the task right after the frame that
   * followed the first paint (rAF, then a task), 0 until then: `npm run bench` reads it as
   * "load → highlights on screen", which firstPaintMs (scan start → ranges handed over) is not.
   */
  firstPaintAt: number;
  /** UTF-8 bytes of the JSON of every reply this page got from the background: dictionary slices and cards (test builds only; 0 in production). */
  bytesToPage: number;
  /** Surface forms the page's matcher holds (it grows as the page shows new words). */
  dictForms: number;
  /**
   * performance.now() at each step from the content script's start to the first paint
   * (first scan only; a step not reached yet is absent). Test builds only: a production
   * build leaves it empty (see markStartup). `npm run bench` reads it per phase.
   */
  startup: Partial<Record<StartupStep, number>>;
}

/**
 * The steps to the first highlighted frame, in order: the script runs; settings and the
 * site check are read; the page has text; the session holds a matcher; a frame was
 * rendered (the scan starts); the blocks on screen are found; their text is collected;
 * their word hashes are sent; the slice arrives; the matcher holds it; they are scanned
 * and resolved; their ranges are registered (then PageStats.firstPaintAt: the frame).
 */
export const STARTUP_STEPS = ['script', 'settings', 'text', 'session', 'frame', 'viewport', 'collected', 'asked', 'answered', 'prepared', 'scanned', 'painted'] as const;
export type StartupStep = (typeof STARTUP_STEPS)[number];

declare const __SILKLENS_TEST_HANDLE__: boolean | undefined;
/** Startup marks are kept in test builds only (the bench reads them through the test handle). */
export const MARKING = typeof __SILKLENS_TEST_HANDLE__ !== 'undefined' && __SILKLENS_TEST_HANDLE__ === true;

/** Note when `step` was first reached (test builds only; later calls keep the first time). */
export function markStartup(stats: PageStats, step: StartupStep, now: () => number = () => performance.now(), marking = MARKING): void {
  if (marking) stats.startup[step] ??= now();
}

export function createPageStats(): PageStats {
  return {
    mentions: 0, painted: 0, fullScans: 0, scansDone: 0, scanning: false, batches: 0, lastBatchNodes: 0, lastBatchBlocks: 0, lastBatchResolved: 0,
    lastBatchMs: 0, recentBatchMs: [], lastScanNodes: 0, slices: 0, floodWaitMs: 0, longestSliceMs: 0, firstPaintMs: 0, hoverToCardMs: 0, hitTestMs: 0, firstPaintAt: 0,
    bytesToPage: 0, dictForms: 0, startup: {},
  };
}

/** Stamp `firstPaintAt` once, after the next rendered frame; later calls do nothing. */
export function stampFirstPaintFrame(stats: PageStats, raf: ((cb: () => void) => unknown) | undefined = defaultFrame(), now: () => number = () => performance.now()): void {
  if (stats.firstPaintAt || !raf) return;
  raf(() => setTimeout(() => void (stats.firstPaintAt ||= now()), 0));
}

/** requestAnimationFrame bound to its window (a bare reference throws when called), if there is one. */
function defaultFrame(): ((cb: () => void) => unknown) | undefined {
  return typeof requestAnimationFrame === 'function' ? (cb) => requestAnimationFrame(cb) : undefined;
}

/** UTF-8 length of a value's JSON, counted without encoding it. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < json.length && (json.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { bytes += 4; i++; }
    else bytes += 3;
  }
  return bytes;
}
