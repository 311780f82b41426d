/**
 * `npm run bench:options-search`: the options page against a 50,000-entity fact base in
 * Chromium. The page holds no entities: the list and search are answered by the
 * background (lib/background/entity-index.ts). Times: import preview and Apply (the pack
 * crosses to the background as JSON text), the first list after the import (the index is
 * built), then one search per query. Prints numbers; asserts nothing.
 */
import { launchWithExtension } from '../tests/e2e/harness';
import { importThroughOptions } from './fixtures/import-through-options';

const browser = await launchWithExtension();
try {
  const { toPreviewMs, toStoredMs } = await importThroughOptions(browser, 50_000);
  console.log(`file chosen → preview shown: ${toPreviewMs} ms`);
  console.log(`Apply → stored: ${toStoredMs} ms`);
  const page = await browser.context.newPage();
  let t = Date.now();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('.result').first().waitFor({ timeout: 60_000 });
  console.log('options list shown after import (index build)', Date.now() - t);
  for (const q of ['tokayev', 'ivanov', 'Марат', 'org']) {
    t = Date.now();
    await page.fill('#search', q);
    await page.locator('.result').first().waitFor();
    console.log('search', q, Date.now() - t, 'ms', await page.locator('.result').count(), 'rows');
  }
  const mem = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? -1);
  console.log('options page JS heap MB', (mem / 1e6).toFixed(1));
} finally {
  await browser.close();
}
