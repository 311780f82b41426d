/**
 * One page load with Silk Lens on, measured: load → the frame after highlights were first
 * painted (PageStats.firstPaintAt, minus the navigation's loadEventEnd; also from
 * navigation start), the longest task (PerformanceObserver 'longtask', buffered, installed
 * before navigation in the page world: bench instrumentation, not the product), the
 * isolate's heap after GC, and the content script's own counters (read in its isolated
 * world over CDP). Hovers and a frame after a small DOM change are measured on demand.
 */
import { writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { PageStats } from '../lib/content/stats';
import { inContentWorld, pageStats, waitInContentWorld } from '../tests/e2e/content-world';
import { pageHeapUsed } from './bench-browser';
import { scriptToPaintMs } from './bench-startup';

export const LONGTASK_OBSERVER = `
  window.__benchLongtasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__benchLongtasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

export interface PageLoad {
  page: Page;
  /** loadEventEnd, ms from navigation start. */
  loadAt: number;
  longestTaskMs: number;
  heapBytes: number;
}

/** Open `url` in a new tab with the long-task observer; resolves after the load event. `prepare` runs before the navigation. */
export async function openPage(context: BrowserContext, url: string, prepare?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(LONGTASK_OBSERVER);
  await prepare?.(page);
  await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
  return page;
}

export async function readLoad(page: Page): Promise<PageLoad> {
  // Long tasks are reported after they end: let the last one land.
  await page.waitForTimeout(300);
  const { loadAt, longest } = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const tasks = (window as unknown as { __benchLongtasks: number[] }).__benchLongtasks;
    return { loadAt: nav?.loadEventEnd ?? 0, longest: Math.max(0, ...tasks) };
  });
  return { page, loadAt, longestTaskMs: longest, heapBytes: await pageHeapUsed(page) };
}

export interface SilkLensRun extends PageLoad {
  stats: PageStats;
  /** Load event end → frame after the first paint, ms (negative: painted before load ended). */
  loadToPaintMs: number;
  /** Navigation start → frame after the first paint, ms. */
  navToPaintMs: number;
  /** Content script start → frame after the first paint, ms (null: not marked). */
  scriptToPaintMs: number | null;
  /** loadEventEnd → content script start, ms (null: not marked). */
  loadToScriptMs: number | null;
}

/** Load `url` with Silk Lens on and wait for the full scan to settle. */
export async function runSilkLens(context: BrowserContext, url: string, timeoutMs: number, prepare?: (page: Page) => Promise<void>): Promise<SilkLensRun> {
  const page = await openPage(context, url, prepare);
  let stats: PageStats;
  try {
    // lastScanNodes is written when a full scan settles; firstPaintAt after its frame.
    stats = await waitInContentWorld<PageStats>(page, 'globalThis.__silklensTest?.stats', (s) => s.firstPaintAt > 0 && s.lastScanNodes > 0, 'the first scan to settle and paint', timeoutMs);
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
  const load = await readLoad(page);
  const after = (await pageStats(page)) ?? stats;
  const script = stats.startup?.script;
  return {
    ...load, stats: after, loadToPaintMs: stats.firstPaintAt - load.loadAt, navToPaintMs: stats.firstPaintAt,
    scriptToPaintMs: scriptToPaintMs(stats), loadToScriptMs: script === undefined ? null : script - load.loadAt,
  };
}

/**
 * Hover up to `count` painted mentions in different blocks (trusted pointer events) and
 * collect PageStats.hoverToCardMs per card drawn. A mention whose card does not open within
 * 5 s is counted in `missed`.
 */
export async function hoverCards(page: Page, count: number): Promise<{ samples: number[]; missed: number }> {
  const samples: number[] = [];
  let missed = 0;
  // The painter's own list (the test handle): the registry holds only ranges near the viewport.
  const total = (await inContentWorld<number>(page, 'globalThis.__silklensTest?.painted().length ?? 0')) ?? 0;
  for (let i = 0; i < count && total > 0; i++) {
    // Spread over the page: the i-th of `count` evenly spaced ranges, scrolled to mid-screen.
    const point = await inContentWorld<{ x: number; y: number } | null>(page, `(() => {
      const ranges = globalThis.__silklensTest?.painted() ?? [];
      const r = ranges[Math.floor((${i} * ranges.length) / ${count})];
      if (!r) return null;
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const first = live.getClientRects()[0];
      if (!first) return null;
      window.scrollBy(0, first.top - 300);
      const rect = live.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    })()`);
    if (!point) continue;
    await page.keyboard.press('Escape');
    await page.mouse.move(0, 0);
    await waitInContentWorld<boolean>(page, "!globalThis.__silklensTest?.cardRoot()?.querySelector('.card')", (closed) => closed, 'the card to close', 5_000).catch(() => undefined);
    // Scrolling repaints the styled ranges near the viewport: let that frame pass first.
    await page.waitForTimeout(150);
    await page.mouse.move(point.x, point.y);
    const shown = await waitInContentWorld<boolean>(page, "!!globalThis.__silklensTest?.cardRoot()?.querySelector('.card')", (open) => open, 'a card', 5_000).then(() => true, () => false);
    if (!shown) {
      missed++;
      continue;
    }
    const ms = await inContentWorld<number>(page, 'globalThis.__silklensTest?.stats.hoverToCardMs');
    if (typeof ms === 'number' && ms > 0) samples.push(ms);
  }
  await page.keyboard.press('Escape');
  return { samples, missed };
}

/**
 * A small DOM change (a few characters appended to a paragraph) and the time to the end of
 * the next frame (rAF, then a task), `count` times on different paragraphs, 250 ms apart so
 * the extension's own batch for the previous change has run. The frame's style, layout and
 * paint include every highlight range the page holds.
 */
export async function frameAfterChange(page: Page, count: number, marks = false): Promise<number[]> {
  return page.evaluate(async ([n, mark]) => {
    const paragraphs = [...document.querySelectorAll('main p')];
    const out: number[] = [];
    for (let i = 0; i < n && paragraphs.length; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const p = paragraphs[Math.floor((i * paragraphs.length) / n)]!;
      // Trace mode only: user-timing marks bound each sample's window in the trace.
      if (mark) performance.mark(`bench-change-${i}`);
      const t0 = performance.now();
      p.append(' (updated)');
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      out.push(performance.now() - t0);
      if (mark) performance.mark(`bench-frame-${i}`);
    }
    return out;
  }, [count, marks] as const);
}

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { url?: string; functionName?: string } } }

/** Where one sample's time went: self time per trace event name (µs summed, ms out), main thread only. */
export interface FrameBreakdown {
  samples: number[];
  /** Median over samples of each phase's ms within the sample's window. */
  phases: Record<string, number>;
  /** Median over samples of the main thread's busy ms (every phase summed) within the window. */
  busy: number;
}

/**
 * frameAfterChange under a DevTools trace (bench trace mode, scripts/bench-frame.ts): the
 * same changes, plus marks, and each sample's window broken down by the renderer main
 * thread's events. Phases: extension script (FunctionCall/EvaluateScript/V8 callbacks whose
 * script is the extension's), page script, and the browser's own rendering steps by name.
 */
/** `dumpTo`: also write the raw trace events there (JSON array) for a closer look. */
export async function traceFrameAfterChange(page: Page, count: number, dumpTo?: string): Promise<FrameBreakdown> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,blink.user_timing,v8.execute', transferMode: 'ReportEvents' } as never);
  const samples = await frameAfterChange(page, count, true);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  if (dumpTo) writeFileSync(dumpTo, JSON.stringify(events));
  const markTs = (name: string) => events.find((e) => e.name === name && e.cat.includes('user_timing'))?.ts;
  const prePaint = events.filter((e) => e.name === 'PrePaint');
  const tid = prePaint.length ? prePaint.map((e) => e.tid).sort((a, b) => a - b)[Math.floor(prePaint.length / 2)]! : -1;
  const main = events.filter((e) => e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const perSample: Record<string, number>[] = [];
  for (let i = 0; i < samples.length; i++) {
    const from = markTs(`bench-change-${i}`);
    const to = markTs(`bench-frame-${i}`);
    if (from === undefined || to === undefined) continue;
    perSample.push(selfTimes(main.filter((e) => e.ts >= from && e.ts < to), to));
  }
  const names = new Set(perSample.flatMap((s) => Object.keys(s)));
  const phases: Record<string, number> = {};
  for (const n of names) {
    const xs = perSample.map((s) => s[n] ?? 0).sort((a, b) => a - b);
    phases[n] = xs[Math.floor((xs.length - 1) / 2)]!;
  }
  const totals = perSample.map((s) => Object.values(s).reduce((a, b) => a + b, 0)).sort((a, b) => a - b);
  return { samples, phases, busy: totals[Math.floor((totals.length - 1) / 2)] ?? 0 };
}

/** Self time (ms) per name; script is attributed to 'script:ext' or 'script:page' by its URL. */
function selfTimes(events: TraceEvent[], end: number): Record<string, number> {
  const out: Record<string, number> = {};
  const stack: { e: TraceEvent; end: number; child: number; label: string }[] = [];
  const label = (e: TraceEvent, parent: string | undefined): string => {
    const url = e.args?.data?.url;
    if (url) return url.startsWith('chrome-extension:') ? 'script:ext' : 'script:page';
    if (parent?.startsWith('script:') && (e.name.startsWith('V8') || e.name === 'FunctionCall' || e.name.startsWith('v8'))) return parent;
    return e.name;
  };
  const pop = () => {
    const top = stack.pop()!;
    out[top.label] = (out[top.label] ?? 0) + Math.max(0, top.end - top.e.ts - top.child) / 1000;
  };
  for (const e of events) {
    while (stack.length && stack.at(-1)!.end <= e.ts) pop();
    const eEnd = Math.min(e.ts + e.dur!, end);
    const parent = stack.at(-1);
    if (parent) parent.child += eEnd - e.ts;
    stack.push({ e, end: eEnd, child: 0, label: label(e, parent?.label) });
  }
  while (stack.length) pop();
  return out;
}
