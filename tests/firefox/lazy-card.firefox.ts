/**
 * Firefox: the card UI is injected on demand (lib/background/card-ui-route.ts) into the
 * frame that asks, with no host permission beyond the content script's own sites (Firefox
 * counts its matches). A card opens in the top page and in a cross-origin frame; the
 * keyboard walk's page tools (entrypoints/page-tools.ts) arrive the same way; the
 * manifest declares nothing web-accessible.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from '../e2e/harness';
import { textPoint } from '../text-point';
import { FIREFOX_EXTENSION_DIR, launchFirefox, waitFor, type FirefoxWithExtension } from './harness';

let firefox: FirefoxWithExtension;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox: the card UI injected on demand', () => {
  it('declares no web-accessible resource and no host permission of its own', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.web_accessible_resources, 'nothing a page could load or probe').toBeUndefined();
    expect(manifest.host_permissions, 'Firefox injects into the content script’s own sites').toBeUndefined();
  });

  it('opens a card in a cross-origin frame', async () => {
    const page = await firefox.newPage();
    await page.goto(`${server.origin}/live-frames.html`);
    const crossOrigin = server.origin.replace('127.0.0.1', 'localhost');
    const frame = await waitFor(
      async () => page.frames().find((f) => f.url().startsWith(crossOrigin) && f.url().endsWith('live-frame-child.html')) ?? null,
      (f) => f !== null,
      15_000,
    );
    // Only the styled per-type highlights exist (no page-wide one): sum what they hold in the frame.
    const painted = () => frame!.evaluate(() => [...(CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights].reduce((n, [name, h]) => n + (name.startsWith('silklens-') ? h.size : 0), 0));
    await waitFor(painted, (n) => n >= 1, 15_000);
    const inner = await frame!.evaluate(textPoint, 'Mirziyoyev');
    const box = await page.evaluate(() => {
      const r = document.getElementById('cross')!.getBoundingClientRect();
      return { x: r.left, y: r.top };
    });
    expect(inner, 'the name is in the frame').not.toBeNull();
    await page.mouse.move(0, 0);
    await page.mouse.move(box.x + inner!.x, box.y + inner!.y);
    // While a card is shown its host is the frame document's one extra child of <html>.
    const hosts = () => frame!.evaluate(() => [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).length);
    expect(await waitFor(hosts, (n) => n === 1, 15_000), 'one card host in the frame').toBe(1);
    const topHosts = await page.evaluate(() => [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).length);
    expect(topHosts, 'the card is in the frame, not the top page').toBe(0);
    await page.close();
  });

  it('walks from the keyboard: the page tools are injected at the first press', async () => {
    const page = await firefox.newPage();
    await page.goto(`${server.origin}/card-today.html`);
    const painted = () => page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights].reduce((n, [name, h]) => n + (name.startsWith('silklens-') ? h.size : 0), 0));
    await waitFor(painted, (n) => n >= 1, 15_000);
    const hosts = () => page.evaluate(() => [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).length);
    expect(await hosts(), 'no card before the walk').toBe(0);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    expect(await waitFor(hosts, (n) => n === 1, 15_000), 'the walk opened a card (its host is the one extra child of <html>)').toBe(1);
    await page.close();
  });
});
