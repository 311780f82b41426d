/**
 * Dense pages (issue 12, item 5): by default ("automatic") a page with more than
 * DENSE_PAGE_MENTIONS mentions underlines only the first mention of each entity; the
 * others stay reachable by the keyboard walk; "every mention" and "first only" switch
 * open pages at once. The page is generated: 64 paragraphs, four mentions each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightedTexts, launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { cardRect, pageStats, waitForCardText, waitForMentionCount } from './content-world';
import { DENSE_PAGE_MENTIONS } from '../../lib/settings/display';

let browser: ExtensionBrowser;
let server: FixtureServer;

const PARAGRAPHS = 64;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Regional digest</title>
<style>body { font: 16px/1.5 sans-serif; margin: 0 24px; } p { margin: 0 0 40px; }</style></head><body>
${Array.from({ length: PARAGRAPHS }, (_, i) => `<p id="p${i}">Item ${i}: Kazakhstan and Uzbekistan agreed on water quotas; President Kassym-Jomart Tokayev spoke about Tajikistan.</p>`).join('\n')}
</body></html>`;
const MENTIONS = PARAGRAPHS * 4;
const ENTITIES = 4;

/**
 * About 1 MB of news-like paragraphs, as the page benchmark builds them (scripts/bench-page.ts):
 * `named` of them carry names (a mention every few sentences), the rest are plain prose.
 */
function bigPage(bytes: number, named: (i: number) => boolean): string {
  const withNames = 'Officials in Astana said Kassym-Jomart Tokayev would meet the leaders of Kyrgyzstan and Uzbekistan; В Ташкенте заявили, что Шавкат Мирзиёев проведёт переговоры с делегацией Таджикистана.';
  const plain = 'The ministry declined to comment on the report, citing the ongoing review of the budget and the figures the statistics agency will publish next quarter.';
  const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Digest</title></head><body><article>'];
  for (let i = 0, size = 0; size < bytes; i++) {
    const p = `<p>${named(i) ? withNames : plain} ${plain}</p>`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article></body></html>');
  return parts.join('\n');
}
/**
 * 1 MB that is light where it opens (10 named paragraphs, ~60 mentions: under the threshold)
 * and dense from half-way down: the first slices alone cannot tell the page is dense, and
 * frames render while the scan walks the prose between. (A page dense from its first line
 * crosses DENSE_PAGE_MENTIONS within the first 8 ms slice, before any frame.)
 */
const DENSE_1MB = bigPage(1_000_000, (i) => i < 10 || i >= 1500);
/** 1 MB with names in 10 paragraphs only (page top and far down): a light page however long. */
const LIGHT_1MB = bigPage(1_000_000, (i) => i < 5 || (i >= 2000 && i < 2005));

/**
 * Counts, in every frame from the page's start, the ranges in Silk Lens's styled highlights
 * (`silklens-person`, …; the registry holds only ranges near the viewport): what the reader
 * could have seen, frame by frame.
 */
function sampleFrames() {
  const w = window as unknown as { __painted: { t: number; n: number }[] };
  w.__painted = [];
  const tick = (t: number) => {
    let n = 0;
    for (const [name, h] of (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights ?? []) if (name.startsWith('silklens-') && name !== 'silklens-walk') n += h.size;
    w.__painted.push({ t, n });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

beforeAll(async () => {
  server = await serveFixtures();
  server.page('/dense.html', PAGE);
  server.page('/dense-1mb.html', DENSE_1MB);
  server.page('/light-1mb.html', LIGHT_1MB);
  browser = await launchWithExtension();
  await new Promise((r) => setTimeout(r, 1500)); // the worker loads the bundled pack on install
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function chooseFirstMention(mode: 'auto' | 'always' | 'never'): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html?tab=settings`);
  await options.locator(`input[name="first-only"][value="${mode}"]`).check();
  await options.close();
}

async function openDense(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/dense.html`);
  // Wait for the whole page to be scanned: every mention found.
  await expect.poll(async () => (await pageStats(page))?.mentions, { message: 'every mention found', timeout: 20_000 }).toBe(MENTIONS);
  return page;
}

describe('dense pages', () => {
  it(`underlines one mention per entity by default on a page with more than ${DENSE_PAGE_MENTIONS} mentions; the setting switches open pages`, async () => {
    expect(MENTIONS, 'the generated page is dense').toBeGreaterThan(DENSE_PAGE_MENTIONS);
    const page = await openDense();
    const auto = await waitForMentionCount(page, (n) => n === ENTITIES, `${ENTITIES} underlines`);
    const texts = await highlightedTexts(page);
    expect(texts, 'the first mention of each entity, in document order').toEqual(['Kazakhstan', 'Uzbekistan', 'Kassym-Jomart Tokayev', 'Tajikistan']);
    await chooseFirstMention('never');
    const never = await waitForMentionCount(page, (n) => n === MENTIONS, `all ${MENTIONS} underlined`);
    await chooseFirstMention('auto');
    await waitForMentionCount(page, (n) => n === ENTITIES, `${ENTITIES} underlines again`);
    console.log(`[dense-page] ${MENTIONS} mentions: automatic underlines ${auto}, every-mention ${never}`);
    await page.close();
  });

  it('the keyboard walk reaches mentions that are not underlined', async () => {
    const page = await openDense();
    await waitForMentionCount(page, (n) => n === ENTITIES, `${ENTITIES} underlines`);
    await page.bringToFront();
    // Mention 41 is the first of paragraph 10 (four per paragraph): not underlined.
    for (let i = 0; i < 41; i++) await page.keyboard.press('Alt+Shift+ArrowRight');
    await waitForCardText(page, /Kazakhstan/, 5000);
    const para = await page.evaluate(() => {
      const r = document.getElementById('p10')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, inView: r.top >= 0 && r.bottom <= innerHeight };
    });
    expect(para.inView, 'the walk scrolled paragraph 10 into view').toBe(true);
    const card = await cardRect(page, '.card');
    expect(card, 'a card is open').not.toBeNull();
    expect(card!.y, 'the card sits under the walked-to mention in paragraph 10').toBeGreaterThan(para.top);
    expect(card!.y, 'just below its line').toBeLessThan(para.bottom + 40);
    // The walked mention has no underline: it is marked while its card is open.
    const walkMark = () =>
      page.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('silklens-walk');
        return [...(h ?? [])].map((r) => ({ text: r.startContainer.textContent!.slice(r.startOffset, r.endOffset), in: r.startContainer.parentElement?.id }));
      });
    expect(await walkMark(), 'the walked mention (paragraph 10’s Kazakhstan) is marked').toEqual([{ text: 'Kazakhstan', in: 'p10' }]);
    const styled = await page.evaluate(() => getComputedStyle(document.getElementById('p10')!, '::highlight(silklens-walk)').backgroundColor);
    expect(styled, 'the mark has a visible background').not.toMatch(/^(rgba\(0, 0, 0, 0\)|transparent)$/);
    await page.keyboard.press('Escape');
    await expect.poll(walkMark, { message: 'closing the card removes the mark', timeout: 3000 }).toEqual([]);
    console.log(`[dense-page] walk mark background: ${styled}`);
    await page.close();
  });

  /** Load a page with frames sampled; wait until its scan has settled (the mention count holds still). */
  async function loadSampled(path: string): Promise<{ samples: { t: number; n: number }[]; painted: number; mentions: number; firstPaintMs: number }> {
    const page = await browser.context.newPage();
    await page.addInitScript(sampleFrames);
    await page.goto(`${server.origin}${path}`);
    let last = -1;
    await expect
      .poll(
        async () => {
          const s = await pageStats(page);
          const settled = !!s && s.mentions > 0 && s.mentions === last;
          last = s?.mentions ?? -1;
          return settled;
        },
        { message: 'the scan settled', timeout: 30_000, interval: 500 },
      )
      .toBe(true);
    await page.waitForTimeout(300); // a few more frames after the last paint
    const stats = (await pageStats(page))!;
    const samples = await page.evaluate(() => (window as unknown as { __painted: { t: number; n: number }[] }).__painted);
    await page.close();
    return { samples, painted: stats.painted, mentions: stats.mentions, firstPaintMs: stats.firstPaintMs };
  }

  it('the first paint of a 1 MB page that turns dense below the fold is already first mentions only: no frame shows more (sampled every frame)', async () => {
    await chooseFirstMention('auto');
    const runs = [];
    for (let r = 0; r < 2; r++) runs.push(await loadSampled('/dense-1mb.html'));
    for (const run of runs) {
      expect(run.mentions, 'the page is dense').toBeGreaterThan(DENSE_PAGE_MENTIONS);
      expect(run.samples.filter((s) => s.n > 0).length, 'several frames were painted while the scan ran').toBeGreaterThan(1);
      const painted = run.samples.filter((s) => s.n > 0);
      expect(painted.length, 'frames with underlines were sampled').toBeGreaterThan(0);
      expect(Math.max(...run.samples.map((s) => s.n)), 'no frame ever painted more than one underline per entity').toBeLessThanOrEqual(run.painted);
    }
    await chooseFirstMention('never');
    const never = await loadSampled('/dense-1mb.html');
    await chooseFirstMention('auto');
    const light = await loadSampled('/light-1mb.html');
    expect(light.mentions, 'the long light page has few mentions').toBeLessThanOrEqual(DENSE_PAGE_MENTIONS);
    expect(light.painted, 'a light page ends with every mention underlined').toBe(light.mentions);
    const firstFrame = light.samples.find((s) => s.n > 0);
    const most = Math.max(...light.samples.map((s) => s.n));
    const fullFrame = light.samples.find((s) => s.n === most);
    const ms = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
    console.log(
      `[dense-page] 1 MB dense page, ${runs[0]!.mentions} mentions: first paint ${ms(runs.map((r) => r.firstPaintMs))} ms after the scan began (auto), ` +
        `${never.firstPaintMs.toFixed(1)} ms (every mention); most ranges painted in any frame: auto ${runs.map((r) => Math.max(...r.samples.map((s) => s.n))).join(', ')} ` +
        `(settled ${runs.map((r) => r.painted).join(', ')}), every-mention ${Math.max(...never.samples.map((s) => s.n))}. ` +
        `Light 1 MB page (${light.mentions} mentions): first underline frame to the most underlines on screen ${firstFrame && fullFrame ? (fullFrame.t - firstFrame.t).toFixed(1) : '?'} ms`,
    );
  }, 120_000);
});
