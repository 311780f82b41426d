/**
 * Nearness by group ends (lib/dom/nearness-groups.ts, issue 14 point 5): the painter styles
 * only blocks near the viewport and the browser watches only the first and last block of
 * each group of siblings. Whatever the reader does — jump far down, jump back, land in a
 * multi-column section, on blocks placed out of document order, in a paragraph taller than
 * the screen — every mention on screen must be underlined once the observer has reported,
 * and far-away blocks must still stay unstyled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { pageStats } from './content-world';

let browser: ExtensionBrowser;
let server: FixtureServer;

const LINE = 'Kazakhstan signed the agreement on water quotas after a long night of talks.';
const para = (i: number) => `<p id="p${i}">${i}. ${LINE}</p>`;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Nearness</title>
<style>body { font: 16px/1.5 sans-serif; margin: 0 24px; } p { margin: 0 0 24px; }
#cols { column-count: 3; } #tall { font-size: 16px; } .abs { position: absolute; left: 40px; width: 600px; background: #fff; }</style></head><body>
<article id="a1">${Array.from({ length: 300 }, (_, i) => para(i)).join('\n')}</article>
<div id="cols">${Array.from({ length: 60 }, (_, i) => para(300 + i)).join('\n')}</div>
<article id="a2"><p id="tall">${Array.from({ length: 120 }, () => LINE).join(' ')}</p>${Array.from({ length: 200 }, (_, i) => para(360 + i)).join('\n')}</article>
${[1500, 9000, 16000].map((top, i) => `<p class="abs" id="abs${i}" style="top:${top}px">Placed out of order: ${LINE}</p>`).join('\n')}
</body></html>`;
const MENTIONS = 300 + 60 + 120 + 200 + 3;

beforeAll(async () => {
  server = await serveFixtures();
  server.page('/nearness.html', PAGE);
  browser = await launchWithExtension();
  await new Promise((r) => setTimeout(r, 1500)); // the worker loads the bundled pack on install
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html?tab=settings`);
  await options.locator('input[name="first-only"][value="never"]').check();
  await options.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Mentions of "Kazakhstan" whose text lies in the viewport, and how many of them are styled; all styled ranges. */
function onScreen(): { visible: number; styledVisible: number; styled: number; far: number } {
  const styled = new Set<string>();
  let total = 0;
  /** Styled ranges farther than a widened viewport plus a whole group (3.5 screens) from the screen. */
  let far = 0;
  for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights) {
    if (!name.startsWith('silklens-') || name === 'silklens-walk') continue;
    for (const r of h) {
      total++;
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const box = live.getBoundingClientRect();
      if (box.height > 0 && (box.bottom < -3.5 * innerHeight || box.top > 4.5 * innerHeight)) far++;
      const host = (r.startContainer.parentElement as HTMLElement | null)?.id ?? '';
      styled.add(`${host}:${r.startOffset}`);
    }
  }
  let visible = 0;
  let styledVisible = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent ?? '';
    let at = text.indexOf('Kazakhstan');
    while (at >= 0) {
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 'Kazakhstan'.length);
      const rect = range.getBoundingClientRect();
      if (rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth) {
        visible++;
        const host = n.parentElement?.id ?? '';
        if (styled.has(`${host}:${at}`)) styledVisible++;
      }
      at = text.indexOf('Kazakhstan', at + 1);
    }
  }
  return { visible, styledVisible, styled: total, far };
}

async function jumpTo(page: Page, y: number): Promise<ReturnType<typeof onScreen>> {
  await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
  // The observer reports in a task after the next frame; give it a few.
  await page.waitForTimeout(400);
  return page.evaluate(onScreen);
}

describe('nearness by group ends', () => {
  it('every mention on screen is underlined after any jump, in flow, in columns, out of order and in a tall paragraph; far blocks stay unstyled', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${server.origin}/nearness.html`);
    await expect.poll(async () => (await pageStats(page))?.mentions, { message: 'every mention found', timeout: 20_000 }).toBe(MENTIONS);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const tallTop = await page.evaluate(() => document.getElementById('tall')!.getBoundingClientRect().top + scrollY);
    const colsTop = await page.evaluate(() => document.getElementById('cols')!.getBoundingClientRect().top + scrollY);
    // Far jumps both ways, then into each odd layout, then back to the top.
    const stops = [0, height - 700, 300, Math.round(height / 2), 1300, 8800, 15800, colsTop, tallTop + 400, height - 700, 0];
    let most = 0;
    for (const y of stops) {
      const seen = await jumpTo(page, y);
      expect(seen.visible, `mentions are on screen at y=${y}`).toBeGreaterThan(0);
      expect(seen.styledVisible, `every mention on screen at y=${y} is underlined`).toBe(seen.visible);
      // A jump carries some group ends from below the widened viewport to above it unreported: their groups must still go far.
      expect(seen.far, `no block far from the screen stays styled after the jump to y=${y}`).toBe(0);
      most = Math.max(most, seen.styled);
    }
    expect(most, 'styled ranges stay a fraction of the page: far blocks are not styled').toBeLessThan(MENTIONS / 3);
    console.log(`[nearness] ${MENTIONS} mentions, page ${height} px: at most ${most} styled at once over ${stops.length} jumps`);
    await page.close();
  });
});
