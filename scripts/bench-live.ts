/**
 * `npm run bench:live`: the live-page fixtures (tests/fixtures/pages/live-*.html) in
 * Chromium with the built extension, one table row per fixture:
 *   longest task  — longest main-thread task after the page built and first rendered itself
 *                   (PerformanceObserver 'longtask', installed before navigation; includes the
 *                   page's own ticks and the browser's rendering of them)
 *   batch median / max — work per mutation batch from PageStats (isolated world, via CDP)
 *   first paint   — scan start to the viewport painted (PageStats.firstPaintMs)
 *   longest slice — longest slice of the extension's own work (PageStats.longestSliceMs)
 *   highlights    — ranges the painter underlines in the top frame (PageStats.painted)
 *   styled        — ranges in the registry's highlights (blocks near the viewport; the
 *                   only ones the page's highlight registry holds)
 * Options: --extension DIR (default .output/chrome-mv3; e.g. a build of an older commit),
 *          --no-build, --watch-ms N (how long each page runs, default 5000), --only NAME;
 *          BENCH_ORDER=a,b (environment) runs those fixtures in that order in one browser.
 * Fixtures share one browser: the timestamp page run right after the 5 MB feed shows
 * 56–81 ms tasks per tick (a trace: the browser's Layout 30–57 ms), alone or after
 * another fixture none (Layout 14–26 ms); compare like with like.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromePath, EXTENSION_DIR, ROOT, serveFixtures } from '../tests/e2e/harness';
import { pageStats, waitForMentions } from '../tests/e2e/content-world';

const FIXTURES = process.env.BENCH_ORDER ? process.env.BENCH_ORDER.split(',') : ['live-framework', 'live-feed', 'live-timestamps', 'live-editor', 'live-frames', 'live-shadow', 'live-100k', 'live-spa'];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Installed before any page script: the page's long tasks, kept in the page world (test instrumentation only). */
const LONGTASK_OBSERVER = `
  window.__longtasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
`;

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
const fmt = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(1));

async function main(): Promise<void> {
  // --extension none: the pages alone, for the page's own long tasks.
  const extArg = arg('extension');
  const extension = extArg === 'none' ? null : resolve(extArg ?? EXTENSION_DIR);
  const watchMs = Number(arg('watch-ms') ?? 5000);
  const only = arg('only');
  if (!process.argv.includes('--no-build')) execSync('node scripts/build-test.mjs', { cwd: ROOT, stdio: 'inherit' });
  const server = await serveFixtures();
  const userDataDir = mkdtempSync(join(tmpdir(), 'silklens-bench-live-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : [])],
  });
  if (extension) {
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    await new Promise((r) => setTimeout(r, 1500)); // the worker loads the bundled pack on install
  }
  const rows: string[][] = [];
  try {
    for (const name of FIXTURES.filter((f) => !only || f === only)) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(LONGTASK_OBSERVER);
      await page.goto(`${server.origin}/${name}.html`);
      if (extension) await waitForMentions(page, 1, 30_000).catch(() => undefined);
      if (name === 'live-spa') await page.evaluate(() => (window as unknown as { __navigate(): void }).__navigate());
      if (name === 'live-editor') {
        await page.click('#editor p');
        await page.keyboard.type(' Typing more about Kassym-Jomart Tokayev and Uzbekistan.', { delay: 30 });
      }
      await page.waitForTimeout(watchMs);
      const seen = await page.evaluate(() => {
        const w = window as unknown as { __longtasks: { start: number; duration: number }[]; __genDone?: number };
        const after = w.__longtasks.filter((t) => t.start >= (w.__genDone ?? Infinity));
        return {
          longest: Math.max(0, ...after.map((t) => t.duration)),
          count: after.length,
          styled: [...(CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights].reduce((n, [name, h]) => n + (name.startsWith('silklens-') && name !== 'silklens-walk' ? h.size : 0), 0),
          // The code before this change marked its scan in the page; read it where present.
          oldScan: performance.getEntriesByName('silklens:scan+paint').at(0)?.duration,
        };
      });
      // The content script's counters, read in its isolated world over CDP (test builds only).
      const stats = extension ? ((await pageStats(page)) ?? null) : null;
      const batches = stats?.recentBatchMs ?? [];
      rows.push([
        name, fmt(seen.longest), String(seen.count), fmt(median(batches)), fmt(batches.length ? Math.max(...batches) : NaN), String(stats?.batches ?? '–'),
        fmt(stats?.firstPaintMs ?? seen.oldScan), fmt(stats?.longestSliceMs), String(stats?.fullScans ?? '–'), String(stats?.painted ?? '–'), String(seen.styled), String(errors.length),
      ]);
      await page.close();
    }
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    await server.close();
  }
  const head = ['fixture', 'longest task ms', 'long tasks', 'batch median ms', 'batch max ms', 'batches', 'first paint ms', 'longest slice ms', 'full scans', 'highlights', 'styled', 'console errors'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\nextension: ${extension ?? 'none (pages alone)'}\n`);
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
}

await main();
