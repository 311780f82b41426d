/**
 * The shape of `npm run bench` results: one cell per (fact base, page), medians of the
 * runs, and the targets (issue 14, point 5) checked beside each number.
 */
import type { PageDensity, PageLang } from './bench-pages';

export const BASES = { bundled: 0, '10k': 10_000, '50k': 50_000, '200k': 200_000 } as const;
export type BaseName = keyof typeof BASES;
export const SIZES = { '100k': 100_000, '1m': 1_000_000, '5m': 5_000_000 } as const;
export type SizeName = keyof typeof SIZES;

export interface PageId {
  size: SizeName;
  lang: PageLang;
  density: PageDensity;
}
export const pageName = (p: PageId) => `${p.size}-${p.lang}-${p.density}`;

/** null: not measured (not run in this configuration, or the field does not exist yet). */
export type Num = number | null;

export interface Cell {
  base: BaseName;
  entities: number;
  page: string;
  htmlBytes: number;
  runs: number;
  /** Extension's PageStats.mentions (every run equal, else the first differing one) and the reference's. */
  mentions: number;
  referenceMentions: number;
  painted: number;
  /**
   * The "scan start to the frame with highlights drawn", median ms: from the content
   * script's start (PageStats.startup.script) to the frame after highlights were first
   * painted (PageStats.firstPaintAt), so the settings read, the dictionary messages, the
   * matcher build and the frame all count.
   */
  silklens_ms: Num;
  /** loadEventEnd → that frame, median ms (the 200k "painted ≤ 150/300 ms after load" targets). */
  load_to_paint_ms: Num;
  /** loadEventEnd → the content script's start, median ms (negative: it started before load ended). */
  load_to_script_ms: Num;
  /** Median ms per startup step (scripts/bench-startup.ts), each from the step before it. */
  startup_ms: Record<string, Num> | null;
  /** Navigation start → that frame, median ms. */
  nav_to_paint_ms: Num;
  /** PageStats.firstPaintMs: scan start → ranges handed to the painter, median ms. */
  scan_to_paint_ms: Num;
  walk_ms: Num;
  markjs_array_ms: Num;
  markjs_regexp_ms: Num;
  markjs_terms: number;
  silklens_to_walk: Num;
  silklens_to_markjs_regexp: Num;
  silklens_to_markjs_array: Num;
  longest_task_ms: Num;
  longest_task_off_ms: Num;
  longest_slice_ms: Num;
  heap_mb: Num;
  bytes_to_page: Num;
  dict_forms: Num;
  background_heap_mb: Num;
  hover_p50_ms: Num;
  hover_p95_ms: Num;
  hover_samples: number;
  frame_after_change_ms: Num;
  frame_after_change_off_ms: Num;
  /** How long the service worker stayed busy after a load of this page closed, median ms (bench waits it out). */
  worker_busy_after_page_ms: Num;
  /** Where the bench's own wall time went on this cell, ms (null: the cell failed before it was measured). */
  bench_ms: CellTimes | null;
}

export interface CellTimes {
  /** Silk Lens page loads (runs × load, settle, heap reading) and the worker waits before them. */
  runs: number;
  hovers: number;
  /** The extension-off load, walks and its frames. */
  off: number;
  /** 0 when not run: skipped (--cap-ms 0) or recorded ">cap" from a capped cell (bench-cap.ts). */
  markjs_regexp: number;
  markjs_array: number;
  total: number;
}

export const median = (xs: number[]): Num => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]! : null);
export const percentile = (xs: number[], p: number): Num => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]! : null);
export const ratio = (a: Num, b: Num): Num => (a === null || b === null || !Number.isFinite(b) || b === 0 ? null : a / b);

export interface Target {
  field: keyof Cell;
  /** Holds when the value is at most this. */
  max: number;
  /** Which cells the issue states it for. */
  applies: (c: Cell) => boolean;
  label: string;
}

const bundled1mb = (c: Cell) => c.base === 'bundled' && c.page.startsWith('1m-');
export const TARGETS: Target[] = [
  { field: 'silklens_ms', max: 100, applies: (c) => bundled1mb(c) && !c.page.includes('sparse'), label: '1 MB news, bundled pack: scan start (content script start) → highlighted frame ≤ 100 ms' },
  { field: 'frame_after_change_ms', max: 25, applies: () => true, label: 'a frame after a DOM change with ~10k ranges ≤ 25 ms' },
  { field: 'hover_p95_ms', max: 50, applies: () => true, label: 'hover → drawn card ≤ 50 ms p95' },
  { field: 'load_to_paint_ms', max: 150, applies: (c) => c.base === '200k' && c.page.startsWith('100k-'), label: '200k entities: 100 KB page painted ≤ 150 ms after load' },
  { field: 'load_to_paint_ms', max: 300, applies: (c) => c.base === '200k' && c.page.startsWith('1m-'), label: '200k entities: 1 MB page painted ≤ 300 ms after load' },
  { field: 'bytes_to_page', max: 300 * 1024, applies: (c) => c.page.startsWith('100k-'), label: 'bytes sent to a 100 KB page ≤ 300 KB' },
  { field: 'heap_mb', max: 30, applies: () => true, label: 'content-script heap ≤ 30 MB' },
  { field: 'longest_task_ms', max: 50, applies: () => true, label: 'no task over 50 ms' },
  { field: 'silklens_to_walk', max: 6, applies: bundled1mb, label: 'bundled pack, 1 MB: scan start → highlighted frame ≤ 6× the bare walk' },
  { field: 'silklens_to_markjs_regexp', max: 0.5, applies: bundled1mb, label: 'bundled pack, 1 MB: painted ≤ 0.5× mark.js markRegExp' },
];

/** ✓ or ✗ when a target applies to this cell's field, '' otherwise (or when not measured). */
export function mark(cell: Cell, field: keyof Cell): string {
  const value = cell[field];
  const targets = TARGETS.filter((t) => t.field === field && t.applies(cell));
  if (!targets.length || typeof value !== 'number') return '';
  return targets.every((t) => value <= t.max) ? ' ✓' : ' ✗';
}

/** A cell whose page never settled: nothing measured, mentions -1 (the run fails). */
export function failedCell(base: BaseName, entities: number, page: string, htmlBytes: number, referenceMentions: number): Cell {
  return {
    base, entities, page, htmlBytes, runs: 0, mentions: -1, referenceMentions, painted: 0,
    silklens_ms: null, load_to_paint_ms: null, load_to_script_ms: null, startup_ms: null, nav_to_paint_ms: null, scan_to_paint_ms: null, walk_ms: null, markjs_array_ms: null, markjs_regexp_ms: null, markjs_terms: 0,
    silklens_to_walk: null, silklens_to_markjs_regexp: null, silklens_to_markjs_array: null, longest_task_ms: null, longest_task_off_ms: null,
    longest_slice_ms: null, heap_mb: null, bytes_to_page: null, dict_forms: null, background_heap_mb: null, hover_p50_ms: null, hover_p95_ms: null,
    hover_samples: 0, frame_after_change_ms: null, frame_after_change_off_ms: null, worker_busy_after_page_ms: null, bench_ms: null,
  };
}
