/**
 * "Check against Wikidata" end to end, against a local server replaying a hand-made SPARQL
 * answer (tests/e2e/fixtures/wikidata-sparql.json; this machine cannot reach Wikidata). The
 * test build takes the endpoint from the options page URL (lib/wikidata/endpoint.ts; a
 * production build refuses it). One click sends one query; the difference is listed; a
 * card opened on a page carries the "Wikidata differs" flag in its data (read in the
 * content script's world); a malformed answer shows an error and keeps the list; Dismiss
 * removes the row, for good across a reload, and the flag with it. Last, an entity with a
 * `wikidata` id (from a synthetic local feed) links its item from the options page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hoverCard, launchWithExtension, serveFixtures, waitForHighlights, type ExtensionBrowser, type FixtureServer } from './harness';
import { inContentWorld } from './content-world';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures/wikidata-sparql.json'), 'utf8');
const PAGE_TEXT = 'Prime Minister Olzhas Bektenov met reporters in Astana on Tuesday.';

/** A synthetic feed pack whose one entity records a (placeholder) Wikidata id, for the entity-detail link. */
const FEED_PACK = JSON.stringify({
  format: 'silklens-pack/1', id: 'wd-link-test', title: 'Wikidata link test', publisher: 'Silk Lens tests', version: '1', published: '2026-11-20',
  sources: [{ id: 't1', title: 'Synthetic test source', publisher: 'Silk Lens tests', date: '2026-11-01', url: 'https://example.org/test-source' }],
  entities: [{
    id: 'vera-testova', type: 'person', gender: 'f', names: { en: 'Vera Testova' }, checked: '2026-11-20', wikidata: 'Q999999903',
    roles: [{ title: 'Test subject', from: '2026', to: null, sources: ['t1'] }],
    facts: [{ text: 'Exists only in this test.', date: '2026-11', sources: ['t1'] }],
  }],
});

let browser: ExtensionBrowser;
let server: FixtureServer;
let options: Page;
let article: Page;
let answer = FIXTURE;
const queries: string[] = [];

interface CardRoleData { title: string; wikidataDiffers?: { holder: string; since?: string; checkedAt: string } }
type Answer = { res?: { ok: boolean; cards?: { id: string; roles: CardRoleData[] }[]; error?: string } };

/** Ask the background from the content script's world, as the card does (the messaging library's wire format). */
function askFromContent(name: string, data: unknown): Promise<Answer | undefined> {
  return inContentWorld<Answer>(article, `chrome.runtime.sendMessage({ id: 1, type: ${JSON.stringify(name)}, data: ${JSON.stringify(data)}, timestamp: Date.now() })`);
}

beforeAll(async () => {
  server = await serveFixtures();
  server.route((req, res) => {
    if (req.url === '/sparql' && req.method === 'POST') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        queries.push(new URLSearchParams(body).get('query') ?? '');
        res.writeHead(200, { 'content-type': 'application/sparql-results+json', 'access-control-allow-origin': '*' });
        res.end(answer);
      });
      return true;
    }
    if (req.url === '/wd-feed.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(FEED_PACK);
      return true;
    }
    if (req.url === '/wd-page.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><body><article><p>${PAGE_TEXT}</p></article></body></html>`);
      return true;
    }
    return false;
  });
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html?tab=feeds&wikidataEndpoint=${encodeURIComponent(`${server.origin}/sparql`)}`);
  article = await browser.context.newPage();
  await article.goto(`${server.origin}/wd-page.html`);
  await waitForHighlights(article, 1);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const row = () => options.locator('.wikidata-differences li[data-office="prime-minister:kazakhstan"]');

describe('Check against Wikidata', () => {
  it('sends one query of office data only and lists the difference', async () => {
    await options.getByRole('button', { name: 'Check against Wikidata' }).click();
    await row().waitFor();
    expect(queries, 'one click, one query').toHaveLength(1);
    expect(queries[0], 'the bundled pack’s offices are asked').toContain('prime-minister:kazakhstan');
    expect(queries[0], 'never page text').not.toContain('met reporters');
    const text = await row().textContent();
    expect(text).toMatch(/Pack: Olzhas Bektenov/);
    expect(text).toMatch(/Wikidata: Test Successor/);
    expect(await row().locator('a[href="https://www.wikidata.org/wiki/Q999999902"]').count(), 'links to the Wikidata item').toBe(1);
    expect(await row().locator('a[href*="tab=entities&entity="]').count(), 'links to the entity').toBe(1);
    expect(await options.locator('.wikidata-summary').textContent(), 'the agreeing office is counted').toMatch(/1 agree/);
  });

  it('marks the role on a card the reader opens, never on the prefetched card, and refuses a check from a page', async () => {
    await hoverCard(article, 'Olzhas Bektenov');
    const details = await askFromContent('getCardDetails', { ids: ['olzhas-bektenov'] });
    const role = details?.res?.cards?.[0]?.roles.find((r) => r.wikidataDiffers);
    expect(role?.wikidataDiffers, 'the card data carries the flag').toMatchObject({ holder: 'Test Successor', since: '2026-11-15' });
    const prefetched = await askFromContent('getCards', { ids: ['olzhas-bektenov'] });
    expect(prefetched?.res?.cards?.[0]?.roles.some((r) => r.wikidataDiffers), 'pack-only cards never carry it').toBe(false);
    const fromPage = await askFromContent('checkWikidata', {});
    expect(fromPage?.res, 'a content script cannot start a check').toMatchObject({ ok: false, error: expect.stringMatching(/refused: not accepted from a content script/) });
    expect(queries, 'nothing more was sent').toHaveLength(1);
  });

  it('shows the error of a malformed answer and keeps the earlier list', async () => {
    answer = '{"head": {"vars": []}, "results": {"bindings": [{"holder": {"type": "uri", "value": "javascript:alert(1)"}}]}}';
    await options.getByRole('button', { name: 'Check against Wikidata' }).click();
    await options.getByRole('alert').filter({ hasText: 'Check failed' }).waitFor();
    expect(await options.getByRole('alert').textContent()).toMatch(/script or data URL.*earlier result is kept/);
    expect(await row().count(), 'the earlier difference is still listed').toBe(1);
    answer = FIXTURE;
  });

  it('dismisses the difference for good: gone after a reload, and the card flag with it', async () => {
    await row().getByRole('button', { name: 'Dismiss' }).click();
    await row().waitFor({ state: 'detached' });
    await options.reload();
    await options.locator('.wikidata-summary').waitFor();
    expect(await row().count(), 'still dismissed after a reload').toBe(0);
    const details = await askFromContent('getCardDetails', { ids: ['olzhas-bektenov'] });
    expect(details?.res?.cards?.[0]?.roles.some((r) => r.wikidataDiffers), 'no flag once dismissed').toBe(false);
    await options.getByRole('button', { name: 'Check against Wikidata' }).click();
    await options.locator('.wikidata-summary').filter({ hasText: '1 dismissed' }).waitFor();
    expect(await row().count(), 'the same answer again does not bring it back').toBe(0);
  });

  it('links an entity’s Wikidata id from its detail pane, opening a new tab without a referrer', async () => {
    await options.getByRole('tab', { name: 'Feeds' }).click();
    await options.getByLabel('Feed URL').fill(`${server.origin}/wd-feed.json`);
    await options.getByRole('button', { name: 'Subscribe' }).click();
    await options.getByText(/Subscribed: updated to version 1/).waitFor();
    await options.getByRole('tab', { name: 'Entities' }).click();
    await options.getByLabel('Search entities').fill('Vera Testova');
    await options.locator('.result[data-entity="vera-testova"]').click();
    const link = options.locator('.detail a.wikidata-link');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q999999903');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noreferrer noopener');
  });
});
