/**
 * Feeds end to end: a pack served by a local HTTP server is subscribed in the
 * options page and its entity appears highlighted in an already-open tab without a
 * reload; the user edits a fact; version 2 changes that fact and the user's edit
 * survives (shown as a conflict to settle); a broken version 3 is refused with a
 * visible error and version 2 stays. The entity is synthetic test data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightedTexts, hoverUntil, waitForHighlightedText, launchWithExtension, waitForHighlights, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';

let browser: ExtensionBrowser;
let server: FixtureServer;
let feedBody = '';
let options: Page;
let article: Page;

const source = { id: 't1', title: 'Synthetic test source', publisher: 'Silk Lens tests', date: '2026-11-01', url: 'https://example.org/test-source' };
const entity = (facts: { text: string; date: string }[]) => ({
  id: 'zarina-testova', type: 'person', gender: 'f', names: { en: 'Zarina Testova', ru: 'Зарина Тестова' }, checked: '2026-11-20',
  description: 'Synthetic person used by the feed tests',
  roles: [{ title: 'Test subject', from: '2026', to: null, sources: ['t1'] }],
  facts: facts.map((f) => ({ ...f, sources: ['t1'] })),
});
const pack = (version: string, facts: { text: string; date: string }[]) =>
  JSON.stringify({ format: 'silklens-pack/1', id: 'team-test-feed', title: 'Team test feed', publisher: 'Silk Lens tests', version, published: '2026-11-20', sources: [source], entities: [entity(facts)] });

beforeAll(async () => {
  server = await serveFixtures();
  server.route((req, res) => {
    if (req.url?.startsWith('/feed.json')) {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(feedBody);
      return true;
    }
    if (req.url === '/feed-page.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html><body><article><p>Reporters met Zarina Testova in Almaty. Kazakhstan was the host.</p></article></body></html>');
      return true;
    }
    return false;
  });
  browser = await launchWithExtension();
  article = await browser.context.newPage();
  await article.goto(`${server.origin}/feed-page.html`);
  await waitForHighlights(article, 1); // Kazakhstan, from the bundled pack
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function updateNow() {
  await options.getByRole('tab', { name: 'Feeds' }).click();
  await options.getByRole('button', { name: 'Update now' }).click();
  await options.locator('p.pre').filter({ hasText: 'feed.json' }).waitFor();
}

async function openEntity(query: string) {
  await options.getByRole('tab', { name: 'Entities' }).click();
  await options.getByLabel('Search entities').fill(query);
  await options.locator('.result').first().click();
  await options.waitForSelector('.detail');
}

describe('feeds, edits and updates', () => {
  it('subscribes to a local feed and highlights its entity in an open tab without reload', async () => {
    expect(await highlightedTexts(article)).not.toContain('Zarina Testova');
    feedBody = pack('1', [{ text: 'Was created for the feed test.', date: '2026-11-01' }, { text: 'Has a second fact.', date: '2026-10' }]);
    await options.getByRole('tab', { name: 'Feeds' }).click();
    await options.getByLabel('Feed URL').fill(`${server.origin}/feed.json`);
    await options.getByRole('button', { name: 'Subscribe' }).click();
    await options.getByText(/Subscribed: updated to version 1/).waitFor();
    await waitForHighlightedText(article, 'Zarina Testova');
    expect(await highlightedTexts(article)).toContain('Kazakhstan');
  });

  it('lets the user edit a fact, and the edit reaches the card', async () => {
    await openEntity('testova');
    await options.locator('.fact').first().getByRole('button', { name: 'Edit' }).click();
    await options.locator('textarea[name="fact-text"]').fill('Was created for the feed test (checked by me).');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('edited by you').waitFor();
    expect(await options.locator('.facts').textContent()).toContain('checked by me');
    await article.bringToFront();
    // The tab re-fetches its cards after the dictionaryChanged broadcast.
    expect(await hoverUntil(article, 'Zarina Testova', /checked by me/)).toContain('checked by me');
    await article.keyboard.press('Escape');
  });

  it('keeps the user edit when version 2 changes that fact, and shows both to choose from', async () => {
    feedBody = pack('2', [{ text: 'Was created for the feed test, version two.', date: '2026-11-01' }, { text: 'Has a second fact.', date: '2026-10' }]);
    await updateNow();
    expect(await options.locator('.feeds').textContent()).toContain('2');
    await openEntity('testova');
    expect(await options.locator('.facts').textContent(), 'the user edit survives the update').toContain('checked by me');
    const conflict = options.getByRole('alert', { name: 'Update conflict' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('version two');
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await options.waitForFunction(() => !document.querySelector('.conflict'));
    expect(await options.locator('.facts').textContent()).toContain('checked by me');
  });

  it('refuses a broken version 3 with a visible error and keeps version 2', async () => {
    feedBody = pack('3', []).slice(0, 80); // truncated JSON
    await updateNow();
    const status = await options.locator('.feed-status').first().textContent();
    expect(status).toMatch(/Error at .*(JSON|cut|truncat|parse)/i);
    expect(status).toContain('keeping version 2');
    await openEntity('testova');
    expect(await options.locator('.detail').textContent()).toContain('Has a second fact.');
  });
});
