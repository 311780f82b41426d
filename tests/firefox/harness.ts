/**
 * Firefox harness: Debian's firefox-esr (FIREFOX_PATH or /usr/bin/firefox-esr), headless,
 * driven by puppeteer-core over WebDriver BiDi, with the built Firefox extension
 * (.output/firefox-mv3) installed as a temporary add-on.
 *
 * Firefox has no CDP, so nothing here reaches the content script's own world (the
 * Chromium tests read it through tests/e2e/content-world.ts). These tests assert what a
 * page and a user can observe: the page-readable CSS.highlights registry, real pointer
 * input, and text that find-in-page sees rendered (the card's closed shadow root).
 */
import { textPoint } from '../text-point';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from '../e2e/harness';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
/** The add-on id from wxt.config.ts (browser_specific_settings.gecko.id). */
const ADDON_ID = 'silklens@silklens.invalid';
/** Fixed moz-extension:// host, so the options page has a known URL (Firefox picks a random one otherwise). */
export const EXTENSION_UUID = '5e1c7a2b-9d04-4f6e-a3b8-2c71d0e9f415';

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(`Firefox not found at ${path}. Install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  }
  return path;
}

export interface FirefoxWithExtension {
  browser: Browser;
  newPage(): Promise<Page>;
  /** A tab showing the extension's options page. */
  openOptions(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox --mv3\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'silklens-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir,
    // Without it WebDriver BiDi refuses to navigate to moz-extension:// URLs (the options page).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // The tests run on a closed network: keep Firefox from dialling out.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'intl.locale.requested': 'en-US',
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const newPage = async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    return page;
  };
  return {
    browser,
    newPage,
    openOptions: async () => {
      const page = await newPage();
      const url = `moz-extension://${EXTENSION_UUID}/options.html`;
      // Firefox loads extension pages in another process and swaps the tab's document;
      // puppeteer then never sees the navigation finish (it times out or reports the frame
      // detached). So: start it, and wait for a tab whose document is the options page.
      page.goto(url, { timeout: 20_000 }).catch(() => undefined);
      return findPage(browser, (href) => href === url);
    },
    close: async () => {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function findPage(browser: Browser, match: (href: string) => boolean, timeoutMs = 15_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (match(href)) return page;
    }
    if (Date.now() > deadline) throw new Error('no tab with the expected page appeared');
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

/**
 * The texts painted in a highlight (read from the page: CSS.highlights is page-readable).
 * Without `name`, every styled Silk Lens highlight: the registry holds only ranges near the
 * viewport (lib/dom/highlighter.ts), which on these one-screen fixture pages is all of them.
 */
export function highlightedTexts(page: Page, name?: string): Promise<string[]> {
  return page.evaluate((n) => {
    const ranges = [...CSS.highlights]
      .filter(([key]) => (n === null ? key.startsWith('silklens-') && key !== 'silklens-walk' : key === n))
      .flatMap(([, h]) => [...h]);
    return ranges.map((r) => {
      // Painted ranges may be StaticRange (no text of their own): read each through a live Range.
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    });
  }, name ?? null);
}

/** Wait until a highlight holds a range over exactly `text`. */
export async function waitForHighlightedText(page: Page, text: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await highlightedTexts(page)).includes(text)) {
    if (Date.now() > deadline) throw new Error(`no highlight over "${text}" within ${timeoutMs} ms; painted: ${(await highlightedTexts(page)).join(', ')}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Move the real (BiDi input) pointer to the middle of the first occurrence of `text`. */
export async function hoverText(page: Page, text: string): Promise<void> {
  const point = await page.evaluate(textPoint, text);
  if (!point) throw new Error(`"${text}" is not on the page`);
  await page.mouse.move(0, 0);
  await page.mouse.move(point.x, point.y);
}

/**
 * Where find-in-page sees `text` rendered: 'shadow' when it is inside a shadow root (the
 * card's closed root: the page cannot query it, but Firefox's find does search rendered
 * shadow content), 'document' when it is in the page's own DOM, null when not shown.
 * Clears the selection find leaves behind.
 */
export function findRendered(page: Page, text: string): Promise<'shadow' | 'document' | null> {
  return page.evaluate((t) => {
    const selection = getSelection();
    selection?.removeAllRanges();
    // window.find(text, caseSensitive, backwards, wrapAround): non-standard, Firefox and Chromium.
    const found = (window as unknown as { find(s: string, c: boolean, b: boolean, w: boolean): boolean }).find(t, true, false, true);
    const node = selection?.anchorNode ?? null;
    selection?.removeAllRanges();
    if (!found || !node) return null;
    return node.getRootNode() === document ? 'document' : 'shadow';
  }, text);
}

/** An entity of the bundled pack (assets/packs/central-asia.json), by its English name. */
export function bundledEntity(nameEn: string): { description: string; roles: { title: string }[] } {
  const pack = JSON.parse(readFileSync(join(ROOT, 'assets/packs/central-asia.json'), 'utf8')) as { entities: { names: { en: string }; description: string; roles: { title: string }[] }[] };
  const entity = pack.entities.find((e) => e.names.en === nameEn);
  if (!entity) throw new Error(`the bundled pack has no "${nameEn}"`);
  return entity;
}

/** Poll `probe` until `done` accepts its value or time runs out; returns the last value (the caller asserts). */
export async function waitFor<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((ok) => setTimeout(ok, 150));
  }
}
