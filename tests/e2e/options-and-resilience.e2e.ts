/**
 * The options page search (fuzzy, across scripts and spellings), ambiguous surnames
 * in a real page, and a hover that still works after the service worker was stopped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightedTexts, hoverCard, hoverText, waitForHighlightedText, launchWithExtension, serveFixtures, waitForHighlights, type ExtensionBrowser, type FixtureServer } from './harness';
import { cardRect, inContentWorld, pageStats, waitForCardText, waitForMentionCount } from './content-world';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('options page search', () => {
  it.each(['tokaev', 'Токаев', 'tokayev'])('"%s" finds Kassym-Jomart Tokayev first and opens all his facts and sources', async (query) => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByLabel('Search entities').fill(query);
    const first = page.locator('.result').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('Kassym-Jomart Tokayev');
    await first.click();
    const detail = page.locator('.detail');
    await detail.waitFor();
    expect(await detail.locator('h2').textContent()).toBe('Kassym-Jomart Tokayev');
    expect(await detail.locator('.facts li').count()).toBeGreaterThanOrEqual(3);
    expect(await detail.locator('.sources li').count()).toBeGreaterThanOrEqual(1);
    await page.close();
  });
});

describe('ambiguous surnames on a page', () => {
  it('lists the candidates when the page does not say which Japarov', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/ambiguous.html`);
    await waitForHighlights(page, 1);
    const text = await hoverCard(page, 'Japarov');
    expect(text).toMatch(/may refer to/);
    expect(text).toContain('Sadyr Japarov');
    expect(text).toContain('Akylbek Japarov');
    await page.close();
  });

  it('resolves the surname from the full name elsewhere on the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/resolved.html`);
    await waitForHighlights(page, 2);
    const text = await hoverCard(page, 'Japarov took');
    expect(text).not.toMatch(/may refer to/);
    expect(text).toContain('Sadyr Japarov');
    await page.close();
  });
});

describe('a sleeping service worker', () => {
  it('still shows the card promptly after the worker was stopped', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/briefing.html`);
    await waitForHighlights(page, 5);
    await page.waitForTimeout(300); // let the card prefetch land
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const started = Date.now();
    await hoverText(page, 'Bolot Temirov');
    await waitForCardText(page, /Bolot Temirov/);
    console.log(`card after stopping the service worker: ${Date.now() - started} ms (cards are prefetched into the page)`);
    await page.close();
  });
});

describe('a busy, hostile page', () => {
  it('highlights text added later while the page keeps changing, and page CSS cannot hide the card', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/hostile.html`);
    await waitForHighlightedText(page, 'Shavkat Mirziyoyev');
    await hoverCard(page, 'Shavkat Mirziyoyev');
    const style = await inContentWorld<{ display: string; opacity: string; visibility: string }>(page, `(() => {
      const s = getComputedStyle(globalThis.__silklensTest.cardRoot().host);
      return { display: s.display, opacity: s.opacity, visibility: s.visibility };
    })()`);
    expect(style, 'page CSS aimed at anything injected does not hide the card').toEqual({ display: 'block', opacity: '1', visibility: 'visible' });
    const rect = await cardRect(page, '.card');
    expect(rect && rect.width > 100 && rect.height > 40, 'the card has a real box on screen').toBe(true);
    await page.close();
  });
});

describe('titles resolve by the page date', () => {
  it('opens the card of whoever held the office on the page date, and says so', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/titles.html`);
    await waitForHighlights(page, 1);
    const text = await hoverCard(page, 'Kazakh president');
    expect(text, 'in June 2015 the Kazakh president was Nazarbayev').toContain('Nursultan Nazarbayev');
    expect(text).toMatch(/“Kazakh president” on 1 Jun 2015/);
    await page.close();
  });
});

describe('display settings', () => {
  it('first-mention-only and a switched-off type repaint open pages at once', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/briefing.html`);
    await waitForHighlights(page, 5);
    // The count to compare against is the settled one: the screen's blocks are painted
    // first and the rest of the page a frame later, so an early read can be mid-growth.
    const before = await settledPaintCount(page);
    const countries = async () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('silklens-country')?.size ?? 0);
    expect(await countries()).toBeGreaterThan(0);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html?tab=settings`);
    await options.locator('input[name="type-country"]').uncheck();
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('silklens-country')?.size === 0);
    await options.locator('input[name="first-only"][value="always"]').check();
    await waitForMentionCount(page, (n) => n < before, `fewer than ${before} mentions`);
    const texts = await highlightedTexts(page);
    expect(texts.filter((t) => /Tokayev|Токаев/.test(t)), 'Tokayev is underlined once').toHaveLength(1);

    // Back to the defaults for the other tests.
    await options.locator('input[name="type-country"]').check();
    await options.locator('input[name="first-only"][value="auto"]').check();
    await waitForMentionCount(page, (n) => n === before, `${before} mentions again`);
    await options.close();
    await page.close();
  });
});

/** PageStats.painted once two reads 300 ms apart agree (the first scan has settled). */
async function settledPaintCount(page: Page): Promise<number> {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const now = (await pageStats(page))?.painted ?? -1;
    if (now >= 0 && now === last) return now;
    last = now;
    await page.waitForTimeout(300);
  }
  throw new Error(`the painted count never settled (last ${last})`);
}
