/**
 * Dense pages (issue 12, item 5): by default ("automatic") a page with more than
 * DENSE_PAGE_MENTIONS mentions underlines only the first mention of each entity; the
 * others stay reachable by the keyboard walk; "every mention" and "first only" switch
 * open pages at once. The page is generated: 64 paragraphs, four mentions each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightedTexts, launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { cardRect, pageStats, waitForCardText, waitForMentionCount } from './content-world';
import { DENSE_PAGE_MENTIONS } from '../../lib/settings/display';

let browser: ExtensionBrowser;
let server: FixtureServer;

const PARAGRAPHS = 64;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Regional digest</title>
<style>body { font: 16px/1.5 sans-serif; margin: 0 24px; } p { margin: 0 0 40px; }</style></head><body>
${Array.from({ length: PARAGRAPHS }, (_, i) => `<p id="p${i}">Item ${i}: Kazakhstan and Uzbekistan agreed on water quotas; President Kassym-Jomart Tokayev spoke about Tajikistan.</p>`).join('\n')}
</body></html>`;
const MENTIONS = PARAGRAPHS * 4;
const ENTITIES = 4;

beforeAll(async () => {
  server = await serveFixtures();
  server.route((req, res) => {
    if (!req.url?.startsWith('/dense.html')) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    return true;
  });
  browser = await launchWithExtension();
  await new Promise((r) => setTimeout(r, 1500)); // the worker loads the bundled pack on install
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function chooseFirstMention(mode: 'auto' | 'always' | 'never'): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html?tab=settings`);
  await options.locator(`input[name="first-only"][value="${mode}"]`).check();
  await options.close();
}

async function openDense(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/dense.html`);
  // Wait for the whole page to be scanned: every mention found.
  await expect.poll(async () => (await pageStats(page))?.mentions, { message: 'every mention found', timeout: 20_000 }).toBe(MENTIONS);
  return page;
}

describe('dense pages', () => {
  it(`underlines one mention per entity by default on a page with more than ${DENSE_PAGE_MENTIONS} mentions; the setting switches open pages`, async () => {
    expect(MENTIONS, 'the generated page is dense').toBeGreaterThan(DENSE_PAGE_MENTIONS);
    const page = await openDense();
    const auto = await waitForMentionCount(page, (n) => n === ENTITIES, `${ENTITIES} underlines`);
    const texts = await highlightedTexts(page);
    expect(texts, 'the first mention of each entity, in document order').toEqual(['Kazakhstan', 'Uzbekistan', 'Kassym-Jomart Tokayev', 'Tajikistan']);
    await chooseFirstMention('never');
    const never = await waitForMentionCount(page, (n) => n === MENTIONS, `all ${MENTIONS} underlined`);
    await chooseFirstMention('auto');
    await waitForMentionCount(page, (n) => n === ENTITIES, `${ENTITIES} underlines again`);
    console.log(`[dense-page] ${MENTIONS} mentions: automatic underlines ${auto}, every-mention ${never}`);
    await page.close();
  });

  it('the keyboard walk reaches mentions that are not underlined', async () => {
    const page = await openDense();
    await waitForMentionCount(page, (n) => n === ENTITIES, `${ENTITIES} underlines`);
    await page.bringToFront();
    // Mention 41 is the first of paragraph 10 (four per paragraph): not underlined.
    for (let i = 0; i < 41; i++) await page.keyboard.press('Alt+Shift+ArrowRight');
    await waitForCardText(page, /Kazakhstan/, 5000);
    const para = await page.evaluate(() => {
      const r = document.getElementById('p10')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, inView: r.top >= 0 && r.bottom <= innerHeight };
    });
    expect(para.inView, 'the walk scrolled paragraph 10 into view').toBe(true);
    const card = await cardRect(page, '.card');
    expect(card, 'a card is open').not.toBeNull();
    expect(card!.y, 'the card sits under the walked-to mention in paragraph 10').toBeGreaterThan(para.top);
    expect(card!.y, 'just below its line').toBeLessThan(para.bottom + 40);
    // The walked mention has no underline: it is marked while its card is open.
    const walkMark = () =>
      page.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('silklens-walk');
        return [...(h ?? [])].map((r) => ({ text: r.startContainer.textContent!.slice(r.startOffset, r.endOffset), in: r.startContainer.parentElement?.id }));
      });
    expect(await walkMark(), 'the walked mention (paragraph 10’s Kazakhstan) is marked').toEqual([{ text: 'Kazakhstan', in: 'p10' }]);
    const styled = await page.evaluate(() => getComputedStyle(document.getElementById('p10')!, '::highlight(silklens-walk)').backgroundColor);
    expect(styled, 'the mark has a visible background').not.toMatch(/^(rgba\(0, 0, 0, 0\)|transparent)$/);
    await page.keyboard.press('Escape');
    await expect.poll(walkMark, { message: 'closing the card removes the mark', timeout: 3000 }).toEqual([]);
    console.log(`[dense-page] walk mark background: ${styled}`);
    await page.close();
  });
});
