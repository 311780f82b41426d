/**
 * The README's "Performance" table, made from one `npm run bench` run's JSON (the `--out`
 * file or the `--json` output), so the table and the machine line always come from the
 * same run: `node --import tsx scripts/bench-readme.ts bench.json` prints the Markdown.
 * Reads the JSON loosely (a field a newer bench adds or renames shows as "–", never a crash).
 */
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const int = (v: unknown): string => {
  const n = num(v);
  return n === null ? (typeof v === 'string' ? v : '–') : Math.round(n).toLocaleString('en');
};
const dec = (v: unknown, digits: number): string => {
  const n = num(v);
  return n === null ? (typeof v === 'string' ? v : '–') : n.toFixed(digits);
};
const kb = (v: unknown): string => (num(v) === null ? '–' : int(num(v)! / 1024));
const BASE_LABEL: Record<string, string> = { bundled: 'bundled pack', '10k': '+10,000', '50k': '+50,000', '200k': '+200,000' };

/**
 * Load → painted and scan → painted. Runs before 3 Dec 2026 had no `load_to_paint_ms`
 * (absent, or null in a failed cell): there `silklens_ms` is the load-based number and
 * `scan_to_paint_ms` the content script's own; once the bench writes `load_to_paint_ms`,
 * `silklens_ms` is the issue's scan start → highlighted frame.
 */
function paintTimes(c: Json): [load: unknown, scan: unknown] {
  return c.load_to_paint_ms !== undefined && c.load_to_paint_ms !== null ? [c.load_to_paint_ms, c.silklens_ms] : [c.silklens_ms, c.scan_to_paint_ms];
}

const COLUMNS: [head: string, show: (c: Json) => string][] = [
  ['fact base', (c) => BASE_LABEL[String(c.base)] ?? String(c.base)],
  ['page', (c) => String(c.page)],
  ['mentions (= reference)', (c) => `${int(c.mentions)} (${c.mentions === c.referenceMentions ? '=' : '≠'} ${int(c.referenceMentions)})`],
  ['load → painted ms', (c) => int(paintTimes(c)[0])],
  ['scan → painted ms', (c) => int(paintTimes(c)[1])],
  ['bare walk ms', (c) => dec(c.walk_ms, 1)],
  ['markRegExp ms', (c) => int(c.markjs_regexp_ms)],
  ['mark(array) ms', (c) => int(c.markjs_array_ms)],
  ['× walk', (c) => dec(c.silklens_to_walk, 1)],
  ['× markRegExp', (c) => dec(c.silklens_to_markjs_regexp, 2)],
  ['longest task ms (page alone)', (c) => `${int(c.longest_task_ms)} (${int(c.longest_task_off_ms)})`],
  ['content-script heap MB', (c) => dec(c.heap_mb, 1)],
  ['bytes to page kB', (c) => kb(c.bytes_to_page)],
  ['forms in page', (c) => int(c.dict_forms)],
  ['worker heap MB', (c) => int(c.background_heap_mb)],
  ['hover p50 / p95 ms', (c) => `${int(c.hover_p50_ms)} / ${int(c.hover_p95_ms)}`],
  ['frame after change ms (off)', (c) => `${int(c.frame_after_change_ms)} (${int(c.frame_after_change_off_ms)})`],
];

/** The Markdown: the run's machine line, the table, imports, and any failure (never hidden). */
export function readmeTable(run: Json): string {
  const cells = Array.isArray(run.grid) ? (run.grid as Json[]) : [];
  const wallMin = num(run.wall_s) === null ? '?' : (num(run.wall_s)! / 60).toFixed(1);
  const lines = [
    `Machine: ${String(run.machine ?? 'not recorded')}; medians of ${String(run.runs ?? '?')} loads; ${wallMin} min wall time; ${cells.length} cells.`,
  ];
  if (run.complete === false) lines.push('**This run did not complete**: only its finished cells are below.');
  const failures = Array.isArray(run.hit_count_mismatches) ? (run.hit_count_mismatches as unknown[]) : [];
  if (failures.length) lines.push(`**The run failed** (${failures.length}): ${failures.map(String).join('; ')}`);
  lines.push('', `| ${COLUMNS.map(([h]) => h).join(' | ')} |`, `| ${COLUMNS.map(() => '---').join(' | ')} |`);
  for (const c of cells) lines.push(`| ${COLUMNS.map(([, show]) => show(c)).join(' | ')} |`);
  const imports = (run.imports ?? {}) as Record<string, Json>;
  const done = Object.entries(imports).filter(([base]) => base !== 'bundled');
  if (done.length) {
    lines.push('', `Imports through the options page (file chosen → preview; Apply → stored), and the first page after each (the one compile of the new revision): ${done
      .map(([base, t]) => `${base} ${dec(num(t.toPreviewMs) === null ? null : num(t.toPreviewMs)! / 1000, 1)} s / ${dec(num(t.toStoredMs) === null ? null : num(t.toStoredMs)! / 1000, 1)} s, first page ${dec(num(t.firstPageMs) === null ? null : num(t.firstPageMs)! / 1000, 0)} s`)
      .join('; ')}.`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node --import tsx scripts/bench-readme.ts BENCH.json   (the --out file or --json output of npm run bench)\n');
    process.exit(2);
  }
  const text = readFileSync(file, 'utf8');
  // `npm run bench --json > file` may carry npm's banner and the build log before the object.
  console.log(readmeTable(JSON.parse(text.slice(text.indexOf('{"'))) as Json));
}
