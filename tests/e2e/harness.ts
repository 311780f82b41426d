/**
 * Real-browser harness: Debian's Chromium (CHROME_PATH or /usr/bin/chromium),
 * headless, with the built extension (.output/chrome-mv3) loaded, and a local
 * HTTP server for fixture pages. Recipe from shared/DESIGN.md; the
 * background-networking flags keep Chromium from dialling out on a closed network.
 */
import { textPoint } from '../text-point';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { cardText as readCardText, paintedRanges, waitForCardText, waitForMentions } from './content-world';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');

/** The columns of the one-person CSV files the import tests write (lib/factbase/importers/csv.ts). */
export const TEST_CSV_HEADER = 'entity_id,type,name_en,name_ru,gender,fact_text,fact_date,source_title,source_publisher,source_date,source_url';

export function chromePath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.`);
  }
  return path;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.js': 'text/javascript', '.css': 'text/css' };

export type Handler = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface FixtureServer {
  origin: string;
  /** Register a handler that runs before static files; return true when handled. */
  route(handler: Handler): void;
  /** Serve `body` at this path (any query string), before static files: pages made in a test. */
  page(path: string, body: string | Buffer, type?: string): void;
  close(): Promise<void>;
}

export async function serveFixtures(dir = PAGES_DIR): Promise<FixtureServer> {
  const handlers: Handler[] = [];
  const server: Server = createServer((req, res) => {
    for (const h of handlers) if (h(req, res)) return;
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (h) => handlers.push(h),
    page: (path, body, type = 'text/html; charset=utf-8') =>
      handlers.push((req, res) => {
        if (new URL(req.url ?? '/', 'http://x').pathname !== path) return false;
        res.writeHead(200, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)), 'access-control-allow-origin': '*' }).end(body);
        return true;
      }),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchWithExtension(options: { colorScheme?: 'light' | 'dark'; lang?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'silklens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      // The browser UI language decides the extension's (browser.i18n); tests default to English.
      `--lang=${options.lang ?? 'en-US'}`,
    ],
    locale: options.lang ?? 'en-US',
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Wait until the content script has painted at least `atLeast` mentions; returns how
 * many. Read in the content script's isolated world (./content-world.ts): the page
 * itself carries no trace of Silk Lens.
 */
export async function waitForHighlights(page: Page, atLeast = 1): Promise<number> {
  return waitForMentions(page, atLeast);
}

/**
 * Wait until a range over exactly `text` is underlined (every painted range, on screen or
 * not; with `name`, only those in that registry highlight).
 */
export async function waitForHighlightedText(page: Page, text: string, timeoutMs = 10_000, name?: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await highlightedTexts(page, name)).includes(text)) {
    if (Date.now() > deadline) throw new Error(`no highlight over "${text}" within ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

/** The viewport rectangle of the first painted range over `text` (StaticRange: measured through a live Range). */
export async function highlightRect(page: Page, text: string, name?: string): Promise<{ left: number; top: number; bottom: number; right: number } | null> {
  if (name === undefined) return (await paintedRanges(page)).find((r) => r.text === text)?.rect ?? null;
  return page.evaluate(([t, n]) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(n!);
    for (const r of h ?? []) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (live.toString() !== t) continue;
      const b = live.getBoundingClientRect();
      return { left: b.left, top: b.top, bottom: b.bottom, right: b.right };
    }
    return null;
  }, [text, name]);
}

/**
 * The texts underlined, in document order: without `name`, every painted range (the
 * painter's own list: the registry holds only the ranges near the viewport); with `name`,
 * the ranges in that registry highlight (`silklens-person`, …), as the page sees them.
 */
export async function highlightedTexts(page: Page, name?: string): Promise<string[]> {
  if (name === undefined) return (await paintedRanges(page)).map((r) => r.text);
  return page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(n);
    // Painted ranges are StaticRange (no text of their own): read each through a live Range.
    const text = (r: AbstractRange) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    };
    const texts = h ? [...h].map(text) : [];
    // In document order (a Highlight keeps insertion order, and batches insert out of order).
    const order = h ? [...h].map((r, i) => ({ r, i })) : [];
    order.sort((a, b) => (a.r.startContainer === b.r.startContainer ? a.r.startOffset - b.r.startOffset : a.r.startContainer.compareDocumentPosition(b.r.startContainer) & 4 ? -1 : 1));
    return order.map(({ i }) => texts[i]!);
  }, name);
}

/** Move the pointer to the middle of the first occurrence of `text` on the page. */
export async function hoverText(page: Page, text: string): Promise<void> {
  const point = await page.evaluate(textPoint, text);
  if (!point) throw new Error(`"${text}" is not on the page`);
  await page.mouse.move(0, 0);
  await page.mouse.move(point.x, point.y);
}

/** The text of the open card, or null (read in the isolated world: the shadow root is closed). */
export async function cardText(page: Page): Promise<string | null> {
  return readCardText(page);
}

/** Hover `text` until the card's text matches `pattern` (the tab may still be refreshing its cards). */
export async function hoverUntil(page: Page, text: string, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.keyboard.press('Escape');
    await hoverText(page, text);
    const shown = await waitForCardText(page, pattern, 1500).then((t) => t, () => null);
    if (shown !== null) return shown;
    if (Date.now() > deadline) throw new Error(`card for "${text}" never matched ${pattern}; last: ${await cardText(page)}`);
  }
}

/** Wait until a card is open; returns its text. */
export async function waitForCard(page: Page): Promise<string> {
  return waitForCardText(page);
}

/** Hover `text` and return the text of the card that opens. */
export async function hoverCard(page: Page, text: string): Promise<string> {
  await hoverText(page, text);
  return waitForCard(page);
}
