/**
 * `npm run bench` (issue 14, point 3): the built test extension in headless Chromium on
 * generated news pages (100 KB, 1 MB, 5 MB; English and Russian; dense and sparse
 * mentions) with fact bases of the bundled pack and 10k / 50k / 200k synthetic entities,
 * side by side with a bare TreeWalker pass and mark.js on the same page and terms. Every
 * page's mention count must equal the Node reference matcher's, or the run exits 1.
 * Method and caveats: docs/benchmarks.md.
 *
 * Options, partial runs and the time the full grid takes: `--help` (scripts/bench-args.ts)
 * and docs/benchmarks.md.
 */
import { renameSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, serveFixtures } from '../tests/e2e/harness';
import { parseBenchArgs, USAGE } from './bench-args';
import { markJs, OVER_CAP, walkMs, type MarkMode } from './bench-baselines';
import { applyBenchSettings, installPack, launchBench, settleWorker, workerHeapUsed, type InstallTimes } from './bench-browser';
import { CapRecord } from './bench-cap';
import { contentScriptErrors, watchContentScript, watchServiceWorker } from './bench-errors';
import { syntheticPack } from './bench-factbase';
import { BASES, failedCell, median, pageName, percentile, ratio, SIZES, type BaseName, type Cell, type Num, type PageId } from './bench-grid';
import { frameAfterChange, hoverCards, openPage, readLoad, runSilkLens } from './bench-measure';
import { benchPage } from './bench-pages';
import { newsPage } from './bench-news-page';
import { pageBlocks, referenceFor, referenceMentions, type PageBlocks } from './bench-reference';
import { benchJson, printTables, type BaseTimes } from './bench-report';
import { medianSteps, startupSteps } from './bench-startup';

let args: ReturnType<typeof parseBenchArgs>;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const { bases, sizes, langs, densities, runs, markjsRuns, hovers, capMs, termCap, pageTimeoutMs, json, out } = args;
if (out) {
  // Before the pages are generated: a path that cannot be written fails now, not after the grid.
  try {
    writeFileSync(`${out}.tmp`, '');
  } catch (error) {
    process.stderr.write(`--out ${out}: cannot write there (${(error as Error).message})\n`);
    process.exit(2);
  }
}
/** Tables and progress go to stderr under --json, so stdout holds the one object. */
const log = (s: string) => (json ? process.stderr.write(`${s}\n`) : console.log(s));

/** The page the issue singles out (the JSON's top level): 1 MB English dense news. */
const FRAME_PAGE = '1m-en-dense';

const started = Date.now();
const pages: (PageId & { name: string; html: string; blocks: PageBlocks })[] = [];
for (const size of sizes) for (const lang of langs) for (const density of densities) {
  const html = benchPage({ bytes: SIZES[size], lang, density });
  pages.push({ size, lang, density, name: pageName({ size, lang, density }), html, blocks: pageBlocks(html) });
}
// The issue's own 1 MB news page, beside the grid's (its numbers were taken there); bundled pack only.
const NEWS_PAGE = '1m-news';
if (args.news) {
  const html = newsPage(SIZES['1m']);
  pages.push({ size: '1m', lang: 'en', density: 'dense', name: NEWS_PAGE, html, blocks: pageBlocks(html) });
}
log(`${pages.length} pages generated and collected for the reference in ${((Date.now() - started) / 1000).toFixed(0)} s`);

const server = await serveFixtures();
for (const p of pages) server.page(`/bench/${p.name}.html`, p.html);
const port = new URL(server.origin).port;
// Two hosts on one server: Silk Lens on for 127.0.0.1, switched off (disabledSites) for localhost.
const onUrl = (p: string) => `http://127.0.0.1:${port}/bench/${p}.html`;
const offUrl = (p: string) => `http://localhost:${port}/bench/${p}.html`;

const cells: Cell[] = [];
const installs: Partial<Record<BaseName, BaseTimes>> = {};
const mismatches: string[] = [];
const mb = (bytes: number | null) => (bytes === null ? null : bytes / 1024 / 1024);
const contentJs = join(EXTENSION_DIR, 'content-scripts/content.js');
const contentKb = { raw: statSync(contentJs).size / 1024, gzip: gzipSync(readFileSync(contentJs)).length / 1024 };
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; Chromium headless (${process.env.CHROME_PATH || '/usr/bin/chromium'})`;
const info = (complete: boolean) => ({ machine, runs, markjsRuns, wallS: (Date.now() - started) / 1000, contentKb, capMs, mismatches, complete });
/** The JSON so far to `--out` (through a temporary file and a rename: a crash mid-write leaves the previous copy whole). */
const save = (complete: boolean) => {
  if (!out) return;
  writeFileSync(`${out}.tmp`, benchJson(cells, installs, info(complete), FRAME_PAGE));
  renameSync(`${out}.tmp`, out);
};
// Written once before any page loads: the file exists (empty grid, "complete": false) from the start.
save(false);

/**
 * The reference for one base: its term list and every page's mention count. The matcher is
 * dropped on return: at 200k it holds gigabytes, and the browser part of the base does not need it.
 */
function reference(entities: number) {
  const t = Date.now();
  const ref = referenceFor(entities, termCap);
  const tScan = Date.now();
  const expected = new Map(pages.map((p) => [p.name, referenceMentions(p.blocks, ref.matcher)]));
  return { terms: ref.terms, termCount: ref.termCount, compileMs: ref.compileMs, referenceMs: tScan - t, scanMs: Date.now() - tScan, expected };
}

/** Characters of a page's text, for the mark.js cap record. */
const textChars = (p: (typeof pages)[number]) => p.blocks.blocks.reduce((n, b) => n + b.text.length, 0);
const capped = new CapRecord();

try {
  for (const base of bases) {
    const baseStarted = Date.now();
    const entities = BASES[base];
    const ref = reference(entities);
    const { terms } = ref;
    const expectedOf = (page: string) => ref.expected.get(page)!;
    log(`\n[${base}] reference in ${(ref.referenceMs / 1000).toFixed(1)} s (compile ${(ref.compileMs / 1000).toFixed(1)} s), its counts over ${pages.length} pages in ${(ref.scanMs / 1000).toFixed(1)} s: ${ref.termCount} terms (mark.js gets ${terms.length})`);
    /** Every page of this fact base not measured yet fails (the run exits 1), for `why`. */
    const failBase = (why: string) => {
      for (const p of pages) if ((p.name !== NEWS_PAGE || base === 'bundled') && !cells.some((c) => c.base === base && c.page === p.name)) cells.push(failedCell(base, entities, p.name, Buffer.byteLength(p.html), expectedOf(p.name)));
      mismatches.push(`${base}: ${why}`);
      save(false);
    };
    const b = await launchBench();
    const worker = await watchServiceWorker(b);
    const watch = (page: Page) => watchContentScript(page, b.extensionId);
    /** The content script's exceptions on a run's page fail the run. */
    const threw = (page: Page, what: string) => {
      for (const e of contentScriptErrors(page)) mismatches.push(`${base} ${what}: the content script threw: ${e}`);
    };
    try {
      await applyBenchSettings(b, 'localhost');
      let t = Date.now();
      const install = entities ? await installPack(b, syntheticPack(entities), 10 * pageTimeoutMs).catch((error: Error) => error) : { toPreviewMs: 0, toStoredMs: 0 };
      const installMs = Date.now() - t;
      if (install instanceof Error) {
        failBase(`the import through the options page failed: ${install.message.split('\n')[0]}`);
        continue;
      }
      // The first page after an install pays the worker's compile: timed, then left out of the medians.
      t = Date.now();
      // Ten times the page timeout: the worker compiles the whole fact base for this first page.
      const warm = await runSilkLens(b.context, onUrl(pages[0]!.name), 10 * pageTimeoutMs, watch).catch((error: Error) => error);
      if (!(warm instanceof Error)) {
        threw(warm.page, `${pages[0]!.name} (first page after the install)`);
        await warm.page.close();
      }
      installs[base] = { ...install, firstPageMs: Date.now() - t, referenceCompileMs: ref.compileMs, referenceMs: ref.referenceMs, referenceScanMs: ref.scanMs, installMs, baseMs: 0 };
      log(`[${base}] import preview ${install.toPreviewMs} ms, apply ${install.toStoredMs} ms; first page after install ${Date.now() - t} ms${warm instanceof Error ? ' (not settled)' : ''}`);
      if (warm instanceof Error) {
        // The fact base never reached a page: every page of it fails (the run exits 1), without waiting out each one.
        failBase(`the first page after the install did not settle within ${(10 * pageTimeoutMs) / 1000} s: ${warm.message.split('\n')[0]}`);
        continue;
      }
      for (const p of pages) {
        if (p.name === NEWS_PAGE && base !== 'bundled') continue;
        t = Date.now();
        const expected = expectedOf(p.name);
        const on = [];
        const settles: number[] = [];
        for (let r = 0; r < runs; r++) {
          settles.push(await settleWorker(b));
          const run = await runSilkLens(b.context, onUrl(p.name), pageTimeoutMs, watch).catch((error: Error) => error);
          if (run instanceof Error) {
            // No highlights in time is a failed run, like a wrong count; the next runs would only repeat it.
            mismatches.push(`${base} ${p.name} run ${r + 1}: the extension's scan did not settle within ${pageTimeoutMs / 1000} s (reference: ${expected} mentions)`);
            break;
          }
          if (run.stats.mentions !== expected) mismatches.push(`${base} ${p.name} run ${r + 1}: extension ${run.stats.mentions} mentions, reference ${expected}`);
          if (expected > 0 && run.stats.painted === 0) mismatches.push(`${base} ${p.name} run ${r + 1}: the page never painted a highlight (reference: ${expected} mentions)`);
          threw(run.page, `${p.name} run ${r + 1}`);
          on.push(run);
          if (r < runs - 1) await run.page.close();
        }
        const last = on.at(-1);
        if (!last) {
          cells.push(failedCell(base, entities, p.name, Buffer.byteLength(p.html), expected));
          log(`[${base}] ${p.name}: no run settled within ${pageTimeoutMs / 1000} s`);
          save(false);
          continue;
        }
        await settleWorker(b);
        const phase = { runs: Date.now() - t, hovers: 0, off: 0, markjs_regexp: 0, markjs_array: 0 };
        let tp = Date.now();
        const hover = hovers ? await hoverCards(last.page, hovers) : { samples: [], missed: 0 };
        const frameOn = p.name === FRAME_PAGE ? await frameAfterChange(last.page, 20) : [];
        threw(last.page, `${p.name} hovers and DOM changes`);
        await last.page.close();
        phase.hovers = Date.now() - tp;
        tp = Date.now();
        // Extension off for the site (the content script loads, reads the setting and stops).
        const off = await readLoad(await openPage(b.context, offUrl(p.name)));
        const walks = [];
        for (let r = 0; r < runs; r++) walks.push((await walkMs(off.page)).ms);
        const frameOff = p.name === FRAME_PAGE ? await frameAfterChange(off.page, 20) : [];
        await off.page.close();
        phase.off = Date.now() - tp;
        const markMs: Record<MarkMode, Num> = { array: null, regexp: null };
        for (const mode of ['regexp', 'array'] as const) {
          tp = Date.now();
          if (capMs === 0) continue;
          const cell = { mode, entities, chars: textChars(p) };
          const dominated = capped.dominatedBy(cell);
          if (dominated) {
            // As many terms or more on as much text or more as a capped cell: recorded ">cap" without running (bench-cap.ts).
            markMs[mode] = OVER_CAP;
            continue;
          }
          const samples: number[] = [];
          for (let r = 0; r < markjsRuns; r++) {
            const m = await markJs(b.context, offUrl(p.name), mode, terms, capMs);
            if (m.ms === null) {
              // Not a Silk Lens failure: the baseline could not run here; the cell says "–".
              log(`[${base}] ${p.name}: mark.js ${mode} failed in the page: ${m.error}`);
              samples.length = 0;
              break;
            }
            samples.push(m.ms);
            if (m.ms === OVER_CAP) {
              // A run stopped at the cap: another run of the same page and terms cannot end sooner.
              capped.add(cell);
              break;
            }
          }
          markMs[mode] = samples.includes(OVER_CAP) ? OVER_CAP : median(samples);
          phase[`markjs_${mode}`] = Date.now() - tp;
        }
        const bg = await workerHeapUsed(b);
        // The measure: scan start (the content script's start) → highlighted frame.
        const silk = median(on.flatMap((x) => (x.scriptToPaintMs === null ? [] : [x.scriptToPaintMs])));
        const walk = median(walks);
        const stat = <K extends 'bytesToPage' | 'dictForms'>(k: K): Num => {
          const v = (last.stats as unknown as Record<string, unknown>)[k];
          return typeof v === 'number' ? v : null;
        };
        cells.push({
          base, entities, page: p.name, htmlBytes: Buffer.byteLength(p.html),
          runs: on.length,
          mentions: on.find((x) => x.stats.mentions !== expected)?.stats.mentions ?? expected, referenceMentions: expected, painted: last.stats.painted,
          silklens_ms: silk, load_to_paint_ms: median(on.map((x) => x.loadToPaintMs)),
          load_to_script_ms: median(on.flatMap((x) => (x.loadToScriptMs === null ? [] : [x.loadToScriptMs]))),
          startup_ms: medianSteps(on.map((x) => startupSteps(x.stats))), nav_to_paint_ms: median(on.map((x) => x.navToPaintMs)), scan_to_paint_ms: median(on.map((x) => x.stats.firstPaintMs)),
          walk_ms: walk, markjs_array_ms: markMs.array, markjs_regexp_ms: markMs.regexp, markjs_terms: terms.length,
          silklens_to_walk: ratio(silk, walk), silklens_to_markjs_regexp: ratio(silk, markMs.regexp), silklens_to_markjs_array: ratio(silk, markMs.array),
          longest_task_ms: median(on.map((x) => x.longestTaskMs)), longest_task_off_ms: off.longestTaskMs, longest_slice_ms: median(on.map((x) => x.stats.longestSliceMs)),
          heap_mb: mb(median(on.map((x) => x.heapBytes - off.heapBytes))), bytes_to_page: stat('bytesToPage'), dict_forms: stat('dictForms'), background_heap_mb: mb(bg),
          hover_p50_ms: percentile(hover.samples, 50), hover_p95_ms: percentile(hover.samples, 95), hover_samples: hover.samples.length,
          frame_after_change_ms: median(frameOn), frame_after_change_off_ms: median(frameOff),
          // The first wait follows the previous page (or the install); the rest follow this page.
          worker_busy_after_page_ms: median(settles.slice(1)),
          bench_ms: { ...phase, total: Date.now() - t },
        });
        save(false);
        const s = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
        log(`[${base}] ${p.name}: ${s(Date.now() - t)} (Silk Lens runs ${s(phase.runs)}, hovers + frames ${s(phase.hovers)}, extension off ${s(phase.off)}, markRegExp ${s(phase.markjs_regexp)}, mark(array) ${s(phase.markjs_array)}${markMs.array === OVER_CAP && !phase.markjs_array ? ', mark(array) >cap without running' : ''})`);
      }
      for (const e of worker.errors()) mismatches.push(`${base}: the service worker threw: ${e}`);
    } catch (error) {
      // A crash in one cell fails the rest of this base; the finished cells stay, and the next base runs.
      failBase(`a cell crashed: ${(error as Error).stack?.split('\n').slice(0, 3).join(' ') ?? String(error)}`);
    } finally {
      await worker.stop();
      await b.close();
      const times = installs[base];
      if (times) times.baseMs = Date.now() - baseStarted;
      save(false);
    }
  }
} catch (error) {
  mismatches.push(`the run crashed: ${(error as Error).stack?.split('\n').slice(0, 3).join(' ') ?? String(error)}`);
} finally {
  await server.close();
}

printTables(log, cells, installs, info(true));
const final = benchJson(cells, installs, info(true), FRAME_PAGE);
if (json) console.log(final);
save(true);
if (mismatches.length) {
  process.stderr.write(`\nTHE RUN FAILED (hit counts differ from the reference matcher, a page never painted, the extension threw, or a cell crashed):\n  ${mismatches.join('\n  ')}\n`);
  process.exit(1);
}
