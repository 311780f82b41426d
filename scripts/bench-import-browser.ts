/**
 * `npm run bench:import-browser`: a 50,000-entity OpenSanctions file imported through
 * the options page of the built extension in Chromium (real IndexedDB), then a page
 * opened with the grown fact base. Times: file → preview, Apply → stored, and the
 * page's dictionary + scan. Prints numbers; asserts nothing.
 */
import { launchWithExtension, serveFixtures, waitForHighlights } from '../tests/e2e/harness';
import { pageStats } from '../tests/e2e/content-world';
import { importThroughOptions } from './fixtures/import-through-options';

const entities = Number(process.argv[2] ?? 50_000);
const server = await serveFixtures();
const browser = await launchWithExtension();
try {
  const { fileChars, toPreviewMs: toPreview, toStoredMs: toStored } = await importThroughOptions(browser, entities);
  const page = await browser.context.newPage();
  let t = Date.now();
  await page.goto(`${server.origin}/briefing.html`);
  await waitForHighlights(page, 5);
  const firstPage = Date.now() - t;
  const scan = (await pageStats(page))?.firstPaintMs ?? -1;
  t = Date.now();
  const again = await browser.context.newPage();
  await again.goto(`${server.origin}/briefing.html`);
  await waitForHighlights(again, 5);
  const secondPage = Date.now() - t;
  console.log(`${entities.toLocaleString()} entities, ${(fileChars / 1e6).toFixed(1)} MB file`);
  console.log(`file chosen → preview shown: ${(toPreview / 1000).toFixed(1)} s`);
  console.log(`Apply → stored in IndexedDB: ${(toStored / 1000).toFixed(1)} s`);
  console.log(`total import: ${((toPreview + toStored) / 1000).toFixed(1)} s`);
  console.log(`first page after import (dictionary recompiled): ${firstPage} ms; scan+paint ${scan.toFixed(1)} ms`);
  console.log(`next page (dictionary cached in the worker): ${secondPage} ms`);
} finally {
  await browser.close();
  await server.close();
}
