/**
 * Feed redirects in the real browser. A `redirect: 'manual'` fetch from the extension's
 * service worker gets an opaque redirect (no Location), so Silk Lens cannot check where
 * a redirect goes before following it: the subscription is refused with a message that
 * names the fix (subscribe to the final address), and the target is never requested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;
let options: Page;
const requested: string[] = [];

beforeAll(async () => {
  server = await serveFixtures();
  server.route((req, res) => {
    requested.push(req.url ?? '');
    if (req.url === '/moved.json') {
      res.writeHead(302, { Location: '/target.json' }).end();
      return true;
    }
    if (req.url === '/target.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      return true;
    }
    return false;
  });
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('feed redirects in Chromium', () => {
  it('refuses a redirecting feed with a message naming the fix, and never requests the target', async () => {
    await options.getByRole('tab', { name: 'Feeds' }).click();
    await options.getByLabel('Feed URL').fill(`${server.origin}/moved.json`);
    await options.getByRole('button', { name: 'Subscribe' }).click();
    const message = options.getByText(/subscribe to the feed's final address instead/).first();
    await message.waitFor({ timeout: 15_000 });
    expect(await message.textContent(), 'the user learns why and what to do').toMatch(/redirects to another address/);
    expect(requested, 'the redirect target was never fetched').not.toContain('/target.json');
  });
});
