/** With a Russian browser, the card and popup speak Russian (browser.i18n via @wxt-dev/i18n). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, hoverText, launchWithExtension, serveFixtures, waitForHighlights, type ExtensionBrowser, type FixtureServer } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension({ lang: 'ru' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Russian interface', () => {
  it('shows the card in Russian', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/briefing.html`);
    await waitForHighlights(page, 5);
    await hoverText(page, 'Bolot Temirov');
    await page.waitForFunction(() => !!document.querySelector('silklens-card')?.shadowRoot?.querySelector('.card'));
    const text = (await cardText(page)) ?? '';
    expect(text).toContain('Персона');
    expect(text).toContain('Факты проверены');
  });

  it('shows the popup in Russian', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('button', { name: 'Открыть базу фактов' }).waitFor();
  });
});
