/**
 * The card a reader sees first is compact (name, current role, three facts, newest
 * first or nearest an older page's date); "More" opens the rest in place; the card
 * links to the entity in the options page; a title says why it opened this holder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hoverText, launchWithExtension, serveFixtures, waitForHighlightedText, type ExtensionBrowser, type FixtureServer } from './harness';
import { cardRect, queryCard, waitForCardText } from './content-world';

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface CardState { facts: string[]; roles: number; expanded: string | null; otherNames: number; sources: number; link: string | null; why: string | null }

const state = () =>
  queryCard<CardState>(page, `({
    facts: [...root.querySelectorAll('.fact time')].map((t) => t.getAttribute('datetime')),
    roles: root.querySelectorAll('.role').length,
    expanded: root.querySelector('.more-toggle')?.getAttribute('aria-expanded') ?? null,
    otherNames: root.querySelectorAll('.other-name').length,
    sources: root.querySelectorAll('.source').length,
    link: root.querySelector('footer .options-link')?.getAttribute('href') ?? null,
    why: root.querySelector('.why')?.textContent ?? null,
  })`);

async function openCard(text: string, pattern: RegExp): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await waitForHighlightedText(page, text);
  await hoverText(page, text);
  await waitForCardText(page, pattern);
}

async function click(selector: string): Promise<void> {
  // The expanded card scrolls inside itself: bring the target into its view first.
  await queryCard(page, `(root.querySelector(${JSON.stringify(selector)})?.scrollIntoView({ block: 'nearest' }), true)`);
  const box = await cardRect(page, selector);
  expect(box, `${selector} is on the card`).not.toBeNull();
  await page.mouse.move(box!.cx, box!.cy, { steps: 4 });
  await page.mouse.click(box!.cx, box!.cy);
}

const newestFirst = (dates: string[]) => [...dates].sort((a, b) => b.localeCompare(a));

describe('the compact card on a current page', () => {
  beforeAll(async () => {
    await page.goto(`${server.origin}/card-today.html`);
  });

  it('shows the name, one role and the three newest facts, with only the sources they cite', async () => {
    await openCard('Kassym-Jomart Tokayev', /Tokayev/);
    const s = (await state())!;
    expect(s.facts, 'three facts in the compact card').toHaveLength(3);
    expect(s.facts, 'newest first on a current page').toEqual(newestFirst(s.facts));
    expect(s.roles, 'one role: the current one').toBe(1);
    expect(s.expanded, 'More is offered, collapsed').toBe('false');
    expect(s.otherNames, 'other names wait for More').toBe(0);
  });

  it('"More" expands in place: every role, more facts, other names, all their sources', async () => {
    const before = (await state())!;
    await click('.more-toggle');
    await expect.poll(async () => (await state())?.expanded, { timeout: 3000 }).toBe('true');
    const s = (await state())!;
    expect(s.facts.length, 'more facts than the compact three').toBeGreaterThan(3);
    expect(s.facts, 'still newest first').toEqual(newestFirst(s.facts));
    expect(s.roles, 'past roles too').toBeGreaterThanOrEqual(before.roles);
    expect(s.otherNames, 'names in Russian and Kazakh').toBeGreaterThan(0);
    expect(s.sources, 'the sources of everything shown').toBeGreaterThanOrEqual(before.sources);
  });

  it('links to the entity in the options page, and the link opens it', async () => {
    const s = (await state())!;
    expect(s.link, 'a real address, not a bare button').toBe(`chrome-extension://${browser.extensionId}/options.html?tab=entities&entity=kassym-jomart-tokayev`);
    const opened = browser.context.waitForEvent('page', { timeout: 10_000 });
    await click('footer .options-link');
    const options = await opened;
    await options.waitForLoadState();
    expect(options.url(), 'the options page opens on the entity').toContain('entity=kassym-jomart-tokayev');
    await expect.poll(() => options.getByText('Kassym-Jomart Tokayev').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await options.close();
    await page.bringToFront();
  });

  it('says why a title opened this holder: the office holder on the page’s date', async () => {
    await openCard('President of Kazakhstan', /Tokayev/);
    const s = (await state())!;
    expect(s.why, 'the why line names the title and the page’s date').toMatch(/President of Kazakhstan.+30 Nov 2026/);
  });
});

describe('the compact card on an older page', () => {
  it('puts the facts nearest the page’s date first', async () => {
    await page.goto(`${server.origin}/card-2019.html`);
    await openCard('Kassym-Jomart Tokayev', /Tokayev/);
    const s = (await state())!;
    expect(s.facts[0]?.slice(0, 4), 'a June 2019 page: a 2019 fact first').toBe('2019');
  });
});
