/**
 * The import worker in the built extension: a big file is parsed off the options page's
 * thread with progress and can be cancelled at any moment, leaving nothing stored or
 * staged; an import that lands updates every open options page's header and makes an
 * already open page underline the new name without a reload. All imported people are
 * synthetic test data (scripts/fixtures/csv-generator.ts and the rows below).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightedTexts, launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer, TEST_CSV_HEADER } from './harness';
import { generateCsv } from '../../scripts/fixtures/csv-generator';

let browser: ExtensionBrowser;
let server: FixtureServer;

const landing = `${TEST_CSV_HEADER}\nnurila-stagedova,person,Nurila Stagedova,Нурила Стагедова,f,Was imported through the worker for a test.,2026-12,Synthetic test source,Silk Lens tests,2026-12-01,https://example.org/staged\n`;

beforeAll(async () => {
  server = await serveFixtures();
  server.page('/landing.html', '<!doctype html><html><body><p>Nurila Stagedova spoke; Нурилу Стагедову процитировали.</p></body></html>');
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html?tab=data`);
  await page.locator('table.packs tbody tr').first().waitFor({ timeout: 20_000 });
  return page;
}

const headerText = (page: Page) => page.locator('header.top p').textContent();

/** Entities and chunks in the import staging database, read as the options page sees it. */
function stagedCounts(page: Page): Promise<{ stages: number; chunks: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('silklens-import-staging');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('stages')) return resolve({ stages: 0, chunks: 0 });
          const tx = db.transaction(['stages', 'chunks']);
          const stages = tx.objectStore('stages').count();
          const chunks = tx.objectStore('chunks').count();
          tx.oncomplete = () => {
            resolve({ stages: stages.result, chunks: chunks.result });
            db.close();
          };
        };
      }),
  );
}

describe('import worker', () => {
  it('cancels a big import while it runs: nothing is stored or staged, and the page stays usable', async () => {
    const options = await openOptions();
    const before = await headerText(options);
    await options.locator('input[type="file"]').first().setInputFiles({ name: 'big-watch-list.csv', mimeType: 'text/csv', buffer: Buffer.from(generateCsv(60_000)) });
    const progress = options.getByLabel('Import progress');
    await progress.waitFor();
    // The worker reports how far it got: the bar moves while the page's thread is free.
    await expect.poll(() => progress.getAttribute('value'), { timeout: 30_000, message: 'the worker reports progress' }).not.toBeNull();
    expect(await options.evaluate(() => 1 + 1), 'the options page answers while the worker parses').toBe(2);
    await options.getByRole('button', { name: 'Cancel import' }).click();
    await options.getByText('Import cancelled; the fact base is unchanged.').waitFor();
    expect(await options.getByLabel('Import preview').count(), 'no preview after a cancel').toBe(0);
    expect(await options.locator('table.packs tbody tr').count(), 'no pack was added').toBe(1);
    await expect.poll(() => stagedCounts(options), { timeout: 5000, message: 'a cancelled import leaves nothing staged' }).toEqual({ stages: 0, chunks: 0 });
    await options.reload();
    await options.locator('table.packs tbody tr').first().waitFor();
    expect(await headerText(options), 'the fact base is as it was').toBe(before);
    await options.close();
  });

  it('cancels at the preview: the staged pack is dropped and nothing is stored', async () => {
    const options = await openOptions();
    await options.locator('input[type="file"]').first().setInputFiles({ name: 'cancelled.csv', mimeType: 'text/csv', buffer: Buffer.from(landing) });
    await options.getByLabel('Import preview').waitFor();
    expect(await stagedCounts(options), 'the previewed import is staged').toEqual({ stages: 1, chunks: 1 });
    await options.getByLabel('Import preview').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => stagedCounts(options), { timeout: 5000, message: 'Cancel drops the stage' }).toEqual({ stages: 0, chunks: 0 });
    expect(await options.locator('table.packs tbody tr').count(), 'no pack was added').toBe(1);
    await options.close();
  });

  it('an import that lands updates every open options page and re-highlights open tabs without reload', async () => {
    const reader = await browser.context.newPage();
    await reader.goto(`${server.origin}/landing.html`);
    const importing = await openOptions();
    const watching = await openOptions();
    const count = (text: string | null) => Number(/([\d,\s]+) entities/.exec(text ?? '')?.[1]?.replace(/\D/g, ''));
    const before = count(await headerText(watching));
    expect(before, 'the header counts the bundled pack').toBeGreaterThan(0);
    expect(await highlightedTexts(reader, 'silklens-person'), 'the name is unknown before the import').toEqual([]);

    await importing.locator('input[type="file"]').first().setInputFiles({ name: 'landing.csv', mimeType: 'text/csv', buffer: Buffer.from(landing) });
    await importing.getByLabel('Import preview').waitFor();
    await importing.getByRole('button', { name: 'Apply import' }).click();
    await importing.getByText(/Imported “Imported: landing”: 1 entities/).waitFor();

    await expect.poll(async () => count(await headerText(importing)), { timeout: 10_000, message: 'the importing page’s header counts the new entity' }).toBe(before + 1);
    await expect.poll(async () => count(await headerText(watching)), { timeout: 10_000, message: 'another open options page’s header follows without reload' }).toBe(before + 1);
    await expect
      .poll(() => highlightedTexts(reader, 'silklens-person'), { timeout: 10_000, message: 'a page open before the import underlines the new name without reload' })
      .toEqual(['Nurila Stagedova', 'Нурилу Стагедову']);
    expect(await stagedCounts(importing), 'an applied import leaves nothing staged').toEqual({ stages: 0, chunks: 0 });
  });
});
