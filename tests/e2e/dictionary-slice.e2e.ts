/**
 * A page receives only the part of the dictionary its words can match, and grows it as
 * new text arrives: a name added later is underlined (its words were never sent before),
 * the page's matcher holds more forms afterwards, and every reply is counted in
 * bytesToPage (stats read through the isolated world, never page-visible).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightedTexts, launchWithExtension, serveFixtures, waitForHighlightedText, waitForHighlights, type ExtensionBrowser, type FixtureServer } from './harness';
import { pageStats } from './content-world';

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`${server.origin}/briefing.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('dictionary slices in the browser', () => {
  it('gets a small slice for the page, and grows it for a name that appears later', async () => {
    await waitForHighlights(page, 5);
    const before = await pageStats(page);
    expect(before?.dictForms, 'the page matcher holds forms').toBeGreaterThan(0);
    expect(before?.bytesToPage, 'the replies the page received are counted').toBeGreaterThan(0);
    expect(before?.bytesToPage, 'far less than the whole dictionary (231 kB for the bundled pack)').toBeLessThan(150_000);
    expect(await highlightedTexts(page), 'a name not on the page yet is not underlined').not.toContain('Shavkat Mirziyoyev');

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later that day Shavkat Mirziyoyev arrived in Tashkent.';
      document.body.append(p);
    });
    await waitForHighlightedText(page, 'Shavkat Mirziyoyev');
    const after = await pageStats(page);
    expect(after!.dictForms, 'the matcher grew with the new words').toBeGreaterThan(before!.dictForms);
    expect(after!.bytesToPage, 'the new slice is counted too').toBeGreaterThan(before!.bytesToPage);
  });
});
