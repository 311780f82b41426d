/**
 * `npm run bench:page`: the page side in real Chromium with the built extension, on a
 * generated 1 MB news page (English and Russian paragraphs, a mention every ~40 words):
 *
 *   first paint   load → the first frame with underlines (the page world samples the
 *                 styled highlights every frame), the content script's own scan start →
 *                 viewport painted (PageStats.firstPaintMs), its longest slice, the
 *                 page's longest task after load, and the bare TreeWalker pass over the
 *                 same page for scale. Both underline modes: never (every mention) and
 *                 auto (the default: first mentions on dense pages).
 *   DOM change    with every mention underlined (~11.8k ranges), a text node changes 20
 *                 times, 150 ms apart; a DevTools trace gives the browser's rendering work
 *                 per change (PrePaint, and UpdateLayoutTree + Layout + PrePaint + Paint +
 *                 Layerize + Commit summed, IntersectionObserver geometry inside Commit
 *                 shown apart), beside the same page with no extension.
 *   hover         hover delay 0: 40 hovers over different underlined mentions on screen;
 *                 trusted pointer event → the first frame after the card was placed
 *                 (page world: the card's host element is in the document, so its style
 *                 change is visible there), with PageStats.hitTestMs and hoverToCardMs.
 *
 * Medians of --runs N (default 5). Prints tables; asserts nothing (timings belong in
 * benchmarks, not tests). The machine may be shared: compare runs made together.
 * Options: --runs N, --only first|change|hover, --kb N (page size, default 1000),
 * --hovers N (default 40).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { chromePath, launchWithExtension, serveFixtures, type ExtensionBrowser } from '../tests/e2e/harness';
import { pageStats, waitForMentions } from '../tests/e2e/content-world';
import { percentile } from './bench-grid';
import { newsPage } from './bench-news-page';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const RUNS = Number(arg('runs') ?? 5);
const ONLY = arg('only');
/** Page size, KB of HTML (default 1,000: the 1 MB news page). */
const KB = Number(arg('kb') ?? 1000);
/** Hovers measured (p95 of 20 is the second worst: too few to tell runs apart). */
const HOVERS = Number(arg('hovers') ?? 40);

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
const fmt = (x: number | null) => (x !== null && Number.isFinite(x) ? x.toFixed(1) : '–');

/** Page-world instrumentation, installed before any page script (benchmark only). */
const INSTRUMENT = `
  window.__frames = []; window.__load = 0; window.__longtasks = [];
  addEventListener('load', () => { window.__load = performance.now(); });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  const styled = () => { let n = 0; for (const [name, h] of CSS.highlights) if (name.startsWith('silklens-') && name !== 'silklens-walk') n += h.size; return n; };
  const loop = () => { if (window.__frames.length < 4000) window.__frames.push([performance.now(), styled()]); requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
  window.__hover = { event: 0, placed: 0, drawn: 0 };
  addEventListener('pointermove', (e) => { if (e.isTrusted && !window.__hover.event) { window.__hover.event = e.timeStamp; performance.mark('bench-hover-event'); } }, true);
  const watchHost = (host) => new MutationObserver(() => {
    if (host.style.display === 'block' && host.style.left && host.style.left !== '0px') {
      if (!window.__hover.placed) window.__hover.placed = performance.now();
      requestAnimationFrame(() => { if (!window.__hover.drawn) { window.__hover.drawn = performance.now(); performance.mark('bench-hover-drawn'); } });
    }
  }).observe(host, { attributes: true, attributeFilter: ['style'] });
  // The card's host is appended to <html> (which does not exist yet when this runs).
  addEventListener('DOMContentLoaded', () => new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && !n.__watched) { n.__watched = true; watchHost(n); } })
    .observe(document.documentElement, { childList: true }));
`;

type WorkerStorage = { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
async function setDisplay(browser: ExtensionBrowser, firstOnly: 'auto' | 'never'): Promise<void> {
  await browser.worker.evaluate(async (m) => {
    const types = { person: true, country: true, region: true, organization: true, event: true };
    await (globalThis as unknown as WorkerStorage).chrome.storage.local.set({ display: { firstOnly: m, types, hoverDelayMs: 0 } });
  }, firstOnly);
}

async function openPage(browser: ExtensionBrowser, url: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.addInitScript(INSTRUMENT);
  await tab.goto(url);
  await waitForMentions(tab, 1, 30_000);
  return tab;
}

/** Wait until the scan settled (the mention count holds still for 500 ms). */
async function settled(tab: Page): Promise<void> {
  let last = -1;
  for (let i = 0; i < 120; i++) {
    const n = (await pageStats(tab))?.mentions ?? -1;
    if (n > 0 && n === last) return;
    last = n;
    await tab.waitForTimeout(500);
  }
}

async function firstPaint(browser: ExtensionBrowser, url: string, mode: 'auto' | 'never'): Promise<string[]> {
  await setDisplay(browser, mode);
  const runs: { frame: number; inScript: number; slice: number; task: number; walk: number; painted: number }[] = [];
  for (let r = 0; r < RUNS; r++) {
    const tab = await openPage(browser, url);
    await settled(tab);
    const seen = await tab.evaluate(() => {
      const w = window as unknown as { __frames: [number, number][]; __load: number; __longtasks: { start: number; duration: number }[] };
      const first = w.__frames.find((f) => f[1] > 0);
      const walks: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let n = 0;
        while (walker.nextNode()) n += (walker.currentNode as Text).length;
        walks.push(performance.now() - t + (n < 0 ? 1 : 0));
      }
      walks.sort((a, b) => a - b);
      const after = w.__longtasks.filter((t) => t.start >= w.__load);
      return { frame: first ? first[0] - w.__load : NaN, walk: walks[1]!, task: Math.max(0, ...after.map((t) => t.duration)) };
    });
    const stats = (await pageStats(tab))!;
    runs.push({ frame: seen.frame, inScript: stats.firstPaintMs, slice: stats.longestSliceMs, task: seen.task, walk: seen.walk, painted: stats.painted });
    await tab.close();
  }
  return [mode, String(runs[0]!.painted), fmt(median(runs.map((x) => x.frame))), fmt(median(runs.map((x) => x.inScript))), fmt(median(runs.map((x) => x.slice))), fmt(median(runs.map((x) => x.task))), fmt(median(runs.map((x) => x.walk)))];
}

const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);
/** IntersectionObserver geometry (the painter's nearness watcher observes every block with an underline). */
const INTERSECTIONS = 'IntersectionObserverController::computeIntersections';
interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number }

/** Rendering work on the page's main thread after each of 20 text changes, from a DevTools trace. */
async function domChangeFrames(tab: Page): Promise<{ prePaint: number[]; frame: number[]; intersections: number[] }> {
  const cdp: CDPSession = await tab.context().newCDPSession(tab);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  await tab.evaluate(() => {
    const tick = document.createElement('p');
    tick.id = 'bench-tick';
    tick.textContent = '0';
    document.querySelector('article')!.prepend(tick);
  });
  await tab.waitForTimeout(1000);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink', transferMode: 'ReportEvents' } as never);
  const CHANGES = 20;
  for (let i = 0; i < CHANGES; i++) {
    await tab.evaluate(() => void (document.getElementById('bench-tick')!.textContent = String(Math.random())));
    await tab.waitForTimeout(150);
  }
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  // The renderer main thread: where the PrePaint events are.
  const pre = events.filter((e) => e.ph === 'X' && e.name === 'PrePaint');
  const tid = median(pre.map((e) => e.tid));
  const main = events.filter((e) => e.ph === 'X' && (RENDER_EVENTS.has(e.name) || e.name === INTERSECTIONS) && e.tid === tid).sort((a, b) => a.ts - b.ts);
  // Group rendering work into frames: events closer than 8 ms belong to one frame.
  const frames: { prePaint: number; total: number; intersections: number }[] = [];
  let end = -Infinity;
  for (const e of main) {
    if (e.ts > end + 8_000) frames.push({ prePaint: 0, total: 0, intersections: 0 });
    const f = frames.at(-1)!;
    // IntersectionObserver work runs inside Commit: counted apart, not twice.
    if (e.name === INTERSECTIONS) f.intersections += (e.dur ?? 0) / 1000;
    else f.total += (e.dur ?? 0) / 1000;
    if (e.name === 'PrePaint') f.prePaint += (e.dur ?? 0) / 1000;
    end = Math.max(end, e.ts + (e.dur ?? 0));
  }
  // The 20 changes make the 20 biggest frames; idle frames in between do next to nothing.
  const big = [...frames].sort((a, b) => b.total - a.total).slice(0, CHANGES);
  return { prePaint: big.map((f) => f.prePaint), frame: big.map((f) => f.total), intersections: big.map((f) => f.intersections) };
}

async function domChange(browser: ExtensionBrowser, url: string): Promise<string[][]> {
  await setDisplay(browser, 'never');
  const rows: string[][] = [];
  const tab = await openPage(browser, url);
  await settled(tab);
  const painted = (await pageStats(tab))!.painted;
  const withExt = await domChangeFrames(tab);
  await tab.close();
  rows.push([`Silk Lens (${painted} ranges)`, fmt(median(withExt.prePaint)), fmt(Math.max(...withExt.prePaint)), fmt(median(withExt.frame)), fmt(percentile(withExt.frame, 95)), fmt(median(withExt.intersections))]);
  // The same page in a browser without the extension.
  const dir = mkdtempSync(join(tmpdir(), 'silklens-bench-page-'));
  const bare = await chromium.launchPersistentContext(dir, {
    executablePath: chromePath(), headless: true, viewport: { width: 1200, height: 900 },
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await bare.newPage();
    await page.goto(url);
    await page.waitForTimeout(1000);
    const without = await domChangeFrames(page);
    rows.push(['no extension', fmt(median(without.prePaint)), fmt(Math.max(...without.prePaint)), fmt(median(without.frame)), fmt(percentile(without.frame, 95)), fmt(median(without.intersections))]);
  } finally {
    await bare.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

async function hover(browser: ExtensionBrowser, url: string): Promise<string[]> {
  await setDisplay(browser, 'never');
  const tab = await openPage(browser, url);
  await settled(tab);
  // Underlined mentions on screen, one point each (the page can read the styled highlights).
  const points = await tab.evaluate(() => {
    const out: { x: number; y: number }[] = [];
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights) {
      if (!name.startsWith('silklens-')) continue;
      for (const r of h) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const rect = live.getClientRects()[0];
        if (rect && rect.top > 40 && rect.bottom < innerHeight - 300) out.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      }
    }
    return out;
  });
  if (process.env.BENCH_DEBUG) console.log("hover points", points.length);
  const trace = await startTrace(tab);
  const total: number[] = [];
  const placed: number[] = [];
  const hits: number[] = [];
  const inScript: number[] = [];
  const n = Math.min(HOVERS, points.length);
  for (let i = 0; i < n; i++) {
    const p = points[Math.floor((i * points.length) / n)]!;
    await tab.keyboard.press('Escape');
    await tab.mouse.move(2, 2);
    await tab.waitForTimeout(300);
    await tab.evaluate(() => void ((window as unknown as { __hover: { event: number; placed: number; drawn: number } }).__hover = { event: 0, placed: 0, drawn: 0 }));
    await tab.mouse.move(p.x, p.y);
    let seen = { event: 0, placed: 0, drawn: 0 };
    for (let t = 0; t < 40 && !seen.drawn; t++) {
      await tab.waitForTimeout(50);
      seen = await tab.evaluate(() => (window as unknown as { __hover: { event: number; placed: number; drawn: number } }).__hover);
    }
    if (process.env.BENCH_DEBUG) console.log("hover", p, seen, (await pageStats(tab))?.hoverToCardMs);
    if (!seen.drawn || !seen.event) continue;
    total.push(seen.drawn - seen.event);
    placed.push(seen.placed - seen.event);
    const stats = (await pageStats(tab))!;
    hits.push(stats.hitTestMs);
    inScript.push(stats.hoverToCardMs);
  }
  const work = hoverWork(await trace.stop());
  await tab.close();
  return [String(total.length), fmt(median(placed)), fmt(percentile(placed, 95)), fmt(median(total)), fmt(percentile(total, 95)), fmt(median(hits)), fmt(percentile(hits, 95)), fmt(median(inScript)),
    fmt(median(work.render)), fmt(percentile(work.render, 95)), fmt(median(work.intersections)), fmt(percentile(work.intersections, 95))];
}

/** A DevTools trace of the page's renderer, user-timing marks included. */
async function startTrace(tab: Page): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const cdp: CDPSession = await tab.context().newCDPSession(tab);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,blink.user_timing', transferMode: 'ReportEvents' } as never);
  return {
    async stop() {
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      return events;
    },
  };
}

/**
 * Per hover, the renderer main thread's rendering work (UpdateLayoutTree … Commit) and the
 * IntersectionObserver geometry inside it, between the page's pointermove handler and the
 * frame after the card was placed (user-timing marks set by INSTRUMENT).
 */
function hoverWork(events: TraceEvent[]): { render: number[]; intersections: number[] } {
  const marks = (name: string) => events.filter((e) => e.name === name).map((e) => e.ts).sort((a, b) => a - b);
  const starts = marks('bench-hover-event');
  const ends = marks('bench-hover-drawn');
  const pre = events.filter((e) => e.ph === 'X' && e.name === 'PrePaint');
  const tid = median(pre.map((e) => e.tid));
  const main = events.filter((e) => e.ph === 'X' && e.tid === tid && (RENDER_EVENTS.has(e.name) || e.name === INTERSECTIONS));
  const render: number[] = [];
  const intersections: number[] = [];
  for (const start of starts) {
    const end = ends.find((t) => t > start);
    if (end === undefined) continue;
    let r = 0;
    let io = 0;
    for (const e of main) {
      if (e.ts < start || e.ts > end) continue;
      if (e.name === INTERSECTIONS) io += (e.dur ?? 0) / 1000;
      else r += (e.dur ?? 0) / 1000;
    }
    render.push(r);
    intersections.push(io);
  }
  if (process.env.BENCH_DEBUG) {
    // Where the hover windows' rendering time goes, by trace event (summed over all hovers).
    const by = new Map<string, number>();
    for (const start of starts) {
      const end = ends.find((t) => t > start);
      for (const e of main) if (end !== undefined && e.ts >= start && e.ts <= end) by.set(e.name, (by.get(e.name) ?? 0) + (e.dur ?? 0) / 1000 / starts.length);
    }
    console.log('hover render work per hover, ms:', Object.fromEntries([...by].map(([k, v]) => [k, Number(v.toFixed(1))])));
  }
  return { render, intersections };
}

function table(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
  console.log();
}

const server = await serveFixtures();
server.page('/bench.html', newsPage(KB * 1000));
const url = `${server.origin}/bench.html`;
const browser = await launchWithExtension();
await new Promise((r) => setTimeout(r, 1500)); // the worker loads the bundled pack on install
try {
  console.log(`Chromium headless, bundled pack, ${KB} KB news page; medians of ${RUNS} (first paint) / 20 changes / ${HOVERS} hovers\n`);
  if (!ONLY || ONLY === 'first') {
    const rows = [await firstPaint(browser, url, 'never'), await firstPaint(browser, url, 'auto')];
    table(['mode', 'painted', 'load → underlined frame ms', 'scan start → viewport painted ms', 'longest slice ms', 'longest task ms', 'bare walk ms'], rows);
  }
  if (!ONLY || ONLY === 'change') table(['after a text change', 'PrePaint ms', 'PrePaint max', 'frame ms', 'frame p95', 'of which IntersectionObserver ms'], await domChange(browser, url));
  if (!ONLY || ONLY === 'hover') table(['hovers', 'event → card placed p50 ms', 'p95', 'event → card frame p50 ms', 'p95', 'hit-test p50 ms', 'hit-test p95', 'open → card placed p50 ms', 'render work p50 ms', 'p95', 'of which IntersectionObserver p50 ms', 'p95'], [await hover(browser, url)]);
} finally {
  await browser.close();
  await server.close();
}
