/**
 * The background's door, in a real Chromium: the content script of a web page may ask
 * for the dictionary and cards, and nothing else; a write from it is refused and changes
 * nothing. Run inside the content script's own isolated world (CDP), with the sender
 * fields Chrome itself fills in, which the unit tests of lib/background/router.ts can
 * only imitate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, waitForHighlights, type ExtensionBrowser, type FixtureServer, TEST_CSV_HEADER } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let cdp: CDPSession;
let contentWorld = 0;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  cdp = await browser.context.newCDPSession(page);
  const worlds: { id: number; origin: string; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  await page.goto(`${server.origin}/briefing.html`);
  await waitForHighlights(page, 1);
  const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.includes(browser.extensionId));
  if (!world) throw new Error(`no isolated world of the extension among ${JSON.stringify(worlds.map((w) => [w.name, w.origin, w.auxData]))}`);
  contentWorld = world.id;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Send a message the way @webext-core/messaging does, from the content script's world. */
async function fromContentScript(type: string, data: unknown): Promise<{ res?: { ok: boolean; error?: string } }> {
  const expression = `new Promise((resolve) => chrome.runtime.sendMessage({ id: 1, type: ${JSON.stringify(type)}, data: ${JSON.stringify(data)}, timestamp: Date.now() }, resolve))`;
  const r = await cdp.send('Runtime.evaluate', { expression, contextId: contentWorld, awaitPromise: true, returnByValue: true });
  return r.result.value as { res?: { ok: boolean; error?: string } };
}

describe('a content script at the background’s door', () => {
  it('gets the dictionary', async () => {
    const r = await fromContentScript('getDictionary', {});
    expect(r.res?.ok, 'content scripts may read the dictionary').toBe(true);
  });

  it.each([
    ['saveEdits', { changes: { put: [{ id: 'hide:kazakhstan', entityId: 'kazakhstan', created: '2026-12-03T00:00:00.000Z', kind: 'hide-entity' }], remove: [] } }],
    ['subscribeFeed', { url: 'https://evil.example/feed.json' }],
    ['setFeedInterval', { url: 'https://evil.example/feed.json', intervalHours: 1 }],
    ['backup', {}],
    ['getEntity', { id: 'kassym-jomart-tokayev' }],
  ])('is refused %s', async (type, data) => {
    const r = await fromContentScript(type, data);
    expect(r.res, `${type} is not for content scripts`).toEqual({ ok: false, error: `${type} refused: not accepted from a content script` });
  });

  it('left the fact base as it was: Kazakhstan is still highlighted on a new page', async () => {
    const again = await browser.context.newPage();
    await again.goto(`${server.origin}/briefing.html`);
    await waitForHighlights(again, 1);
    const countries = await again.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('silklens-country')?.size ?? 0);
    expect(countries, 'the refused hide-entity edit was never written').toBeGreaterThan(0);
  });
});

describe('an import across a sleeping worker', () => {
  it('applies after the worker was stopped between preview and Apply (the woken worker reads the staged import again)', async () => {
    const csv = `${TEST_CSV_HEADER}\nsleepy-importov,person,Sleepy Importov,,m,Imported across a worker restart.,2026-11,Synthetic test source,Silk Lens tests,2026-11-01,https://example.org/csv\n`;
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html?tab=data`);
    await options.locator('table.packs tbody tr').first().waitFor({ timeout: 20_000 });
    await options.locator('input[type="file"]').first().setInputFiles({ name: 'sleepy.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await options.getByLabel('Import preview').waitFor();
    const sw = await browser.context.newCDPSession(options);
    await sw.send('ServiceWorker.enable');
    await sw.send('ServiceWorker.stopAllWorkers');
    await options.getByRole('button', { name: 'Apply import' }).click();
    await options.getByText(/Imported “Imported: sleepy”: 1 entities/).waitFor();
    // The table re-reads after the message: wait for it rather than race it.
    await options.waitForFunction(() => document.querySelectorAll('table.packs tbody tr').length === 2);
    expect(await options.locator('table.packs tbody tr').count(), 'the import is stored once').toBe(2);
  });
});
