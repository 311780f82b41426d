/**
 * `npm run bench:options-search`: the options page against a 50,000-entity fact base in
 * Chromium. The page holds no entities: the list and search are answered by the
 * background (lib/background/entity-index.ts). Times: import preview and Apply (the pack
 * crosses to the background as JSON text), the first list after the import (the index is
 * built), then one search per query. Prints numbers; asserts nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../tests/e2e/harness';
import { generateFtm } from './fixtures/ftm-generator';
const text = generateFtm(50_000);
const file = join(mkdtempSync(join(tmpdir(), 'silklens-bench-')), 'bench.ftm.json');
writeFileSync(file, text);
const browser = await launchWithExtension();
try {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html?tab=data`);
  await options.locator('table.packs tbody tr').first().waitFor({ timeout: 30_000 });
  let t = Date.now();
  await options.locator('input[type="file"]').first().setInputFiles(file);
  await options.getByLabel('Import preview').waitFor({ timeout: 120_000 });
  console.log(`file chosen → preview shown: ${Date.now() - t} ms`);
  t = Date.now();
  await options.getByRole('button', { name: 'Apply import' }).click();
  await options.getByText(/Imported “/).waitFor({ timeout: 120_000 });
  console.log(`Apply → stored: ${Date.now() - t} ms`);
  const page = await browser.context.newPage();
  t = Date.now();
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
