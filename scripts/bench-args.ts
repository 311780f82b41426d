/**
 * `npm run bench` options: which part of the grid to run, how many runs, where the JSON
 * goes. Parsed strictly: a misspelt value stops the run before the 40-minute grid starts,
 * rather than silently running the default.
 */
import { BASES, SIZES, type BaseName, type SizeName } from './bench-grid';
import type { PageDensity, PageLang } from './bench-pages';

export interface BenchArgs {
  bases: BaseName[];
  sizes: SizeName[];
  langs: PageLang[];
  densities: PageDensity[];
  runs: number;
  /** mark.js runs per cell and mode while under the cap (default: --runs). */
  markjsRuns: number;
  hovers: number;
  capMs: number;
  termCap: number;
  pageTimeoutMs: number;
  json: boolean;
  /** Partial JSON written here after every cell (and complete at the end); null: none. */
  out: string | null;
  /** Also the issue's own 1 MB news page (bench-news-page.ts) as cell `1m-news`, bundled pack only. */
  news: boolean;
  help: boolean;
}

export const USAGE = `npm run bench [-- options]   (issue 14, point 3; method: docs/benchmarks.md)

The full default grid: 4 fact bases × 12 pages = 48 cells, medians of 5.
  --bases bundled,10k,50k,200k   fact bases (bundled pack alone, or plus N synthetic entities)
  --pages 100k,1m,5m             page sizes (bytes of HTML)
  --langs en,ru                  page languages
  --density dense,sparse         mentions per sentence
  --runs 5                       page loads per cell (and mark.js runs under the cap); the issue asks ≥ 5
  --markjs-runs N                mark.js runs per cell and mode while under the cap (default: --runs)
  --hovers 20                    cards opened per cell (0: none)
  --cap-ms 60000                 mark.js cap per run (0: skip mark.js); a capped run is recorded once as ">cap"
  --term-cap 100000              most terms handed to mark.js
  --page-timeout 120             seconds for a page's scan to settle (else the cell and the run fail)
  --out FILE                     JSON written after every cell ("complete": false until the end), so a crash keeps finished cells
  --json                         one JSON object on stdout; tables and progress on stderr
  --news                         also the issue's own 1 MB news page (npm run bench:page's) as cell 1m-news, bundled pack only
  --help                         this text

Exits 1 when a mention count differs from the reference matcher's, a page never paints,
the extension throws (content script or service worker), or a cell crashes.
Quick check (about 5 min): npm run bench -- --bases bundled --pages 100k,1m --langs en --density dense --runs 2 --cap-ms 0`;

function valueOf(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = argv[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value`);
  return v;
}

function list<T extends string>(argv: readonly string[], name: string, all: readonly T[]): T[] {
  const raw = valueOf(argv, name);
  if (raw === undefined) return [...all];
  const picked = raw.split(',').filter(Boolean);
  const bad = picked.filter((p) => !all.includes(p as T));
  if (bad.length || !picked.length) throw new Error(`--${name} takes a comma list of ${all.join(', ')}; got ${raw}`);
  // The grid's own order (bases small to large, pages small to large), whatever order was typed:
  // the mark.js cap record (bench-cap.ts) relies on smaller cells coming first.
  return all.filter((a) => picked.includes(a));
}

function num(argv: readonly string[], name: string, fallback: number): number {
  const raw = valueOf(argv, name);
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} takes a number ≥ 0; got ${raw}`);
  return n;
}

const KNOWN = new Set(['bases', 'pages', 'langs', 'density', 'runs', 'markjs-runs', 'hovers', 'cap-ms', 'term-cap', 'page-timeout', 'out', 'json', 'news', 'help']);

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const unknown = argv.filter((a) => a.startsWith('--') && !KNOWN.has(a.slice(2)));
  if (unknown.length) throw new Error(`unknown option ${unknown.join(', ')} (see --help)`);
  const runs = Math.max(1, Math.floor(num(argv, 'runs', 5)));
  return {
    bases: list(argv, 'bases', Object.keys(BASES) as BaseName[]),
    sizes: list(argv, 'pages', Object.keys(SIZES) as SizeName[]),
    langs: list<PageLang>(argv, 'langs', ['en', 'ru']),
    densities: list<PageDensity>(argv, 'density', ['dense', 'sparse']),
    runs,
    markjsRuns: Math.max(1, Math.floor(num(argv, 'markjs-runs', runs))),
    hovers: Math.floor(num(argv, 'hovers', 20)),
    capMs: num(argv, 'cap-ms', 60_000),
    termCap: Math.floor(num(argv, 'term-cap', 100_000)),
    pageTimeoutMs: num(argv, 'page-timeout', 120) * 1000,
    json: argv.includes('--json'),
    out: valueOf(argv, 'out') ?? null,
    news: argv.includes('--news'),
    help: argv.includes('--help'),
  };
}
