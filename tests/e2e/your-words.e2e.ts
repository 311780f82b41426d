/**
 * The user's words are theirs, end to end: a fact edited in the options page shows on the
 * page's card (opened by a real pointer hover) as "edited by you" with the pack's version
 * beside it; Copy attributes the text to the user and quotes the pack's original with its
 * source; Revert in the options page brings the pack's text back to the card. And a
 * Windows-1251 CSV (real bytes, as Excel saves it) previews with its Cyrillic names.
 *
 * With SILKLENS_SCREENSHOTS=1 it also saves docs/screenshots/edited-fact-card.png and
 * edited-fact-options.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hoverText, launchWithExtension, ROOT, serveFixtures, waitForHighlights, type ExtensionBrowser, type FixtureServer } from './harness';
import { queryCard } from './content-world';

let browser: ExtensionBrowser;
let server: FixtureServer;
let options: Page;
let article: Page;

const NAME = 'Kassym-Jomart Tokayev';
const PACK_TEXT = 'Became acting president on 20 March 2019 after Nursultan Nazarbayev resigned';
const MY_TEXT = 'In my words: he became acting president in March 2019, then won the June election.';
const SCREENSHOTS = process.env.SILKLENS_SCREENSHOTS === '1';

/**
 * Everything this test reads from the card goes through here: it runs `read` against the
 * card's closed shadow root in the content script's isolated world (tests/e2e/content-world.ts);
 * page script cannot reach that root.
 */
async function inCard<T>(page: Page, read: (root: ShadowRoot) => T): Promise<T | null> {
  return ((await queryCard<T | null>(page, `(${read.toString()})(root)`)) ?? null) as T | null;
}

const cardText = (page: Page) => inCard(page, (root) => root.querySelector('.card')?.textContent ?? null);

/** Hover the name with the real pointer until the card's text matches (the tab may still be refreshing its cards). */
async function hoverCardUntil(page: Page, match: (text: string) => boolean, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last: string | null = null;
  for (;;) {
    await page.keyboard.press('Escape');
    await hoverText(page, NAME);
    for (let i = 0; i < 10; i++) {
      await page.waitForTimeout(150);
      last = await cardText(page);
      if (last !== null && match(last)) return last;
    }
    if (Date.now() > deadline) throw new Error(`card never matched; last: ${last}`);
  }
}

beforeAll(async () => {
  server = await serveFixtures();
  server.route((req, res) => {
    if (req.url !== '/your-words.html') return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><title>Briefing</title></head><body style="font: 16px/1.5 sans-serif; margin: 40px; max-width: 640px">
      <h1>Morning briefing</h1><p>President ${NAME} met regional governors in Astana on Tuesday.</p></body></html>`);
    return true;
  });
  browser = await launchWithExtension();
  article = await browser.context.newPage();
  await article.goto(`${server.origin}/your-words.html`);
  await waitForHighlights(article, 1);
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openTokayev() {
  await options.bringToFront();
  await options.getByRole('tab', { name: 'Entities' }).click();
  await options.getByLabel('Search entities').fill('Kassym-Jomart');
  await options.locator('.result').first().click();
  await options.waitForSelector('.detail[data-entity="kassym-jomart-tokayev"]');
}

describe('the user’s words are theirs', () => {
  it('marks an edited fact "edited by you" in the options page, with the pack’s version and Revert', async () => {
    await openTokayev();
    const first = options.locator('.detail .facts > li').first();
    expect(await first.textContent(), 'precondition: the pack’s text').toContain(PACK_TEXT);
    await first.getByRole('button', { name: 'Edit' }).click();
    await options.locator('textarea[name="fact-text"]').fill(MY_TEXT);
    await options.getByRole('button', { name: 'Save' }).click();
    const edited = options.locator('.detail .facts > li.origin-edited');
    await edited.waitFor();
    const text = (await edited.textContent()) ?? '';
    expect(text, 'the user’s text is shown').toContain(MY_TEXT);
    expect(text, 'marked as the user’s, with the day of the edit').toMatch(/edited by you, \d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(text, 'the pack’s version stays visible').toContain(`The pack’s version: 20 Mar 2019 ${PACK_TEXT}`);
    expect(await edited.getByRole('button', { name: 'Revert to the pack’s version' }).count(), 'Revert is offered').toBe(1);
    expect(await edited.getByRole('button', { name: 'Hide' }).count(), 'Hide stays available on an edited fact').toBe(1);
    if (SCREENSHOTS) {
      await edited.scrollIntoViewIfNeeded();
      await options.screenshot({ path: join(ROOT, 'docs/screenshots/edited-fact-options.png') });
    }
  });

  it('shows "edited by you" on the card opened by a real hover, and Copy attributes the words to the user', async () => {
    await article.bringToFront();
    const text = await hoverCardUntil(article, (t) => t.includes('edited by you'));
    expect(text, 'the card shows the user’s text').toContain(MY_TEXT);
    expect(text, 'the card marks it with the day of the edit').toMatch(/edited by you, \d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(text, 'the pack’s version is one click away').toContain('The pack’s version');

    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const box = await inCard(article, (root) => {
      const b = root.querySelector('.fact-edited button.copy')?.getBoundingClientRect();
      return b ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null;
    });
    if (!box) throw new Error('no Copy button on the edited fact');
    await article.mouse.move(box.x, box.y, { steps: 4 });
    if (SCREENSHOTS) {
      await inCard(article, (root) => root.querySelector<HTMLDetailsElement>('.fact-edited details.fact-original')?.setAttribute('open', ''));
      await article.waitForTimeout(150);
      await article.screenshot({ path: join(ROOT, 'docs/screenshots/edited-fact-card.png') });
      await inCard(article, (root) => root.querySelector<HTMLDetailsElement>('.fact-edited details.fact-original')?.removeAttribute('open'));
    }
    await article.mouse.click(box.x, box.y);
    const copied = await article.evaluate(() => navigator.clipboard.readText());
    console.log(`copied: ${copied}`);
    expect(copied, 'the user’s text comes first, attributed to the user with the day of the edit').toMatch(
      /^In my words: he became acting president in March 2019, then won the June election \(20 Mar 2019; edited by you, \d{1,2} [A-Z][a-z]{2} \d{4}\)\./,
    );
    expect(copied, 'the user kept the pack’s sources: said once, not listed twice').toContain(' You cite the same sources as the pack’s original. The pack’s original:');
    expect(copied, 'the pack’s original is quoted, with its date and source').toMatch(new RegExp(`The pack’s original: "${PACK_TEXT}[^"]*" \\(20 Mar 2019\\)\\. Source: .+\\.$`));
    await article.keyboard.press('Escape');
  });

  it('Revert in the options page brings the pack’s text back to the card', async () => {
    await openTokayev();
    await options.locator('.detail .facts > li.origin-edited').getByRole('button', { name: 'Revert to the pack’s version' }).click();
    await options.waitForFunction(() => !document.querySelector('.detail .facts > li.origin-edited'));
    expect(await options.locator('.detail .facts > li').first().textContent(), 'the pack’s text is back in options').toContain(PACK_TEXT);
    await article.bringToFront();
    // The reverted fact is the pack's again: dated 2019, it may now sit behind "More" on the
    // compact card (which keeps only the reader's own facts beyond the first three).
    const text = await hoverCardUntil(article, (t) => t.includes('Kassym-Jomart Tokayev') && !t.includes(MY_TEXT));
    expect(text, 'the card no longer carries the user’s text').not.toContain(MY_TEXT);
    expect(text, 'nor the mark').not.toContain('edited by you');
    await article.keyboard.press('Escape');
  });
});

describe('a Windows-1251 CSV', () => {
  const pick = (name: string, bytes: Buffer) => options.locator('input[type="file"]').first().setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
  const fixture = readFileSync(join(ROOT, 'lib/factbase/importers/fixtures/csv-cp1251.csv'));

  it('previews with its Cyrillic names, says the encoding was guessed, and re-decodes on a new pick', async () => {
    await options.bringToFront();
    await options.getByRole('tab', { name: 'Import & backup' }).click();
    await pick('russian-excel.csv', fixture);
    const preview = options.getByLabel('Import preview');
    await preview.waitFor();
    const shown = (await preview.textContent()) ?? '';
    expect(shown, 'real Cyrillic names in the preview').toContain('Касым-Жомарт Токаев');
    expect(shown, 'rare letters too').toContain('Шавкат Мирзиёев');
    expect(shown, 'no replacement characters').not.toContain('\uFFFD');
    const panel = options.getByRole('region', { name: 'Import', exact: true });
    expect(await panel.textContent(), 'the guess is stated').toContain('Encoding: Windows-1251 (guessed — change if names look wrong)');

    await options.getByLabel('File encoding').selectOption('utf-8');
    await options.getByText('Encoding: UTF-8 (your choice)').waitFor();
    const warning = options.getByRole('alert').filter({ hasText: 'could not be read' });
    await warning.waitFor();
    expect(await options.getByRole('button', { name: 'Apply import' }).isDisabled(), 'unreadable characters block Apply until the user accepts').toBe(true);

    await options.getByLabel('File encoding').selectOption('windows-1251');
    await options.getByText('Encoding: Windows-1251 (your choice)').waitFor();
    expect(await options.getByLabel('Import preview').textContent(), 'names are back after the right pick').toContain('Садыр Жапаров');
    expect(await options.getByRole('button', { name: 'Apply import' }).isDisabled(), 'a clean decode can be applied').toBe(false);
  });
});
