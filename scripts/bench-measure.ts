/**
 * One page load with Silk Lens on, measured: load → the frame after highlights were first
 * painted (PageStats.firstPaintAt, minus the navigation's loadEventEnd; also from
 * navigation start), the longest task (PerformanceObserver 'longtask', buffered, installed
 * before navigation in the page world: bench instrumentation, not the product), the
 * isolate's heap after GC, and the content script's own counters (read in its isolated
 * world over CDP). Hovers and a frame after a small DOM change are measured on demand.
 */
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
export async function frameAfterChange(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const paragraphs = [...document.querySelectorAll('main p')];
    const out: number[] = [];
    for (let i = 0; i < n && paragraphs.length; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const p = paragraphs[Math.floor((i * paragraphs.length) / n)]!;
      const t0 = performance.now();
      p.append(' (updated)');
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      out.push(performance.now() - t0);
    }
    return out;
  }, count);
}
