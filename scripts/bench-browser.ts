/**
 * The browser side of `npm run bench`: Debian's Chromium with the built test extension
 * (the harness's launch recipe, tests/e2e/harness.ts, plus a DevTools port so the bench
 * can attach to the service worker, which Playwright exposes only for evaluation), the
 * bench settings, a synthetic fact base installed through the options page's Import as
 * a user would, and heap readings over CDP.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Browser as DevtoolsBrowser } from 'puppeteer-core';
import type { FactPack } from '../lib/factbase/schema';
import { chromePath, EXTENSION_DIR } from '../tests/e2e/harness';

export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** The same browser over its DevTools port (service-worker target). */
  devtools: DevtoolsBrowser;
  close(): Promise<void>;
}

export async function launchBench(): Promise<BenchBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension at ${EXTENSION_DIR}: run \`node scripts/build-test.mjs\` first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'silklens-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    locale: 'en-US',
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US',
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      // Port 0: the browser picks one and writes it to DevToolsActivePort in the profile.
      '--remote-debugging-port=0',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0]!;
  const devtools = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  return {
    context, extensionId, worker, devtools,
    close: async () => {
      await devtools.disconnect();
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

type WorkerStorage = { chrome: { storage: { local: { set(v: object): Promise<void> } } } };

/**
 * Every mention underlined (firstOnly 'never': the heaviest paint, the 10k-range
 * case), cards without hover delay, and Silk Lens switched off on `offHost` (the user's
 * "off on this site"), where the baselines and the extension-off readings run.
 */
export async function applyBenchSettings(b: BenchBrowser, offHost: string): Promise<void> {
  await b.worker.evaluate(async (host) => {
    const types = { person: true, country: true, region: true, organization: true, event: true };
    await (globalThis as unknown as WorkerStorage).chrome.storage.local.set({ display: { firstOnly: 'never', types, hoverDelayMs: 0 }, disabledSites: [host] });
  }, offHost);
}

export interface InstallTimes {
  toPreviewMs: number;
  toStoredMs: number;
}

/** Import `pack` through the options page (file chosen → preview → Apply), as a user would. */
export async function installPack(b: BenchBrowser, pack: FactPack, timeoutMs: number): Promise<InstallTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'silklens-bench-pack-'));
  const file = join(dir, `${pack.id}.json`);
  writeFileSync(file, JSON.stringify(pack));
  const options = await b.context.newPage();
  try {
    await options.goto(`chrome-extension://${b.extensionId}/options.html?tab=data`);
    await options.locator('table.packs tbody tr').first().waitFor({ timeout: 60_000 });
    let t = Date.now();
    await options.locator('input[type="file"]').first().setInputFiles(file);
    await options.getByLabel('Import preview').waitFor({ timeout: timeoutMs });
    const toPreviewMs = Date.now() - t;
    t = Date.now();
    await options.getByRole('button', { name: 'Apply import' }).click();
    await options.getByText(/Imported “/).waitFor({ timeout: timeoutMs });
    return { toPreviewMs, toStoredMs: Date.now() - t };
  } finally {
    await options.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** JS heap used by a page's isolate after a full GC, bytes (page and content script share it). */
export async function pageHeapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** The service worker's JS heap after a full GC, bytes (null when it is not running). */
export async function workerHeapUsed(b: BenchBrowser): Promise<number | null> {
  const target = await b.devtools
    .waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${b.extensionId}/`), { timeout: 5_000 })
    .catch(() => null);
  if (!target) return null;
  const cdp = await target.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/**
 * Wait until the service worker answers at once (five round trips under 20 ms in a row).
 * Measured here: after each bench page closes, the worker stays busy for 1.5–3 s (round
 * trips of 50–490 ms), and a page opened meanwhile waits seconds for its dictionary. Runs
 * start from a quiet worker so they measure the page, not the previous page's tail.
 */
export async function settleWorker(b: BenchBrowser, timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  for (let quiet = 0; quiet < 5 && Date.now() - started < timeoutMs; ) {
    const t = Date.now();
    await b.worker.evaluate(() => 0);
    quiet = Date.now() - t < 20 ? quiet + 1 : 0;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - started;
}
