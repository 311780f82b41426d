/**
 * Silk Lens in Firefox (firefox-esr, WebDriver BiDi): underlines on an English and a
 * Russian page, the card on real pointer hover, the options page search, and a signed
 * feed subscription (Ed25519 verified by Firefox's WebCrypto) reaching an open tab.
 * The feed's entity is synthetic test data; the card's expected text is read from the
 * bundled pack, so pack edits do not break the test.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKeys, importPrivateKey, signPack } from '../../lib/factbase/signature';
import { serveFixtures, type FixtureServer } from '../e2e/harness';
import { bundledEntity, findRendered, highlightedTexts, hoverText, launchFirefox, waitFor, waitForHighlightedText, type FirefoxWithExtension } from './harness';

let firefox: FirefoxWithExtension;
let server: FixtureServer;
const feeds = new Map<string, string>();

const RUSSIAN_PAGE = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Обзор</title></head><body><article>
<p>Правозащитники напоминают о событиях января 2022 года в Казахстане при президенте Токаеве.</p>
<p>Журналиста Болота Темирова выслали из Киргизии в 2022 году.</p></article></body></html>`;
const FEED_PAGE = '<!doctype html><html><body><article><p>Reporters met Zarina Testova in Almaty. Kazakhstan was the host.</p></article></body></html>';

const syntheticPack = (version: string) => ({
  format: 'silklens-pack/1', id: 'ff-test-feed', title: 'Firefox test feed', publisher: 'Silk Lens tests', version, published: '2026-11-20',
  sources: [{ id: 't1', title: 'Synthetic test source', publisher: 'Silk Lens tests', date: '2026-11-01', url: 'https://example.org/test-source' }],
  entities: [{
    id: 'zarina-testova', type: 'person', gender: 'f', names: { en: 'Zarina Testova', ru: 'Зарина Тестова' }, checked: '2026-11-20',
    description: 'Synthetic person used by the Firefox feed test',
    roles: [{ title: 'Test subject', from: '2026', to: null, sources: ['t1'] }],
    facts: [{ text: 'Was created for the Firefox feed test.', date: '2026-11-01', sources: ['t1'] }],
  }],
});

beforeAll(async () => {
  server = await serveFixtures();
  server.route((req, res) => {
    const path = req.url ?? '';
    const feed = feeds.get(path);
    if (feed !== undefined) {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(feed);
      return true;
    }
    return false;
  });
  server.page('/ru.html', RUSSIAN_PAGE);
  server.page('/feed-page.html', FEED_PAGE);
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await firefox.newPage();
  await page.goto(`${server.origin}${path}`);
  return page;
}

describe('Silk Lens in Firefox', () => {
  let briefing: Page;

  it('underlines officials, countries and regions on an English page', async () => {
    briefing = await open('/briefing.html');
    await waitForHighlightedText(briefing, 'Bolot Temirov');
    const painted = await highlightedTexts(briefing);
    for (const name of ['Kazakhstan', 'Sadyr Japarov', 'Bolot Temirov', 'Gorno-Badakhshan']) {
      expect(painted, `an English mention of a known entity is underlined: ${name}`).toContain(name);
    }
  });

  it('underlines Russian case forms on a Russian page', async () => {
    const page = await open('/ru.html');
    await waitForHighlightedText(page, 'Казахстане');
    const painted = await highlightedTexts(page);
    for (const form of ['Казахстане', 'Токаеве', 'Болота Темирова']) {
      expect(painted, `an inflected Russian form is underlined as written: ${form}`).toContain(form);
    }
    await page.close();
  });

  it('opens the card on real pointer hover, and Escape closes it', async () => {
    const { roles } = bundledEntity('Bolot Temirov');
    const role = roles[0]!.title;
    expect(await findRendered(briefing, role), 'the card text is not on the page before the hover').toBeNull();
    const hosts = () =>
      briefing.evaluate(() => {
        const extra = [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body);
        return extra.map((e) => ({ open: e.shadowRoot !== null, height: e.getBoundingClientRect().height }));
      });
    await hoverText(briefing, 'Bolot Temirov');
    const host = await waitFor(hosts, (h) => h.length === 1 && h[0]!.height > 50);
    expect(host, 'one card host: its shadow root is closed to the page, and it takes up room on screen').toEqual([{ open: false, height: expect.any(Number) }]);
    expect(host[0]!.height, 'the card is visible (non-zero height)').toBeGreaterThan(50);
    // Firefox's find does reach text in a closed shadow root (what a page can do there:
    // tests/firefox/hostile-card.firefox.ts).
    expect(await findRendered(briefing, role), "the entity's card is rendered inside a shadow root").toBe('shadow');
    await briefing.keyboard.press('Escape');
    expect(await waitFor(hosts, (h) => h.length === 0), 'Escape hides the card').toEqual([]);
  });

  it('finds an entity in the options page search by its Russian name', async () => {
    const options = await firefox.openOptions();
    await options.locator('input#search').fill('Токаев');
    const names = await waitFor(
      () => options.evaluate(() => [...document.querySelectorAll('.result-name')].map((n) => n.textContent ?? '')),
      (found) => found.length > 0,
    );
    expect(names[0], 'a Russian query finds the entity by its Russian name, best match first').toBe('Kassym-Jomart Tokayev');
    await options.close();
  });

  it('subscribes to a signed feed (Ed25519 in Firefox) and underlines its entity in an open tab; refuses a forged one', async () => {
    const keys = await generateSigningKeys();
    const signed = await signPack(syntheticPack('1'), await importPrivateKey(keys.privateKey));
    feeds.set('/signed.json', JSON.stringify(signed));
    feeds.set('/forged.json', JSON.stringify({ ...signed, title: 'Firefox test feed (altered after signing)' }));
    const article = await open('/feed-page.html');
    await waitForHighlightedText(article, 'Kazakhstan');
    expect(await highlightedTexts(article), 'the feed entity is unknown before subscribing').not.toContain('Zarina Testova');

    const options = await firefox.openOptions();
    const subscribe = async (path: string) => {
      await options.locator('[role="tab"]::-p-text(Feeds)').click();
      await options.locator('input[name="feed-url"]').fill(`${server.origin}${path}`);
      await options.locator('input[name="feed-key"]').fill(keys.publicKey);
      await options.locator('button[type="submit"]::-p-text(Subscribe)').click();
    };
    const pageText = () => options.evaluate(() => document.body.innerText);

    await subscribe('/forged.json');
    const refused = await waitFor(async () => /signature does not match/.test(await pageText()), Boolean);
    expect(refused, 'a pack altered after signing is refused with the signature error').toBe(true);

    await subscribe('/signed.json');
    const subscribed = await waitFor(async () => /Subscribed: .*version 1/.test(await pageText()), Boolean);
    expect(subscribed, `a correctly signed pack is installed; the page says: ${(await pageText()).slice(0, 400)}`).toBe(true);
    await waitForHighlightedText(article, 'Zarina Testova');
    await options.close();
    await article.close();
  });
});
