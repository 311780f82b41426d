/** `npm run bench` output: a table per fact base with ✓/✗ beside targeted numbers, and the --json object. */
import { mark, TARGETS, type BaseName, type Cell, type Num } from './bench-grid';
import type { InstallTimes } from './bench-browser';

export interface RunInfo {
  machine: string;
  runs: number;
  markjsRuns: number;
  wallS: number;
  contentKb: { raw: number; gzip: number };
  capMs: number;
  mismatches: string[];
  /** false while the run is going (the --out file after each cell) or when it crashed before its end. */
  complete: boolean;
}

/** Per fact base, ms: the import, the first page after it, the reference, and the base's whole wall time. */
export interface BaseTimes extends InstallTimes {
  firstPageMs: number;
  /** compileDictionary alone (the figure comparable with the worker's compile). */
  referenceCompileMs: number;
  /** The whole reference: compile, JSON round trip, matcher build, term list. */
  referenceMs: number;
  /** The reference's mention counts over every page of the run. */
  referenceScanMs: number;
  /** Options page: file chosen → stored (preview and apply included). */
  installMs: number;
  baseMs: number;
}
type Installs = Partial<Record<BaseName, BaseTimes>>;

const min = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;
const fmt = (v: Num, digits = 1): string => (v === null ? '–' : v === Number.POSITIVE_INFINITY ? '>cap' : v.toFixed(digits));

const COLUMNS: [head: string, show: (c: Cell, capMs: number) => string][] = [
  ['page', (c) => c.page],
  ['mentions (ref)', (c) => `${c.mentions}${c.mentions === c.referenceMentions ? '' : ` ≠ ${c.referenceMentions}`}`],
  ['scan→frame ms', (c) => fmt(c.silklens_ms) + mark(c, 'silklens_ms')],
  ['load→paint ms', (c) => fmt(c.load_to_paint_ms) + mark(c, 'load_to_paint_ms')],
  ['nav→paint', (c) => fmt(c.nav_to_paint_ms)],
  ['walk ms', (c) => fmt(c.walk_ms)],
  ['markRegExp ms', (c, cap) => (c.markjs_regexp_ms === Number.POSITIVE_INFINITY ? `>${cap}` : fmt(c.markjs_regexp_ms, 0))],
  ['mark(array) ms', (c, cap) => (c.markjs_array_ms === Number.POSITIVE_INFINITY ? `>${cap}` : fmt(c.markjs_array_ms, 0))],
  ['×walk', (c) => fmt(c.silklens_to_walk) + mark(c, 'silklens_to_walk')],
  ['×regexp', (c) => fmt(c.silklens_to_markjs_regexp, 2) + mark(c, 'silklens_to_markjs_regexp')],
  ['longest task (off)', (c) => `${fmt(c.longest_task_ms, 0)}${mark(c, 'longest_task_ms')} (${fmt(c.longest_task_off_ms, 0)})`],
  ['slice ms', (c) => fmt(c.longest_slice_ms)],
  ['CS heap MB', (c) => fmt(c.heap_mb) + mark(c, 'heap_mb')],
  ['to page kB', (c) => (c.bytes_to_page === null ? '–' : (c.bytes_to_page / 1024).toFixed(0)) + mark(c, 'bytes_to_page')],
  ['forms', (c) => (c.dict_forms === null ? '–' : String(c.dict_forms))],
  ['bg heap MB', (c) => fmt(c.background_heap_mb)],
  ['hover p50/p95', (c) => `${fmt(c.hover_p50_ms, 0)}/${fmt(c.hover_p95_ms, 0)}${mark(c, 'hover_p95_ms')} (${c.hover_samples})`],
  ['bg busy after ms', (c) => fmt(c.worker_busy_after_page_ms, 0)],
  ['frame after change (off)', (c) => (c.frame_after_change_ms === null ? '–' : `${fmt(c.frame_after_change_ms)}${mark(c, 'frame_after_change_ms')} (${fmt(c.frame_after_change_off_ms)})`)],
];

export function printTables(log: (s: string) => void, cells: Cell[], installs: Installs, info: RunInfo): void {
  log(`\nSilk Lens bench — ${info.machine}; medians of ${info.runs} (mark.js: ${info.markjsRuns}); wall time ${(info.wallS / 60).toFixed(1)} min`);
  log(`content script: ${info.contentKb.raw.toFixed(1)} kB, ${info.contentKb.gzip.toFixed(1)} kB gzip${info.contentKb.gzip <= 30 ? ' ✓' : ' ✗'} (target ≤ 30 kB gzip)`);
  for (const base of [...new Set(cells.map((c) => c.base))]) {
    const rows = cells.filter((c) => c.base === base);
    const inst = installs[base];
    log(`\n## ${base} (${rows[0]!.entities ? `bundled pack + ${rows[0]!.entities.toLocaleString('en')} synthetic entities` : 'bundled pack only'}; mark.js terms: ${rows[0]!.markjs_terms})`);
    if (inst) {
      log(`import preview ${fmt(inst.toPreviewMs, 0)} ms, apply ${fmt(inst.toStoredMs, 0)} ms; first page after install ${inst.firstPageMs} ms; reference compile (Node) ${fmt(inst.referenceCompileMs, 0)} ms`);
      log(`bench time for this base: ${min(inst.baseMs)} (reference ${min(inst.referenceMs + inst.referenceScanMs)}, import ${min(inst.installMs)}, first page ${min(inst.firstPageMs)}, cells ${min(rows.reduce((n, c) => n + (c.bench_ms?.total ?? 0), 0))})`);
    }
    const table = [COLUMNS.map(([h]) => h), ...rows.map((c) => COLUMNS.map(([, show]) => show(c, info.capMs)))];
    const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
    const line = (r: string[]) => `| ${r.map((s, i) => s.padEnd(widths[i]!)).join(' | ')} |`;
    log(line(table[0]!));
    log(line(widths.map((w) => '-'.repeat(w))));
    for (const r of table.slice(1)) log(line(r));
  }
  log('\nTargets (issue 14, point 5), ✓/✗ beside the numbers they apply to:');
  for (const t of TARGETS) log(`  - ${t.label}`);
  log('scan→frame: the content script\'s start → the frame after highlights were first painted (the issue\'s "scan start to the frame with highlights drawn"; ×walk divides it); load→paint: from loadEventEnd; nav→paint: from navigation start. "–": not measured.');
  log(`mark.js ">${info.capMs}": one run reached the cap (stopped there; further runs of it cannot end sooner), or the cell has at least the terms and text of such a cell and was not run (docs/benchmarks.md).`);
  if (!info.complete) log('THE RUN DID NOT COMPLETE: the cells above are the finished ones.');
}

/** The --json object as text (also written to --out after every cell). */
export function benchJson(cells: Cell[], installs: Installs, info: RunInfo, page: string): string {
  const top = cells.find((c) => c.base === '50k' && c.page === page) ?? null;
  const pick = (k: keyof Cell) => (top ? top[k] : null);
  const out = {
    page: top ? `${page} at 50,000 entities (+ bundled pack)` : `${page} at 50,000 entities: not in this run`,
    walk_ms: pick('walk_ms'), silklens_ms: pick('silklens_ms'), markjs_array_ms: pick('markjs_array_ms'), markjs_regexp_ms: pick('markjs_regexp_ms'),
    silklens_to_walk: pick('silklens_to_walk'), silklens_to_markjs_regexp: pick('silklens_to_markjs_regexp'), silklens_to_markjs_array: pick('silklens_to_markjs_array'),
    load_to_paint_ms: pick('load_to_paint_ms'), longest_task_ms: pick('longest_task_ms'), heap_mb: pick('heap_mb'), bytes_to_page: pick('bytes_to_page'),
    machine: info.machine, runs: info.runs, markjs_runs: info.markjsRuns, wall_s: info.wallS, markjs_cap_ms: info.capMs, content_script_kb: info.contentKb,
    complete: info.complete, imports: installs, hit_count_mismatches: info.mismatches,
    // JSON has no Infinity: a capped mark.js run is written as the string ">cap".
    grid: cells,
  };
  return JSON.stringify(out, (_, v: unknown) => (v === Number.POSITIVE_INFINITY ? `>${info.capMs}` : v));
}
