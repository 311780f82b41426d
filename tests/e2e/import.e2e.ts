/**
 * Import in the options page: a CSV file is previewed (added / changed / removed)
 * before anything is written, applied in one step, then found by search and
 * highlighted on a page; a malformed file is refused with its row and nothing changes.
 * The imported person is synthetic test data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightedTexts, launchWithExtension, serveFixtures, waitForHighlights, type ExtensionBrowser, type FixtureServer, TEST_CSV_HEADER } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;
let options: Page;

const good = `${TEST_CSV_HEADER}\nmarat-importov,person,Marat Importov,Марат Импортов,m,Was imported from a CSV file for a test.,2026-11,Synthetic test source,Silk Lens tests,2026-11-01,https://example.org/csv\n`;
const bad = `${TEST_CSV_HEADER}\nbroken-row,person,Broken Row,,m,A fact without a date.,,Synthetic,Tests,2026-11-01,\n`;

beforeAll(async () => {
  server = await serveFixtures();
  server.route((req, res) => {
    if (req.url !== '/import-page.html') return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html><body><p>Марата Импортова видели в Бишкеке, Marat Importov confirmed.</p></body></html>');
    return true;
  });
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html?tab=data`);
  // The bundled pack is installed by the background on first run: wait for its row.
  await options.locator('table.packs tbody tr').first().waitFor({ timeout: 20_000 });
});

const packRows = () => options.locator('table.packs tbody tr').count();

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pick = (name: string, text: string) =>
  options.locator('input[type="file"]').first().setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

describe('import', () => {
  it('refuses a malformed CSV with the row at fault and writes nothing', async () => {
    await pick('broken.csv', bad);
    const alert = options.locator('[role="alert"]').filter({ hasText: 'Import refused' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/row 2/);
    expect(await packRows()).toBe(1);
  });

  it('previews a good CSV, applies it, and the entity is searchable and highlighted', async () => {
    await pick('team-watch-list.csv', good);
    const preview = options.getByLabel('Import preview');
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(/1 added, 0 changed, 0 removed/);
    expect(await packRows(), 'nothing is written before Apply').toBe(1);
    await options.getByRole('button', { name: 'Apply import' }).click();
    await options.getByText(/Imported “Imported: team-watch-list”: 1 entities/).waitFor();
    await options.waitForFunction(() => document.querySelectorAll('table.packs tbody tr').length === 2);

    await options.getByRole('tab', { name: 'Entities' }).click();
    await options.getByLabel('Search entities').fill('importov');
    expect(await options.locator('.result').first().textContent()).toContain('Marat Importov');

    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/import-page.html`);
    await waitForHighlights(page, 2);
    // Styled highlights fill once the viewport observer reports the block (a frame later): poll.
    await expect.poll(() => highlightedTexts(page, 'silklens-person'), { timeout: 5000 }).toEqual(['Марата Импортова', 'Marat Importov']);
  });
});

describe('entities of the user own', () => {
  it('creates an entity with a sourced fact; it is listed and highlighted on pages', async () => {
    await options.getByRole('tab', { name: 'Entities' }).click();
    await options.getByRole('button', { name: 'New entity' }).click();
    const form = options.getByRole('form', { name: 'New entity' });
    await form.locator('input[name="entity-en"]').fill('Aigul Ownova');
    await form.locator('input[name="entity-ru"]').fill('Айгуль Овнова');
    await form.getByRole('button', { name: 'Create entity' }).click();
    expect(await form.getByRole('alert').textContent(), 'a fact and a source are required').toMatch(/fact with a date/);
    await form.locator('textarea[name="entity-fact"]').fill('Was added by hand in a browser test.');
    await form.locator('input[name="entity-fact-date"]').fill('2026-11');
    await form.locator('input[name="entity-source-title"]').fill('Synthetic test note');
    await form.locator('input[name="entity-source-publisher"]').fill('Silk Lens tests');
    await form.locator('input[name="entity-source-date"]').fill('2026-11-20');
    await form.getByRole('button', { name: 'Create entity' }).click();
    await options.locator('.detail h2', { hasText: 'Aigul Ownova' }).waitFor();
    expect(await options.locator('.detail').textContent()).toContain('your own entity');

    const page = await browser.context.newPage();
    server.route((req, res) => {
      if (req.url !== '/own-page.html') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html><body><p>Айгуль Овновой позвонили; Aigul Ownova answered.</p></body></html>');
      return true;
    });
    await page.goto(`${server.origin}/own-page.html`);
    await waitForHighlights(page, 2);
    await expect.poll(() => highlightedTexts(page, 'silklens-person'), { timeout: 5000 }).toEqual(['Айгуль Овновой', 'Aigul Ownova']);
  });
});
