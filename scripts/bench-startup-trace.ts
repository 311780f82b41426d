/**
 * Where the time goes between the content script's start and its first highlighted frame,
 * on the bench's 1 MB pages with the bundled pack (issue 14, point 5): the content
 * script's own steps (PageStats.startup, scripts/bench-startup.ts) beside a DevTools trace
 * of the page's renderer main thread over the same window — how much of it the thread was
 * busy, and with what (the page's own first layout and paint, our script, garbage
 * collection), and how much it sat idle waiting (messages, the frame clock).
 *
 *   node scripts/build-test.mjs && node --import tsx scripts/bench-startup-trace.ts [--runs 5] [--pages 1m-en-dense,1m-ru-dense,1m-news]
 *
 * Prints medians per page; asserts nothing (the machine may be shared: compare runs made together).
 * TRACE_DUMP=1 also lists each run's main-thread tasks over 2 ms in the window, with the
 * startup steps each one holds: how the 36–61 ms restyle after the highlight sheet is
 * adopted was found.
 */
import type { CDPSession } from 'playwright-core';
import type { PageStats } from '../lib/content/stats';
import { serveFixtures } from '../tests/e2e/harness';
import { waitInContentWorld } from '../tests/e2e/content-world';
import { applyBenchSettings, launchBench, settleWorker } from './bench-browser';
import { median } from './bench-grid';
import { newsPage } from './bench-news-page';
import { benchPage } from './bench-pages';
import { medianSteps, scriptToPaintMs, startupSteps } from './bench-startup';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: { documentLoaderURL?: string } } }

const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i < 0 ? undefined : process.argv[i + 1]; };
const RUNS = Number(arg('runs') ?? 5);
const PAGES: Record<string, () => string> = {
  '1m-en-dense': () => benchPage({ bytes: 1_000_000, lang: 'en', density: 'dense' }),
  '1m-ru-dense': () => benchPage({ bytes: 1_000_000, lang: 'ru', density: 'dense' }),
  '1m-news': () => newsPage(1_000_000),
};
const picked = (arg('pages') ?? Object.keys(PAGES).join(',')).split(',');

/** Trace event names grouped as the report shows them (the renderer's top-level work in the window). */
const GROUPS: Record<string, string[]> = {
  'style+layout': ['UpdateLayoutTree', 'Layout'],
  'paint (PrePaint…Commit)': ['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'PaintImage'],
  'script (ours: callbacks, timers, messages)': ['FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'v8.callFunction', 'EvaluateScript', 'v8.evaluateModule'],
  'parse HTML': ['ParseHTML'],
  gc: ['MajorGC', 'MinorGC', 'V8.GC_MARK_COMPACTOR', 'BlinkGC.AtomicPhase'],
};

/** Sum of the union of [ts, ts+dur) intervals, clipped to [from, to). */
function covered(events: TraceEvent[], from: number, to: number): number {
  const spans = events.map((e) => [Math.max(from, e.ts), Math.min(to, e.ts + (e.dur ?? 0))] as const).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let sum = 0, end = -Infinity;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    sum += b - Math.max(a, end);
    end = b;
  }
  return sum / 1000;
}

const server = await serveFixtures();
for (const name of picked) {
  const make = PAGES[name];
  if (!make) throw new Error(`--pages takes ${Object.keys(PAGES).join(', ')}; got ${name}`);
  server.page(`/trace/${name}.html`, make());
}
const b = await launchBench();
try {
  await applyBenchSettings(b, 'localhost');
  const url = (name: string) => `${server.origin.replace('localhost', '127.0.0.1')}/trace/${name}.html`;
  // The first page pays the worker's first index load: warm it, then measure.
  await runOnce(url(picked[0]!));
  for (const name of picked) {
    const rows: { steps: Record<string, number> | null; total: number | null; busy: number; groups: Record<string, number> }[] = [];
    for (let r = 0; r < RUNS; r++) {
      await settleWorker(b);
      rows.push(await runOnce(url(name)));
    }
    const m = (xs: number[]) => median(xs)?.toFixed(1) ?? '–';
    console.log(`\n## ${name} (bundled pack, medians of ${RUNS})`);
    console.log(`script start → highlighted frame: ${m(rows.flatMap((r) => (r.total === null ? [] : [r.total])))} ms; renderer main thread busy in that window: ${m(rows.map((r) => r.busy))} ms`);
    console.log('steps (ms, each from the previous):', JSON.stringify(Object.fromEntries(Object.entries(medianSteps(rows.map((r) => r.steps)) ?? {}).map(([k, v]) => [k, v === null ? null : Number(v.toFixed(1))]))));
    console.log('main-thread work in the window (ms, by kind; script may hold forced layout):', JSON.stringify(Object.fromEntries(Object.keys(GROUPS).map((g) => [g, Number(m(rows.map((r) => r.groups[g] ?? 0)))]))));
  }
} finally {
  await b.close();
  await server.close();
}

async function runOnce(pageUrl: string) {
  const page = await b.context.newPage();
  const cdp: CDPSession = await b.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8', transferMode: 'ReportEvents' } as never);
  await page.goto(pageUrl, { waitUntil: 'load', timeout: 120_000 });
  const stats = await waitInContentWorld<PageStats>(page, 'globalThis.__silklensTest?.stats', (s) => s.firstPaintAt > 0, 'the first highlighted frame', 60_000);
  await page.waitForTimeout(200);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  await page.close();
  // performance.now() counts from navigationStart: the page's own mark in the trace gives that origin.
  const nav = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl).at(-1);
  const steps = startupSteps(stats);
  const total = scriptToPaintMs(stats);
  if (!nav || stats.startup.script === undefined) return { steps, total, busy: 0, groups: {} };
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X');
  const from = nav.ts + stats.startup.script * 1000, to = nav.ts + stats.firstPaintAt * 1000;
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  if (process.env.TRACE_DUMP) {
    // Debug: the window's tasks over 2 ms, with the longest events inside each.
    const marks = Object.entries(stats.startup).map(([k, v]) => [nav.ts + v * 1000, k] as const);
    for (const t of tasks.filter((e) => e.ts + (e.dur ?? 0) > from && e.ts < to && (e.dur ?? 0) > 2000).sort((a, b) => a.ts - b.ts)) {
      const inner = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && (e.dur ?? 0) > 1000);
      const names = inner.map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`).slice(0, 8).join(', ');
      const near = marks.filter(([ts]) => ts >= t.ts && ts <= t.ts + (t.dur ?? 0)).map(([, k]) => k).join(',');
      console.log(`  +${((t.ts - from) / 1000).toFixed(1)} ms task ${((t.dur ?? 0) / 1000).toFixed(1)} ms [${near}]: ${names}`);
    }
  }
  const groups = Object.fromEntries(Object.entries(GROUPS).map(([g, names]) => [g, covered(main.filter((e) => names.includes(e.name)), from, to)]));
  return { steps, total, busy: covered(tasks, from, to), groups };
}
