/**
 * The card UI is not in the content script: the background injects it on demand into the
 * asking frame's isolated world (lib/content/lazy-card.ts, lib/background/card-ui-route.ts).
 * Checked here with the built extension: it arrives ahead of the first hover on a page
 * with mentions, never on a page without, and a card opens in a cross-origin frame too.
 * What a page can see does not change (no web-accessible resource: the manifest check).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { textPoint } from '../text-point';
import { EXTENSION_DIR, launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { inContentWorld, waitForCardText, waitForMentions, waitInContentWorld } from './content-world';

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

/** The centre of the first occurrence of `word` in a frame's document, in that frame's viewport. */
async function pointOf(target: Page | Frame, word: string): Promise<{ x: number; y: number }> {
  const point = await target.evaluate(textPoint, word);
  if (!point) throw new Error(`no "${word}" in the frame`);
  return point;
}

describe('the card UI, injected on demand', () => {
  it('is no web-accessible resource: no page can load or probe it', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { web_accessible_resources?: unknown; content_scripts: { js: string[] }[] };
    expect(manifest.web_accessible_resources, 'nothing is web-accessible').toBeUndefined();
    expect(manifest.content_scripts.flatMap((c) => c.js), 'the card UI is not a declared content script').not.toContain('card.js');
  });

  it('arrives at idle on a page with mentions, before any hover, and the first hover opens a card', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/card-today.html`);
    await waitForMentions(page, 1);
    await waitInContentWorld<boolean>(page, 'globalThis.__silklensTest?.cardUiLoaded()', (v) => v === true, 'the card UI preloaded', 10_000);
    const p = await pointOf(page, 'Kazakhstan');
    await page.mouse.move(0, 0);
    await page.mouse.move(p.x, p.y);
    await waitForCardText(page, /Kazakhstan/, 5_000);
    await page.close();
  });

  it('is not fetched on a page without mentions', async () => {
    const page = await browser.context.newPage();
    server.page('/no-mentions.html', '<!doctype html><html lang="en"><body><p>Weather: sunny, light wind from the west.</p></body></html>');
    await page.goto(`${server.origin}/no-mentions.html`);
    // The content script is there and has scanned (its stats exist), and found nothing.
    await waitInContentWorld<number>(page, 'globalThis.__silklensTest?.stats.fullScans', (n) => n >= 1, 'the first scan', 10_000);
    await page.waitForTimeout(2500); // longer than the idle preload's own timeout
    expect(await inContentWorld<boolean>(page, 'globalThis.__silklensTest?.cardUiLoaded()'), 'no mentions, no card UI').toBe(false);
    await page.close();
  });

  it('opens a card in a cross-origin frame (the UI goes into that frame)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/live-frames.html`);
    const cross = await (async () => {
      for (let i = 0; i < 100; i++) {
        const f = page.frames().find((fr) => fr.url().startsWith(server.origin.replace('127.0.0.1', 'localhost')) && fr.url().endsWith('live-frame-child.html'));
        if (f) return f;
        await page.waitForTimeout(100);
      }
      throw new Error('the cross-origin frame did not load');
    })();
    // Only the styled per-type highlights exist (no page-wide one): any of them underlined in the frame.
    await cross.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights].some(([name, h]) => name.startsWith('silklens-') && h.size >= 1), null, { timeout: 10_000 });
    const inner = await pointOf(cross, 'Mirziyoyev');
    const box = await (await page.$('#cross'))!.boundingBox();
    await page.mouse.move(0, 0);
    await page.mouse.move(box!.x + inner.x, box!.y + inner.y);
    // The card host is a top-layer popover in the frame's own document while a card is shown.
    await cross.waitForFunction(() => document.querySelectorAll(':popover-open').length === 1, null, { timeout: 10_000 });
    expect(await page.evaluate(() => document.querySelectorAll(':popover-open').length), 'the card is in the frame, not the top page').toBe(0);
    await page.close();
  });
});
