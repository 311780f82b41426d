/**
 * `npm run bench:import-browser [entities=50000] [ftm|csv]`: a generated OpenSanctions or
 * CSV file imported through the options page of the built extension in Chromium (real
 * IndexedDB), then a page opened with the grown fact base. Times: file → preview (with
 * the worker's steps), Apply → stored, and the page's dictionary + scan. Prints numbers;
 * asserts nothing. Issue 14's budget at 200,000 entities: preview ≤ 10 s, apply ≤ 5 s.
 */
import { launchWithExtension, serveFixtures, waitForHighlights } from '../tests/e2e/harness';
import { pageStats } from '../tests/e2e/content-world';
import { importThroughOptions, type ImportFileKind } from './fixtures/import-through-options';

const entities = Number(process.argv[2] ?? 50_000);
const kind: ImportFileKind = process.argv[3] === 'csv' ? 'csv' : 'ftm';
/** `again`: import the same file a second time (every entity unchanged: the diff compares all of them). */
const again = process.argv[4] === 'again';
const server = await serveFixtures();
const browser = await launchWithExtension();
try {
  const s = (ms: number | null) => (ms === null ? 'not seen' : `${(ms / 1000).toFixed(1)} s`);
  for (let round = 0; round < (again ? 2 : 1); round++) {
    const r = await importThroughOptions(browser, entities, kind);
    console.log(`${round ? 'again, the same file' : 'first import'}: ${entities.toLocaleString()} entities, ${(r.fileChars / 1e6).toFixed(1)} MB ${kind === 'csv' ? 'CSV' : 'OpenSanctions'} file`);
    console.log(`  file chosen → preview shown: ${s(r.toPreviewMs)} (parsed, checking: ${s(r.toCheckMs)}; staging: ${s(r.toStageMs)})`);
    console.log(`  Apply → stored in IndexedDB: ${s(r.toStoredMs)}; → header updated: ${s(r.toHeaderMs)} (${r.headerAfter.trim()})`);
  }
  // The page side is the dictionary's business (issue 14 point 1): reported, never fatal here.
  try {
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
    console.log(`first page after import (dictionary recompiled): ${firstPage} ms; scan+paint ${scan.toFixed(1)} ms`);
    console.log(`next page (dictionary cached in the worker): ${secondPage} ms`);
  } catch (error) {
    console.log(`page after import: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
