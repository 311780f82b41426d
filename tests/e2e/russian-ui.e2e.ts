/** With a Russian browser, the card and popup speak Russian (browser.i18n via @wxt-dev/i18n). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryCard } from './content-world';
import { hoverCard, hoverUntil, launchWithExtension, serveFixtures, waitForHighlights, type ExtensionBrowser, type FixtureServer } from './harness';

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
    const text = await hoverCard(page, 'Bolot Temirov');
    expect(text).toContain('Персона');
    expect(text).toContain('Факты проверены');
  });

  it('shows role titles and country names in Russian, and dates in Russian format', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/briefing.html`);
    await waitForHighlights(page, 5);
    const japarov = await hoverUntil(page, 'Sadyr Japarov', /Президент Киргизии/);
    expect(japarov, 'the country entity\'s Russian name').toContain('Киргизия');
    const parts = () => queryCard<{ roles: string[]; country: string | null }>(page, "({ roles: [...root.querySelectorAll('.role-title')].map((e) => e.textContent), country: root.querySelector('.country')?.textContent ?? null })");
    expect(await parts(), 'role title and country in Russian, no English left beside them').toEqual({ roles: ['Президент Киргизии'], country: ' · Киргизия' });
    const tokayev = await hoverUntil(page, 'Токаеве', /Президент Казахстана/);
    expect(tokayev, 'Kazakhstan in Russian').toContain('Казахстан');
    expect(tokayev, 'dates in the Russian format (day, genitive month, year)').toMatch(/\d{1,2} (янв\.|февр\.|марта|апр\.|мая|июня|июля|авг\.|сент\.|окт\.|нояб\.|дек\.) \d{4}/);
    expect(tokayev, 'no English month abbreviations').not.toMatch(/\d (Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}/);
    await page.close();
  });

  it('shows the popup in Russian', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByRole('button', { name: 'Открыть базу фактов' }).waitFor();
  });

  it('shows the options page in Russian, and search still finds Токаев', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByRole('tab', { name: 'Сущности' }).waitFor();
    await page.getByRole('tab', { name: 'Импорт и резервные копии' }).waitFor();
    await page.getByRole('button', { name: 'Новая сущность' }).waitFor();
    await page.getByLabel('Поиск сущностей').fill('Токаев');
    const first = page.locator('.result').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('Kassym-Jomart Tokayev');
    expect(await first.textContent()).toContain('персона');
    await first.click();
    const detail = page.locator('.detail');
    await detail.waitFor();
    expect(await detail.locator('h2').textContent()).toBe('Kassym-Jomart Tokayev');
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain('Источники');
    expect(text).toContain('Добавить заметку');
    await page.screenshot({ path: '/tmp/options-ru.png', fullPage: true });
    await page.getByRole('tab', { name: 'Ленты' }).click();
    await page.getByLabel('URL ленты').waitFor();
    await page.getByRole('tab', { name: 'Импорт и резервные копии' }).click();
    await page.getByRole('heading', { name: 'Установленные пакеты' }).waitFor();
    await page.close();
  });
});
