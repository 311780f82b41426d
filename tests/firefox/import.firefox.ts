/**
 * The import worker in Firefox: the options page's worker parses and stages a CSV, the
 * background previews and applies it, the header counts the new entity and a tab open
 * before the import underlines the name without reload. The person is synthetic test data.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer, TEST_CSV_HEADER } from '../e2e/harness';
import { launchFirefox, waitFor, waitForHighlightedText, type FirefoxWithExtension } from './harness';

let firefox: FirefoxWithExtension;
let server: FixtureServer;

const csv = `${TEST_CSV_HEADER}\nmadina-foxova,person,Madina Foxova,Мадина Фоксова,f,Was imported in Firefox for a test.,2026-12,Synthetic test source,Silk Lens tests,2026-12-01,https://example.org/fox\n`;

beforeAll(async () => {
  server = await serveFixtures();
  server.page('/fox.html', '<!doctype html><html><body><p>Madina Foxova answered questions.</p></body></html>');
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Hand the file input a file the way a picker does (a DataTransfer's files, then `change`). */
function pickFile(options: Page, name: string, text: string): Promise<void> {
  return options.evaluate(
    (fileName, body) => {
      const input = document.querySelector<HTMLInputElement>('input[type="file"]');
      if (!input) throw new Error('no file input');
      const files = new DataTransfer();
      files.items.add(new File([body], fileName, { type: 'text/csv' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    name,
    text,
  );
}

const pageText = (page: Page) => page.evaluate(() => document.body.innerText);
const entityCount = async (options: Page) => Number(/([\d,\s]+) entities/.exec(await pageText(options))?.[1]?.replace(/\D/g, ''));

describe('import in Firefox', () => {
  it('parses in the worker, previews, applies; the header and an open tab update without reload', async () => {
    const reader = await firefox.newPage();
    await reader.goto(`${server.origin}/fox.html`);
    const options = await firefox.openOptions();
    await options.locator('[role="tab"]::-p-text(Import & backup)').click();
    const before = await waitFor(() => entityCount(options), (n) => n > 0);
    await pickFile(options, 'fox-list.csv', csv);
    const preview = await waitFor(() => pageText(options), (t) => /1 added, 0 changed, 0 removed/.test(t) || /Import refused/.test(t), 20_000);
    expect(preview, 'the worker staged the file and the background previewed it').toMatch(/1 added, 0 changed, 0 removed/);
    await options.locator('button::-p-text(Apply import)').click();
    await waitFor(() => pageText(options), (t) => /Imported “Imported: fox-list”: 1 entities/.test(t), 20_000);
    expect(await waitFor(() => entityCount(options), (n) => n === before + 1), 'the header counts the imported entity').toBe(before + 1);
    await waitForHighlightedText(reader, 'Madina Foxova');
    await options.close();
    await reader.close();
  });
});
