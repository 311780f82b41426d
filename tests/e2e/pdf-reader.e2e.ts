import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { printPdf, reportHtml } from './pdf-fixture';

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
const requests: string[] = [];
let pdf: Buffer;

beforeAll(async () => {
  pdf = await printPdf(reportHtml(6, 4));
  server = await serveFixtures();
  server.route((req, res) => {
    if (!req.url?.startsWith('/report.pdf')) return false;
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(pdf.length), 'access-control-allow-origin': '*' });
    res.end(pdf);
    return true;
  });
  browser = await launchWithExtension();
  browser.context.on('request', (r) => requests.push(r.url()));
  page = await browser.context.newPage();
  page.on('console', (m) => console.log('[page]', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('[pageerror]', e.message));
  page.on('worker', (w) => console.log('[worker]', w.url()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('explore', () => {
  it('loads', async () => {
    const src = `${server.origin}/report.pdf`;
    await page.goto(`chrome-extension://${browser.extensionId}/pdf.html?src=${encodeURIComponent(src)}`);
    await page.getByRole('button', { name: 'Load this PDF' }).click();
    await page.waitForTimeout(5000);
    console.log(await page.locator('.reader-status').textContent());
    console.log(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)));
    console.log(await page.evaluate(() => [...document.querySelectorAll('.textLayer')].slice(0, 1).map((l) => l.innerHTML.slice(0, 3000))));
    console.log(await page.evaluate(() => JSON.stringify((globalThis as any).__silklensPdfTest)));
    await page.screenshot({ path: '/tmp/r2-shot.png' });
    console.log(requests.filter((u) => !u.startsWith('chrome-extension://')));
  });
});
