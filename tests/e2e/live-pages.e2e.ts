/**
 * Live pages in Chromium with the built extension: pages that keep changing, frames,
 * shadow DOM, a 100k-text-node page and an SPA. For each: no console errors, the
 * page's text untouched, the right highlights (every painted range from the content
 * script's painter, tests/e2e/content-world.ts; in child frames the styled highlights
 * of CSS.highlights, which hold a small frame's every range), and no very long task after the page built itself. The long-task bound
 * here is loose (a shared 2-core machine); `npm run bench:live` reports the numbers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { countPainted, paintedRanges, waitForCardText } from './content-world';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
  // These pages count every mention (hundreds to thousands): underline them all, not the
  // first of each entity as the default does on pages over 100 mentions.
  await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ display: { firstOnly: 'never' } }));
  await new Promise((r) => setTimeout(r, 1500)); // the worker loads the bundled pack on install
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Far above the 50 ms target, far below the 700 ms–2.4 s tasks of the old page model. */
const LONG_TASK_BOUND_MS = 300;

const LONGTASKS = `
  window.__longtasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
`;

interface Opened {
  page: Page;
  errors: string[];
}

async function open(name: string): Promise<Opened> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(LONGTASKS);
  await page.goto(`${server.origin}/${name}.html`);
  return { page, errors };
}

/**
 * Every painted range: the top frame's from its painter (on screen or not); a child
 * frame's from its styled highlights (the registry holds ranges near the viewport only,
 * which in these small frames is all of them).
 */
async function painted(target: Page | Frame): Promise<{ text: string; connected: boolean }[]> {
  if (!('frames' in target)) {
    return target.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights]
        .filter(([name]) => name.startsWith('silklens-') && name !== 'silklens-walk')
        .flatMap(([, h]) => [...h])
        .map((r) => {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          return { text: live.toString(), connected: r.startContainer.isConnected && r.endContainer.isConnected };
        }),
    );
  }
  return paintedRanges(target);
}

const texts = async (target: Page | Frame) => (await painted(target)).map((r) => r.text);
const count = async (target: Page | Frame) => (await painted(target)).length;

async function waitForCount(target: Page | Frame, atLeast: number): Promise<void> {
  await expect.poll(() => count(target), { timeout: 30_000, interval: 100, message: `at least ${atLeast} painted` }).toBeGreaterThanOrEqual(atLeast);
}

/** Every painted range still points into the page (no stale range after the page's own changes). */
const allConnected = async (target: Page | Frame) => (await painted(target)).every((r) => r.connected);

async function finish({ page, errors }: Opened, options: { wholeText?: boolean } = {}): Promise<void> {
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __longtasks: { start: number; duration: number }[]; __genDone?: number; __staticAtLoad?: string; __textAtLoad?: string; __textOf?: () => string; __stop?: () => void };
    w.__stop?.();
    return {
      longest: Math.max(0, ...w.__longtasks.filter((t) => t.start >= (w.__genDone ?? Infinity)).map((t) => t.duration)),
      tasks: JSON.stringify({ builtAt: Math.round(w.__genDone ?? -1), tasks: w.__longtasks.map((t) => [Math.round(t.start), Math.round(t.duration)]) }),
      staticNow: document.getElementById('static')?.textContent,
      staticAtLoad: w.__staticAtLoad,
      textNow: w.__textOf?.(),
      textAtLoad: w.__textAtLoad,
    };
  });
  expect(errors, 'no console errors').toEqual([]);
  expect(seen.staticNow, 'the page text is untouched (the static part, snapshotted before the extension ran)').toBe(seen.staticAtLoad);
  if (options.wholeText) expect(seen.textNow, 'all the generated text is untouched').toBe(seen.textAtLoad);
  expect(seen.longest, `no task over ${LONG_TASK_BOUND_MS} ms after the page built itself; long tasks [start, ms]: ${seen.tasks}`).toBeLessThan(LONG_TASK_BOUND_MS);
  await page.close();
}

describe('live pages', () => {
  it('a framework app re-rendering the same text every 100 ms stays underlined, with no stale ranges', async () => {
    const opened = await open('live-framework');
    await waitForCount(opened.page, 20);
    await opened.page.waitForTimeout(1200);
    // Ranges of nodes replaced in the last ~100 ms are repainted by the next batch: freeze the page, then look.
    await opened.page.evaluate(() => (window as unknown as { __stop(): void }).__stop());
    await opened.page.waitForTimeout(400);
    const t = await texts(opened.page);
    expect(t, 'names in the static part and in the re-rendered list').toEqual(expect.arrayContaining(['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev', 'Uzbekistan']));
    expect(await allConnected(opened.page), 'every range points at the current nodes after a dozen re-renders').toBe(true);
    await finish(opened);
  });

  it('an infinite feed growing to 5 MB: appended posts get underlined', async () => {
    const opened = await open('live-feed');
    await opened.page.waitForFunction(() => document.querySelectorAll('.post').length >= 2000, null, { timeout: 30_000 });
    await waitForCount(opened.page, 2001);
    // The last post's batch may still be in its slice when the count passes 2,001 (the
    // page has 2,002 mentions): wait for it rather than race it.
    const last = () => countPainted(opened.page, "(r) => document.getElementById('p1999').contains(r.startContainer)");
    await expect.poll(last, { message: 'the last appended post is underlined', timeout: 10_000 }).toBeGreaterThan(0);
    await finish(opened);
  });

  it('1,900 ticking timestamps: highlights stay put and timestamps are never underlined', async () => {
    const opened = await open('live-timestamps');
    await waitForCount(opened.page, 1270);
    const before = await count(opened.page);
    await opened.page.waitForTimeout(2500);
    await opened.page.evaluate(() => (window as unknown as { __stop(): void }).__stop());
    await opened.page.waitForTimeout(400);
    expect(await count(opened.page), 'two ticks later: the same highlights').toBe(before);
    expect((await texts(opened.page)).some((t) => /min ago/.test(t)), 'no timestamp underlined').toBe(false);
    expect(await allConnected(opened.page), 'no range left on a replaced node').toBe(true);
    await finish(opened);
  });

  it('a contenteditable editor: nothing inside is underlined, typing there changes nothing', async () => {
    const opened = await open('live-editor');
    await waitForCount(opened.page, 2);
    await opened.page.click('#editor p');
    await opened.page.keyboard.type(' More about Kassym-Jomart Tokayev and Uzbekistan.', { delay: 20 });
    await opened.page.waitForTimeout(300);
    const inEditor = await countPainted(opened.page, "(r) => document.getElementById('editor').contains(r.startContainer)");
    expect(inEditor, 'no range inside the editor').toBe(0);
    const t = await texts(opened.page);
    expect(t, 'the static part outside the editor is underlined').toContain('Kassym-Jomart Tokayev');
    expect(t, 'names only in the editor are not').not.toContain('Shavkat Mirziyoyev');
    await finish(opened);
  });

  it('same-origin and cross-origin frames are scanned; an empty frame registers nothing', async () => {
    const opened = await open('live-frames');
    await waitForCount(opened.page, 2);
    const frames = opened.page.frames();
    const child = (origin: string) => frames.find((f) => f.url().startsWith(origin) && f.url().endsWith('live-frame-child.html'));
    const same = child(server.origin);
    const cross = child(server.origin.replace('127.0.0.1', 'localhost'));
    expect(same, 'the same-origin frame loaded').toBeDefined();
    expect(cross, 'the cross-origin frame loaded').toBeDefined();
    for (const f of [same!, cross!]) {
      await waitForCount(f, 2);
      expect(await texts(f), `names in ${f.url()}`).toEqual(expect.arrayContaining(['Shavkat Mirziyoyev', 'Uzbekistan']));
    }
    const empty = frames.find((f) => f.name() === '' && f.url() === 'about:blank');
    if (empty) {
      expect(await empty.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size), 'a frame without text never starts').toBe(0);
    }
    await finish(opened);
  });

  it('an open shadow root is scanned, followed and hoverable; a closed one is out of reach', async () => {
    const opened = await open('live-shadow');
    await waitForCount(opened.page, 2);
    expect(await texts(opened.page), 'the name inside the open shadow root').toContain('Shavkat Mirziyoyev');
    expect(await texts(opened.page), 'nothing from the closed shadow root').not.toContain('Kassym-Jomart Tokayev');
    await opened.page.evaluate(() => (window as unknown as { __addLater(): void }).__addLater());
    await waitForCount(opened.page, 3);
    expect(await texts(opened.page), 'text added inside the shadow root later').toContain('Tajikistan');
    const point = await opened.page.evaluate(() => {
      const p = document.getElementById('host')!.shadowRoot!.querySelector('p:not(style)')!;
      const text = p.firstChild as Text;
      const r = document.createRange();
      const at = text.data.indexOf('Mirziyoyev');
      r.setStart(text, at);
      r.setEnd(text, at + 'Mirziyoyev'.length);
      const rect = r.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await opened.page.mouse.move(0, 0);
    await opened.page.mouse.move(point.x, point.y);
    await waitForCardText(opened.page, /Mirziyoyev/, 10_000);
    await finish(opened);
  });

  it('a 100k-text-node page is scanned in slices and every name is underlined', async () => {
    const opened = await open('live-100k');
    await waitForCount(opened.page, 402);
    expect(await count(opened.page), '400 names in the archive and 2 in the static part').toBe(402);
    await finish(opened, { wholeText: true });
  });

  it('an SPA navigation (pushState + new content) is a new page', async () => {
    const opened = await open('live-spa');
    await waitForCount(opened.page, 1);
    expect(await texts(opened.page)).toContain('Kassym-Jomart Tokayev');
    await opened.page.evaluate(() => (window as unknown as { __navigate(): void }).__navigate());
    await expect.poll(() => countPainted(opened.page, "(r) => !!r.startContainer.data?.includes('Mirziyoyev')"), { timeout: 10_000 }).toBeGreaterThan(0);
    const after = await texts(opened.page);
    expect(after, 'the new page is underlined').toEqual(expect.arrayContaining(['Shavkat Mirziyoyev', 'Uzbekistan']));
    expect(after, 'nothing of the old page remains').not.toContain('Kassym-Jomart Tokayev');
    await finish(opened);
  });
});
