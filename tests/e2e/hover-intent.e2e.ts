/**
 * Hover intent and a card that follows its mention (issue 12, item 1), in Chromium with
 * the built extension: sweeping the pointer across a line of names opens no card; resting
 * on one opens it after the delay; the card moves with its name when the page scrolls and
 * closes when the name scrolls out of view; the Settings tab's delay applies at once.
 * Timings are only asserted in the direction a bug would break (never "fast enough").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightRect, launchWithExtension, serveFixtures, waitForHighlightedText, type ExtensionBrowser, type FixtureServer } from './harness';
import { cardRect, cardText, inContentWorld, pageStats, waitForCardText } from './content-world';

let browser: ExtensionBrowser;
let server: FixtureServer;

const NAMES = ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev', 'Sadyr Japarov', 'Emomali Rahmon'];
/** One line of names near the top, and enough text below to scroll. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Leaders</title>
<style>body { font: 18px/1.6 sans-serif; margin: 0 24px; } #line { margin-top: 320px; white-space: nowrap; } .filler { height: 3000px; }</style></head>
<body><p id="line">${NAMES.join(', ')} met in Astana.</p><div class="filler"><p>Nothing else happened.</p></div></body></html>`;

beforeAll(async () => {
  server = await serveFixtures();
  server.page('/intent.html', PAGE);
  browser = await launchWithExtension();
  await new Promise((r) => setTimeout(r, 1500)); // the worker loads the bundled pack on install
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/intent.html`);
  for (const name of NAMES) await waitForHighlightedText(page, name);
  return page;
}

async function centre(page: Page, text: string): Promise<{ x: number; y: number }> {
  const r = await highlightRect(page, text);
  if (!r) throw new Error(`"${text}" is not underlined`);
  return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
}

/** Move onto `text` and poll (every ~10 ms) until its card is open; ms from just before the move. */
async function restOn(page: Page, text: string, pattern: RegExp): Promise<number> {
  const { x, y } = await centre(page, text);
  await page.mouse.move(x, y - 40); // approach from the blank line above
  const began = Date.now();
  await page.mouse.move(x, y);
  for (;;) {
    const t = await cardText(page);
    if (t !== null && pattern.test(t)) return Date.now() - began;
    if (Date.now() - began > 10_000) throw new Error(`no card for ${text}; last: ${t}`);
    await page.waitForTimeout(10);
  }
}

async function setHoverDelay(ms: number): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html?tab=settings`);
  const input = options.locator('input[name="hover-delay"]');
  await input.fill(String(ms));
  await input.press('Enter');
  await input.blur();
  type Storage = { chrome: { storage: { local: { get(key: string): Promise<{ display?: { hoverDelayMs?: number } }> } } } };
  const stored = () => options.evaluate(() => (globalThis as unknown as Storage).chrome.storage.local.get('display').then((r) => r.display?.hoverDelayMs));
  await expect.poll(stored, { message: 'the delay is saved', timeout: 5000 }).toBe(ms);
  await options.close();
}

describe('hover intent', () => {
  it('sweeping the pointer across a line of names opens no card', async () => {
    const page = await openPage();
    const first = await highlightRect(page, NAMES[0]!);
    const last = await highlightRect(page, NAMES.at(-1)!);
    const y = (first!.top + first!.bottom) / 2;
    await page.mouse.move(first!.left - 30, y);
    // 40 px per move, each move a DevTools round trip (a few ms): a quick sweep across the line.
    for (let x = first!.left - 30; x <= last!.right + 30; x += 40) await page.mouse.move(x, y);
    await page.mouse.move(last!.right + 30, y + 200); // off the text
    await page.waitForTimeout(800);
    expect(await cardText(page), 'no card after the sweep').toBeNull();
    expect((await pageStats(page))?.hoverToCardMs, 'and none opened on the way (no hover card was ever drawn)').toBe(0);
    await page.close();
  });

  it('resting on a name opens its card only after the delay (300 ms by default)', async () => {
    const page = await openPage();
    const ms = await restOn(page, 'Shavkat Mirziyoyev', /Mirziyoyev/);
    console.log(`[hover-intent] default delay 300 ms: card on screen ${ms} ms after the pointer came to rest`);
    expect(ms, 'the card waited for the pointer to rest 300 ms').toBeGreaterThanOrEqual(300);
    await page.close();
  });

  it('the card follows its name when the page scrolls and closes when the name scrolls out of view', async () => {
    const page = await openPage();
    await restOn(page, 'Sadyr Japarov', /Japarov/);
    const gap = async () => {
      const card = await cardRect(page, '.card');
      const name = await highlightRect(page, 'Sadyr Japarov');
      return card && name ? { dy: Math.round(card.y - name.bottom), dx: Math.round(card.x - name.left), top: card.y } : null;
    };
    const before = await gap();
    expect(before, 'a card under its name').not.toBeNull();
    await page.evaluate(() => window.scrollBy(0, 120));
    await expect.poll(async () => (await gap())?.top, { message: 'the card moved up with the page', timeout: 3000 }).toBeLessThan(before!.top - 100);
    const after = await gap();
    expect(after?.dy, 'still the same distance below its name').toBe(before!.dy);
    expect(after?.dx, 'and aligned with it').toBe(before!.dx);
    await page.evaluate(() => window.scrollBy(0, 600)); // the name is now above the viewport
    await expect.poll(() => cardText(page), { message: 'the card closed with its name out of view', timeout: 3000 }).toBeNull();
    await page.close();
  });

  it('the Settings tab\'s delay applies to open pages at once: 1,000 ms waits, 0 opens at once', async () => {
    const page = await openPage();
    await setHoverDelay(1000);
    const slow = await restOn(page, 'Emomali Rahmon', /Rahmon/);
    await page.mouse.move(5, 5);
    await expect.poll(() => cardText(page), { message: 'leaving name and card closes it', timeout: 3000 }).toBeNull();
    await setHoverDelay(0);
    const fast = await restOn(page, 'Kassym-Jomart Tokayev', /Tokayev/);
    console.log(`[hover-intent] delay 1000 ms: card after ${slow} ms; delay 0: card after ${fast} ms`);
    expect(slow, 'a 1,000 ms delay is honoured').toBeGreaterThanOrEqual(1000);
    expect(fast, 'a 0 ms delay does not wait for the 1,000 ms setting').toBeLessThan(1000);
    await setHoverDelay(300);
    await page.close();
  });

  it('keyboard focus still opens at once, whatever the delay', async () => {
    const page = await openPage();
    await page.bringToFront();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    const text = await waitForCardText(page, /Tokayev/, 5000);
    expect(text, 'the walk opens the first name without a hover delay').toContain('Tokayev');
    expect(await inContentWorld<boolean>(page, "globalThis.__silklensTest?.cardRoot()?.activeElement != null"), 'focus is in the card').toBe(true);
    await page.close();
  });
});
