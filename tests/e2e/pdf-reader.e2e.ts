/**
 * The PDF reader end to end: a multi-page English and Russian PDF printed at test time,
 * served by the local server, opened in the reader page, loaded only on the click,
 * underlined on page 1 and on a later page (case forms too), carded on hover and by
 * the keyboard walk; every error the reader names; no request anywhere but the local
 * server and the extension itself.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightedTexts, launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { brokenPdf, emptyPdf, passwordPdf, printPdf, reportHtml } from './pdf-fixture';

let browser: ExtensionBrowser;
let server: FixtureServer;
const requests: string[] = [];
/** Console errors of reader pages (a CSP violation would show here: eval, remote fonts). */
const consoleErrors: string[] = [];
const served = new Map<string, { body: Buffer; type: string; cors: boolean }>();

beforeAll(async () => {
  const [report, long] = await Promise.all([printPdf(reportHtml(6, [4])), printPdf(reportHtml(50, Array.from({ length: 49 }, (_, i) => i + 2)))]);
  served.set('/report.pdf', { body: report, type: 'application/pdf', cors: true });
  // A name in the address: the reader shows it, and must not underline it.
  served.set('/Kazakhstan/report.pdf', { body: report, type: 'application/pdf', cors: true });
  served.set('/long.pdf', { body: long, type: 'application/pdf', cors: true });
  served.set('/login.pdf', { body: Buffer.from('<!doctype html><title>Sign in</title>' + '<p>Sign in to continue</p>'.repeat(100)), type: 'text/html', cors: true });
  served.set('/locked.pdf', { body: passwordPdf(), type: 'application/pdf', cors: true });
  served.set('/broken.pdf', { body: brokenPdf(), type: 'application/pdf', cors: true });
  served.set('/empty.pdf', { body: emptyPdf(), type: 'application/pdf', cors: true });
  served.set('/no-cors.pdf', { body: report, type: 'application/pdf', cors: false });
  server = await serveFixtures();
  server.route((req, res) => {
    // Declares 200 MB and sends a PDF header: the reader must stop at the declared size.
    if (req.url === '/huge.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(200 * 1024 * 1024), 'access-control-allow-origin': '*' });
      res.write('%PDF-1.7\n');
      setTimeout(() => res.destroy(), 2000);
      return true;
    }
    const file = served.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!file) return false;
    res.writeHead(200, { 'content-type': file.type, 'content-length': String(file.body.length), ...(file.cors ? { 'access-control-allow-origin': '*' } : {}) });
    res.end(file.body);
    return true;
  });
  browser = await launchWithExtension();
  browser.context.on('request', (r) => requests.push(r.url()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** chrome.storage.local as the service worker sees it (the function runs there). */
type WorkerGlobal = { chrome: { storage: { local: { set(v: object): Promise<void>; remove(key: string): Promise<void> } } } };

interface ReaderHandle {
  stats: { mentions: number; painted: number } | undefined;
  pages: number;
  textLayers: number;
  allTextAt: number | null;
}

const readerUrl = (path: string) => `chrome-extension://${browser.extensionId}/pdf.html?src=${encodeURIComponent(server.origin + path)}`;
const handle = (page: Page) => page.evaluate(() => (globalThis as { __silklensPdfTest?: ReaderHandle }).__silklensPdfTest ?? null);
const status = (page: Page) => page.locator('.reader-status').textContent();

async function openReader(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
  await page.goto(readerUrl(path));
  return page;
}

/** The card's text (its shadow root is closed; the test build's handle reaches it). */
const cardText = (page: Page) =>
  page.evaluate(() => {
    const h = (globalThis as { __silklensPdfTest?: { cardRoot(): ShadowRoot | null } }).__silklensPdfTest;
    const root = h?.cardRoot();
    const host = root?.host as HTMLElement | undefined;
    return host && host.isConnected && host.style.getPropertyValue('display') !== 'none' ? (root!.textContent ?? '') : null;
  });

/** Scroll the text layer span holding `text` into view and rest the pointer on it. */
async function hoverPdfText(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((t) => {
    for (const span of document.querySelectorAll('.textLayer span')) {
      const node = span.firstChild;
      const i = node?.textContent?.indexOf(t) ?? -1;
      if (!node || i < 0) continue;
      span.scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + t.length);
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`"${text}" is in no text layer span`);
  await page.mouse.move(0, 0);
  await page.mouse.move(point.x, point.y, { steps: 2 });
}

/** Which page's text layer holds a painted range over `text`. */
const pageOfHighlight = (page: Page, text: string) =>
  page.evaluate((t) => {
    const h = (globalThis as unknown as { __silklensPdfTest?: { painted(): AbstractRange[] } }).__silklensPdfTest?.painted();
    for (const r of h ?? []) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (live.toString() === t) return Number(r.startContainer.parentElement?.closest<HTMLElement>('.pdf-page')?.dataset.page);
    }
    return null;
  }, text);

describe('the PDF reader', () => {
  let page: Page;

  it('shows the address and downloads nothing until the reader asks', async () => {
    page = await openReader('/Kazakhstan/report.pdf');
    await page.getByRole('button', { name: 'Load this PDF' }).waitFor();
    expect(await page.locator('.reader-src').textContent(), 'the address is shown').toBe(`${server.origin}/Kazakhstan/report.pdf`);
    await page.waitForTimeout(500);
    expect(requests.filter((u) => u.includes('/report.pdf')), 'no download before the click').toEqual([]);
  });

  it('underlines names on page 1 and on a later page, in English and in Russian case forms', async () => {
    await page.getByRole('button', { name: 'Load this PDF' }).click();
    await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^6 pages\./);
    for (const [text, onPage] of [
      ['Kassym-Jomart Tokayev', 1],
      ['Sadyr Japarov', 1],
      ['Токаеву', 1],
      ['Bolot Temirov', 4],
      ['Kazakhstan', 4],
      ['Казахстане', 4],
      ['Токаеве', 4],
    ] as const) {
      await expect.poll(() => highlightedTexts(page), { timeout: 15_000, message: `"${text}" is underlined` }).toContain(text);
      expect(await pageOfHighlight(page, text), `"${text}" is underlined on page ${onPage}`).toBe(onPage);
    }
    const outside = await page.evaluate(() => {
      const h = (globalThis as unknown as { __silklensPdfTest?: { painted(): AbstractRange[] } }).__silklensPdfTest?.painted();
      return [...(h ?? [])].filter((r) => !r.startContainer.parentElement?.closest('.textLayer')).length;
    });
    expect(outside, 'the reader’s own bar (the address, the status) is never underlined').toBe(0);
  });

  it('joins a word pdf.js split into spans (a ligature) into one word', async () => {
    const joined = await page.evaluate(() => {
      const layer = document.querySelector('.pdf-page[data-page="1"] .textLayer')!;
      return { spans: [...layer.querySelectorAll('span')].map((s) => s.textContent), text: layer.textContent };
    });
    // Chromium prints "fi" as a ligature glyph: pdf.js gives it a span of its own.
    expect(joined.spans, 'the heading is split over spans').not.toContain('Regional briefing');
    expect(joined.text, 'the page model reads the spans as one run').toContain('Regional briefing');
  });

  it('finds a name whose words pdf.js put on two lines (two spans with a line break between)', async () => {
    const across = await page.evaluate(() => {
      const h = (globalThis as unknown as { __silklensPdfTest?: { painted(): AbstractRange[] } }).__silklensPdfTest?.painted();
      return [...(h ?? [])]
        .filter((r) => r.startContainer !== r.endContainer)
        .map((r) => [r.startContainer.textContent!.slice(r.startOffset), r.endContainer.textContent!.slice(0, r.endOffset)]);
    });
    expect(across, 'one mention over both spans').toContainEqual(['Sadyr', 'Japarov']);
  });

  it('opens the card on hover, as on a web page', async () => {
    await hoverPdfText(page, 'Bolot Temirov');
    await expect.poll(() => cardText(page), { timeout: 10_000, message: 'the card opens on hover' }).toMatch(/Bolot Temirov/);
    expect(await cardText(page), 'the card carries numbered sources').toMatch(/\[1\]/);
  });

  it('walks mentions from the keyboard', async () => {
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    await page.locator('.reader-pages').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => cardText(page), { timeout: 10_000, message: 'the walk opens a card' }).not.toBeNull();
    const marked = () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('silklens-walk')?.size ?? 0);
    expect(await marked(), 'the walked mention is marked in the reader too').toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(marked, { timeout: 3000, message: 'closing the card removes the mark' }).toBe(0);
  });

  it('sends no request anywhere but the local server and the extension itself', () => {
    const outside = requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith(`chrome-extension://${browser.extensionId}/`));
    expect(outside, 'nothing else is fetched (no CDN, fonts or telemetry)').toEqual([]);
    expect(requests.some((u) => u.startsWith(`chrome-extension://${browser.extensionId}/`) && /pdf\.worker/.test(u)), 'the pdf.js worker comes from the extension').toBe(true);
  });

  it('runs under the extension page CSP: no eval, nothing blocked', () => {
    expect(consoleErrors.filter((e) => /Content Security Policy|EvalError|unsafe-eval/i.test(e)), 'no CSP violation').toEqual([]);
  });
});

describe('the popup on a reader tab', () => {
  it('lists what the reader found, exports the PDF’s address, and reveals a name in the reader', async () => {
    const reader = await openReader('/report.pdf');
    await reader.getByRole('button', { name: 'Load this PDF' }).click();
    await expect.poll(() => status(reader), { timeout: 20_000 }).toMatch(/^6 pages\./);
    await expect.poll(() => highlightedTexts(reader), { timeout: 15_000, message: 'page 4 is underlined' }).toContain('Bolot Temirov');
    const tabId = await reader.evaluate(async () => (await (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id?: number }> } } }).chrome.tabs.getCurrent()).id);
    expect(tabId, 'the reader tab has an id').toBeTypeOf('number');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.found .entity').first().waitFor({ timeout: 10_000 });
    const names = await popup.locator('.found .entity .name').allTextContents();
    for (const name of ['Kassym-Jomart Tokayev', 'Sadyr Japarov', 'Bolot Temirov']) expect(names.join('\n'), `the popup lists ${name}`).toContain(name);
    expect(await popup.getByRole('button', { name: 'Open in Silk Lens PDF reader' }).count(), 'no "open in the reader" offer inside the reader').toBe(0);

    const [file] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Save .md' }).click()]);
    const markdown = await readFile((await file.path())!, 'utf8');
    expect(markdown, 'the briefing carries the PDF’s address, not the reader page’s').toContain(`${server.origin}/report.pdf`);
    expect(markdown, 'the reader page’s address stays out of the briefing').not.toContain('pdf.html');
    expect(markdown, 'the briefing lists a name from page 4').toContain('Bolot Temirov');
    expect(markdown.split('\n')[0], 'the briefing is titled with the PDF’s file name (the printed fixture’s own title is an address)').toContain('report.pdf');

    expect(await reader.evaluate(() => scrollY), 'the reader starts at page 1').toBeLessThan(200);
    await popup.locator('.entity .name', { hasText: 'Bolot Temirov' }).click();
    await expect.poll(() => cardText(reader), { timeout: 10_000, message: 'the reveal opens the card in the reader' }).toMatch(/Bolot Temirov/);
    const onScreen = await reader.evaluate(() => {
      const r = document.querySelector('.pdf-page[data-page="4"]')!.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });
    expect(onScreen, 'the reader scrolled to page 4, where the first mention is').toBe(true);
    expect(await popup.locator('.note').count(), 'no "not on the page" note').toBe(0);
    await popup.close();
    await reader.close();
  });
});

describe('what the reader refuses, in words', () => {
  it.each([
    ['/missing.pdf', /Not found \(HTTP 404\)/, 'a 404'],
    ['/login.pdf', /did not return a PDF/, 'an HTML page served as the PDF'],
    ['/locked.pdf', /password-protected/, 'a password-protected PDF'],
    ['/broken.pdf', /damaged/, 'a damaged PDF'],
    ['/empty.pdf', /damaged/, 'a PDF without pages'],
    ['/huge.pdf', /200 MB, more than the reader’s limit of 100 MB/, 'a PDF over the size cap'],
  ])('%s → %s (%s)', async (path, message, _rule) => {
    const page = await openReader(path);
    await page.getByRole('button', { name: 'Load this PDF' }).click();
    await expect.poll(() => status(page), { timeout: 15_000 }).toMatch(message);
    expect(await page.locator('.pdf-page').count(), 'nothing is shown').toBe(0);
    await page.close();
  });

  it('a server that sends no CORS header is read without a prompt when the extension has site access', async () => {
    // Chromium counts the content script's <all_urls> match as host access; a user who
    // restricted site access gets the prompt instead (lib/pdf/download-flow.test.ts).
    const page = await openReader('/no-cors.pdf');
    await page.getByRole('button', { name: 'Load this PDF' }).click();
    await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^6 pages\./);
    await page.close();
  });

  it('opens at the linked page (#page=N)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/pdf.html?src=${encodeURIComponent(`${server.origin}/report.pdf#page=4`)}`);
    expect(await page.locator('.reader-src').textContent(), 'the fragment is not part of the download address').toBe(`${server.origin}/report.pdf`);
    await page.getByRole('button', { name: 'Load this PDF' }).click();
    await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^6 pages\./);
    const top = await page.evaluate(() => document.querySelector('.pdf-page[data-page="4"]')!.getBoundingClientRect().top);
    expect(Math.abs(top), 'page 4 starts at the top of the view').toBeLessThan(5);
    await page.close();
  });

  it('a file:// PDF is read where the browser allows file access (a missing file is named)', async () => {
    // Chromium gives an extension loaded with --load-extension file access; the
    // switch-off path (the reader says how to allow it) is not reachable here.
    const dir = mkdtempSync(join(tmpdir(), 'silklens-pdf-'));
    const file = join(dir, 'brief 2026.pdf');
    writeFileSync(file, served.get('/report.pdf')!.body);
    const page = await browser.context.newPage();
    try {
      await page.goto(`chrome-extension://${browser.extensionId}/pdf.html?src=${encodeURIComponent(pathToFileURL(file).href)}`);
      await page.getByRole('button', { name: 'Load this PDF' }).click();
      await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^6 pages\./);
      await expect.poll(() => highlightedTexts(page), { timeout: 15_000 }).toContain('Sadyr Japarov');
      await page.goto(`chrome-extension://${browser.extensionId}/pdf.html?src=${encodeURIComponent(pathToFileURL(join(dir, 'moved.pdf')).href)}`);
      await page.getByRole('button', { name: 'Load this PDF' }).click();
      await expect.poll(() => status(page), { timeout: 10_000 }).toMatch(/“moved\.pdf” could not be read/);
    } finally {
      await page.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a site the reader switched Silk Lens off on stays off in the reader', async () => {
    await browser.worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.storage.local.set({ disabledSites: ['127.0.0.1'] }));
    const page = await openReader('/report.pdf');
    try {
      await page.getByRole('button', { name: 'Load this PDF' }).click();
      await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/switched off for 127\.0\.0\.1/);
      await page.waitForTimeout(500);
      expect(await page.locator('.textLayer').count(), 'the PDF is still shown').toBeGreaterThan(0);
      expect(await highlightedTexts(page), 'nothing is underlined').toEqual([]);
      const tabId = await page.evaluate(async () => (await (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id?: number }> } } }).chrome.tabs.getCurrent()).id);
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.getByText('Silk Lens is switched off on this site.').waitFor({ timeout: 10_000 });
      expect(await popup.locator('.found .entity').count(), 'the popup lists nothing for a switched-off PDF').toBe(0);
      await popup.close();
    } finally {
      await browser.worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.storage.local.remove('disabledSites'));
      await page.close();
    }
  });

  it('a reader opened without an address offers the file picker', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/pdf.html`);
    expect(await status(page)).toMatch(/No PDF address was given/);
    expect(await page.getByRole('button', { name: 'Load this PDF' }).isVisible(), 'nothing to load').toBe(false);
    await page.locator('input[type=file]').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: served.get('/report.pdf')!.body });
    await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^6 pages\./);
    await expect.poll(() => highlightedTexts(page), { timeout: 15_000 }).toContain('Kassym-Jomart Tokayev');
    await page.close();
  });
});

describe('the reader in Russian', () => {
  it('speaks the browser’s language', async () => {
    const ru = await launchWithExtension({ lang: 'ru' });
    try {
      const page = await ru.context.newPage();
      await page.goto(`chrome-extension://${ru.extensionId}/pdf.html?src=${encodeURIComponent(`${server.origin}/missing.pdf`)}`);
      await page.getByRole('button', { name: 'Загрузить этот PDF' }).click();
      await expect.poll(() => status(page), { timeout: 15_000 }).toMatch(/Не найдено \(HTTP 404\)/);
      expect(await page.title(), 'the tab title too').toBe('Читалка PDF Silk Lens');
    } finally {
      await ru.close();
    }
  });
});

describe('a 50-page PDF', () => {
  it('is underlined throughout (time measured, not asserted)', async () => {
    const page = await openReader('/long.pdf');
    const started = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Load this PDF' }).click();
    let last = { mentions: -1, at: 0 };
    let first: number | null = null;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const h = await handle(page);
      const now = await page.evaluate(() => performance.now());
      const mentions = h?.stats?.mentions ?? 0;
      if (mentions !== last.mentions) last = { mentions, at: now };
      if (mentions > 0) first ??= now;
      if (h && h.pages === 50 && h.textLayers === 50 && now - last.at > 1500) break;
      if (Date.now() > deadline) throw new Error(`not done: ${JSON.stringify(h)}`);
      await page.waitForTimeout(50);
    }
    const h = (await handle(page))!;
    console.log(
      `50-page PDF (${(served.get('/long.pdf')!.body.length / 1024).toFixed(0)} KB): first underline ${(first! - started).toFixed(0)} ms after the click, all text layers ${(h.allTextAt! - started).toFixed(0)} ms, last mention painted ${(last.at - started).toFixed(0)} ms; ${h.stats!.mentions} mentions`,
    );
    expect(h.stats!.mentions, 'names on every page are found').toBeGreaterThanOrEqual(50 * 4);
    expect(await pageOfHighlight(page, 'Bolot Temirov'), 'the first later-page mention is on page 2').toBe(2);
    await page.close();
  });
});
