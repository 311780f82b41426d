/**
 * The page tools (the keyboard walk, the popup's summary and reveal) are a second stage the
 * background injects on demand into the asking frame's isolated world
 * (lib/content/page-tools-stage.ts, lib/background/card-ui-route.ts). Checked with the built
 * extension: not loaded before the first use, loaded once per frame, not web-accessible,
 * and a page whose stage cannot be had still underlines and still opens cards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { textPoint } from '../text-point';
import { EXTENSION_DIR, launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { cardText, inContentWorld, waitForCardText, waitForMentions, waitInContentWorld } from './content-world';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
  await new Promise((r) => setTimeout(r, 1500)); // the worker loads the bundled pack on install
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const requests = (page: Page) => inContentWorld<number>(page, 'globalThis.__silklensTest?.pageToolsRequests()');

/** Focus on the page, the pointer resting where no text is (a hover there opens nothing). */
async function focusPageAwayFromText(page: Page): Promise<void> {
  const { width, height } = page.viewportSize() ?? { width: 800, height: 600 };
  await page.mouse.click(width - 2, height - 2);
  await page.keyboard.press('Escape');
}

/** A page with mentions, its card UI preloaded (so a walk waits only for the page tools). */
async function openPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/card-today.html`);
  await waitForMentions(page, 1);
  await waitInContentWorld<boolean>(page, 'globalThis.__silklensTest?.cardUiLoaded()', (v) => v === true, 'the card UI preloaded', 10_000);
  return page;
}

describe('the page tools, injected on demand', () => {
  it('are no web-accessible resource and no declared content script', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { web_accessible_resources?: unknown; content_scripts: { js: string[] }[] };
    expect(manifest.web_accessible_resources, 'nothing is web-accessible').toBeUndefined();
    expect(manifest.content_scripts.flatMap((c) => c.js), 'the page tools are not a declared content script').not.toContain('page-tools.js');
  });

  it('are not loaded before the first use, then once for the frame: the walk steps from the keyboard', async () => {
    const page = await openPage();
    await page.waitForTimeout(2500); // past the card UI's idle preload: nothing else is fetched
    expect(await requests(page), 'underlined and cards ready, and no page tools yet').toBe(0);
    await focusPageAwayFromText(page);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    const first = await waitForCardText(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await waitForCardText(page);
    expect(first, 'the first press opened a card').toMatch(/\S/);
    expect(await requests(page), 'three walks, one load').toBe(1);
    await page.close();
  });

  it('a frame whose page tools cannot be had still underlines and opens cards on hover; the walk does nothing', async () => {
    const page = await openPage();
    // The stage's slot on the isolated world's global, made unwritable and undeletable: the
    // injected script cannot leave the tools there, so the load fails as a refused one would.
    await inContentWorld(page, "Object.defineProperty(globalThis, 'silklensPageTools', { value: null, writable: false, configurable: false }), true");
    await focusPageAwayFromText(page);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await waitInContentWorld<number>(page, 'globalThis.__silklensTest?.pageToolsRequests()', (n) => n >= 1, 'the page tools asked for', 5_000);
    await page.waitForTimeout(500);
    expect(await cardText(page), 'no page tools: the walk opens nothing').toBeNull();
    expect((await inContentWorld<AbstractRange[]>(page, 'globalThis.__silklensTest?.painted().length')) ?? 0, 'the page stays underlined').toBeGreaterThan(0);
    const p = await page.evaluate(textPoint, 'Kazakhstan');
    if (!p) throw new Error('no "Kazakhstan" on the page');
    await page.mouse.move(0, 0);
    await page.mouse.move(p.x, p.y);
    await waitForCardText(page, /Kazakhstan/, 5_000);
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await waitInContentWorld<number>(page, 'globalThis.__silklensTest?.pageToolsRequests()', (n) => n >= 2, 'a failed load is retried at the next use', 5_000);
    await page.close();
  });
});
