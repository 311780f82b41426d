/**
 * `npm run bench:import-browser`: a 50,000-entity OpenSanctions file imported through
 * the options page of the built extension in Chromium (real IndexedDB), then a page
 * opened with the grown fact base. Times: file → preview, Apply → stored, and the
 * page's dictionary + scan. Prints numbers; asserts nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, serveFixtures, waitForHighlights } from '../tests/e2e/harness';
import { pageStats } from '../tests/e2e/content-world';
import { generateFtm } from './fixtures/ftm-generator';

const entities = Number(process.argv[2] ?? 50_000);
const text = generateFtm(entities);
const file = join(mkdtempSync(join(tmpdir(), 'silklens-bench-')), 'bench.ftm.json');
writeFileSync(file, text);
const server = await serveFixtures();
const browser = await launchWithExtension();
try {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html?tab=data`);
  await options.locator('table.packs tbody tr').first().waitFor({ timeout: 30_000 });
  let t = Date.now();
  // A file on disk: Playwright hands Chromium the path (a buffer would travel over CDP).
  await options.locator('input[type="file"]').first().setInputFiles(file);
  await options.getByLabel('Import preview').waitFor({ timeout: 120_000 });
  const toPreview = Date.now() - t;
  t = Date.now();
  await options.getByRole('button', { name: 'Apply import' }).click();
  await options.getByText(/Imported “/).waitFor({ timeout: 120_000 });
  const toStored = Date.now() - t;

  const page = await browser.context.newPage();
  t = Date.now();
  await page.goto(`${server.origin}/briefing.html`);
  await waitForHighlights(page, 5);
  const firstPage = Date.now() - t;
  const scan = (await pageStats(page))?.firstPaintMs ?? -1;
  t = Date.now();
  const again = await browser.context.newPage();
  await again.goto(`${server.origin}/briefing.html`);
  await waitForHighlights(again, 5);
  const secondPage = Date.now() - t;
  console.log(`${entities.toLocaleString()} entities, ${(text.length / 1e6).toFixed(1)} MB file`);
  console.log(`file chosen → preview shown: ${(toPreview / 1000).toFixed(1)} s`);
  console.log(`Apply → stored in IndexedDB: ${(toStored / 1000).toFixed(1)} s`);
  console.log(`total import: ${((toPreview + toStored) / 1000).toFixed(1)} s`);
  console.log(`first page after import (dictionary recompiled): ${firstPage} ms; scan+paint ${scan.toFixed(1)} ms`);
  console.log(`next page (dictionary cached in the worker): ${secondPage} ms`);
} finally {
  await browser.close();
  await server.close();
}
