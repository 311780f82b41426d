/**
 * The popup's briefing (issue 12, item 3): every entity on the page, grouped by type with
 * counts; Export briefing as Markdown (clipboard and file) and CSV (file); a click on a
 * name scrolls the page to its first mention and opens its card.
 *
 * How the popup is opened: a test cannot click the toolbar button, so it opens
 * `chrome-extension://<id>/popup.html?tab=<id of the fixture tab>` in a tab of its own
 * (entrypoints/popup/main.tsx reads `tab`). The fixture tab's id comes from the service
 * worker (`chrome.tabs.query` for the active tab, right after bringing it to the front).
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { mentionCount, waitForCardText, waitForMentions } from './content-world';

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let popup: Page;

/** The rows of the popup's list: group heading, name, count. */
async function listedRows(p: Page): Promise<{ group: string; name: string; count: number; ambiguous: boolean }[]> {
  return p.$$eval('.found .group', (groups) =>
    groups.flatMap((g) => {
      const group = g.querySelector('h2')!.firstChild!.textContent!.trim();
      return [...g.querySelectorAll('li')].map((li) => ({
        group,
        name: li.querySelector('.name')!.firstChild!.textContent!.trim(),
        count: Number(li.querySelector('.n')!.textContent!.replace('×', '')),
        ambiguous: li.classList.contains('ambiguous'),
      }));
    }),
  );
}

async function download(p: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`${server.origin}/popup-briefing.html`);
  await waitForMentions(page, 20);
  await page.bringToFront();
  type Tabs = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
  const tabId = await browser.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: Tabs };
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
  expect(tabId, 'the fixture tab has an id').toBeTypeOf('number');
  popup = await browser.context.newPage();
  // Extension origins cannot be granted permissions: the clipboard is read back from the fixture page.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.found .entity').first().waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('popup briefing', () => {
  it('lists every entity on the page, grouped by type, most mentioned first, with counts that add up', async () => {
    const rows = await listedRows(popup);
    const total = await mentionCount(page);
    expect(rows.reduce((n, r) => n + r.count, 0), 'counts add up to every mention the page model holds').toBe(total);
    expect(rows.length, 'more than the old cap of 12, none left out').toBeGreaterThan(12);
    for (const name of ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev', 'Serdar Berdimuhamedov', 'Emomali Rahmon', 'Kazakhstan', 'Tajikistan', 'Astana', 'Osh', 'Middle Corridor', 'Mazhilis', 'Kazakhstan International Bureau for Human Rights and Rule of Law', 'Zhanaozen massacre']) {
      expect(rows.map((r) => r.name), `${name} is listed`).toContain(name);
    }
    expect(rows.find((r) => r.name === 'Kassym-Jomart Tokayev')?.count, 'Tokayev: full name and two surnames').toBe(3);
    const groups = [...new Set(rows.map((r) => r.group))];
    expect(groups, 'groups in type order').toEqual(['People', 'Countries', 'Regions', 'Organisations', 'Events']);
    for (const g of groups) {
      const counts = rows.filter((r) => r.group === g).map((r) => r.count);
      expect(counts, `${g}: most mentioned first`).toEqual([...counts].sort((a, b) => b - a));
    }
    const japarov = rows.find((r) => r.ambiguous);
    expect(japarov?.name, 'the ambiguous surname is listed as such').toBe('Japarov');
    expect(await popup.locator('.ambiguous .candidates').textContent(), 'with who it may be').toMatch(/Sadyr Japarov.*Akylbek Japarov|Akylbek Japarov.*Sadyr Japarov/);
    expect(await popup.locator('.hint').textContent(), 'the hint fits a page where Silk Lens runs').toContain('Click a name');
  });

  it('wraps a long name beside its marker and count', async () => {
    const row = popup.locator('.entity', { hasText: 'Kazakhstan International Bureau' });
    const [marker, name, count] = await Promise.all(['.marker', '.name', '.n'].map(async (s) => (await row.locator(s).boundingBox())!));
    expect(name!.height, 'the long name wraps onto two lines or more').toBeGreaterThan(30);
    expect(marker!.x + marker!.width, 'the marker sits left of the name').toBeLessThanOrEqual(name!.x);
    expect(count!.x, 'the count sits right of the name').toBeGreaterThanOrEqual(name!.x + name!.width - 1);
    expect(count!.y, 'on the first line of the name, not alone below it').toBeLessThan(name!.y + 20);
  });

  it('copies and saves Markdown: title, address, time, entities with roles, facts and numbered sources, escaped', async () => {
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Copy Markdown' }).click();
    await popup.getByText('Briefing copied.').waitFor();
    await page.bringToFront();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await popup.bringToFront();
    expect(copied, 'the page title, with its Markdown and HTML escaped').toContain('# Briefing: Desk notes \\| \\[click\\]\\(javascript:alert\\(1\\)\\) \\<b\\>bold\\</b\\>');
    expect(copied, 'the page address as a link').toContain(`- Page: <${server.origin}/popup-briefing.html>`);
    expect(copied, 'local time with its offset').toMatch(/- Exported: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}/);
    expect(copied, 'an entity section with mentions').toMatch(/### Kassym-Jomart Tokayev\n\n- [Pp]erson · Country: Kazakhstan · Mentions: 3\n- Role: President of Kazakhstan/);
    expect(copied, 'facts with a date and source numbers').toMatch(/\n- \d{4}(-\d{2}){0,2}: .+ \\\[\d+\\\]/);
    expect(copied, 'a numbered source list with addresses').toMatch(/## Sources\n\n\\\[1\\\] .+<https?:\/\/\S+>/);
    const saved = await download(popup, 'Save .md');
    expect(saved.name, 'file named after the host and the day').toMatch(/^silklens-briefing-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.md$/);
    expect(saved.text.replace(/Exported: .*/, ''), 'the saved file is the copied text').toBe(copied.replace(/Exported: .*/, ''));
  });

  it('saves CSV: BOM, one row per entity-fact with the documented columns, the page title as text', async () => {
    const saved = await download(popup, 'Save .csv');
    expect(saved.name, 'a .csv file').toMatch(/\.csv$/);
    expect(saved.text.charCodeAt(0), 'starts with a BOM for Excel').toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(saved.text.slice(1), { header: true, skipEmptyLines: true }).data;
    const tokayev = rows.filter((r) => r.entity_id === 'kassym-jomart-tokayev');
    expect(tokayev.length, 'one row per fact of the card (the first three)').toBeGreaterThanOrEqual(1);
    expect(tokayev[0]!.mentions, 'the mention count').toBe('3');
    expect(tokayev[0]!.current_role, 'the current role').toContain('President of Kazakhstan');
    expect(tokayev.every((r) => r.fact_date && r.fact && (r.sources ?? '').startsWith('[')), 'each fact with its date and numbered sources').toBe(true);
    expect(rows[0]!.page_title, 'the page title as text').toBe('Desk notes | [click](javascript:alert(1)) <b>bold</b>');
    expect(new Set(rows.map((r) => r.entity_id)).size, 'every listed entity has a row').toBe((await listedRows(popup)).length);
  });

  it('reveals a name: scrolls the page to its first mention and opens its card', async () => {
    expect(await page.evaluate(() => scrollY), 'the page starts at the top').toBe(0);
    await popup.locator('.entity .name', { hasText: 'Emomali Rahmon' }).click();
    const card = await waitForCardText(page, /Emomali Rahmon/, 10_000);
    expect(card, "Rahmon's card is open").toContain('Emomali Rahmon');
    const inView = await page.evaluate(() => {
      const r = document.getElementById('far')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView, 'the first mention, 2,400 px down, was scrolled into view').toBe(true);
    expect(await popup.locator('.note').count(), 'no "not on the page" note').toBe(0);
  });

  it('ships the toolbar icon the manifest names, at every size', async () => {
    const manifest = await popup.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { action: { default_icon: Record<string, string> } } } } }).chrome.runtime.getManifest());
    const icons = manifest.action.default_icon;
    expect(Object.keys(icons), 'sizes 16, 32, 48 and 128').toEqual(['16', '32', '48', '128']);
    for (const [size, path] of Object.entries(icons)) {
      const natural = await popup.evaluate(async (src) => {
        const img = new Image();
        img.src = `/${src}`;
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      }, path);
      expect(natural, `${path} is a ${size}×${size} image rendered at build`).toEqual([Number(size), Number(size)]);
    }
  });

  it('says so when the name has left the page since the popup opened, and scrolls nowhere', async () => {
    await page.evaluate(() => {
      document.getElementById('far')!.remove();
      scrollTo(0, 0);
    });
    await page.waitForFunction(() => scrollY === 0);
    // The page model follows the removal (its observer); the popup's list is from when it opened.
    await popup.waitForTimeout(1000);
    await popup.locator('.entity .name', { hasText: 'Emomali Rahmon' }).click();
    await popup.getByText('That name is no longer on the page.').waitFor();
    expect(await page.evaluate(() => scrollY), 'nothing to scroll to').toBe(0);
  });

  it('offers the Silk Lens PDF reader on a PDF tab, with the PDF address', async () => {
    // The popup decides by the tab's address (isPdfUrl). A test cannot give it the activeTab
    // grant that shows it a real PDF tab's address, so an HTML page at a .pdf path (whose
    // content script reports its own address) stands in for the PDF tab.
    server.page('/reports/osce-2026.pdf', '<!doctype html><title>Report</title><p>Report on Kazakhstan.</p>');
    const pdfTab = await browser.context.newPage();
    await pdfTab.goto(`${server.origin}/reports/osce-2026.pdf?lang=en`);
    await waitForMentions(pdfTab, 1);
    await pdfTab.bringToFront();
    const tabId = await browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } };
      return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    });
    const pdfPopup = await browser.context.newPage();
    await pdfPopup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await pdfPopup.getByRole('button', { name: 'Open in Silk Lens PDF reader' }).click();
    // The new tab's address as the browser holds it (the reader page is R2's: in a build
    // without it the tab shows an error page, but its address is still the one asked for).
    const opened = async () =>
      browser.worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string; pendingUrl?: string }[]> } } };
        return (await chrome.tabs.query({})).flatMap((t) => [t.url, t.pendingUrl]).filter((u): u is string => !!u && u.includes('/pdf.html'));
      });
    await expect.poll(opened, { timeout: 10_000 }).toHaveLength(1);
    expect((await opened())[0], 'the reader page, given the PDF address').toBe(`chrome-extension://${browser.extensionId}/pdf.html?src=${encodeURIComponent(`${server.origin}/reports/osce-2026.pdf?lang=en`)}`);
  });
});
