/**
 * `npm run bench:page`: the whole page pipeline in real Chromium with the built
 * extension: collect visible text, normalise, scan, resolve, paint highlights.
 * Generates news-like pages of growing size (English and Russian paragraphs, a
 * mention every ~40 words) and reads the content script's performance measures.
 * Prints a table; asserts nothing (timings belong in benchmarks, not tests).
 */
import { launchWithExtension, serveFixtures, waitForHighlights } from '../tests/e2e/harness';
import { pageStats } from '../tests/e2e/content-world';

const EN = [
  'Officials in Astana said on Tuesday that Kassym-Jomart Tokayev would meet regional leaders next month.',
  'The ministry declined to comment on the report, citing the ongoing review of the budget.',
  'Analysts in Bishkek noted that the parliament of Kyrgyzstan had passed the bill in a single reading.',
  'Trade through the region grew, according to figures published by the statistics agency.',
];
const RU = [
  'В Ташкенте заявили, что Шавкат Мирзиёев проведёт переговоры с делегацией Таджикистана.',
  'Эксперты отмечают, что экономика региона растёт быстрее, чем ожидалось в начале года.',
  'Президент Казахстана Токаев подписал указ, сообщила пресс-служба.',
  'Обсуждение законопроекта продолжится на следующей неделе в комитете.',
];

function page(bytes: number): string {
  const parts: string[] = ['<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body><article>'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = `${EN[i % EN.length]} ${RU[i % RU.length]} ${EN[(i + 1) % EN.length]}`;
    const p = i % 7 === 0 ? `<p>${text.replace('Tokayev', '<a href="#">Tokayev</a>')}</p>` : `<p>${text}</p>`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article></body></html>');
  return parts.join('\n');
}

const server = await serveFixtures();
const sizes = [50_000, 250_000, 1_000_000];
for (const n of sizes) {
  const html = page(n);
  server.page(`/bench-${n}.html`, html);
}
const browser = await launchWithExtension();
const rows: string[] = [];
type WorkerStorage = { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
/** Underline every mention ('never' first-only) or the product default ('auto': first mentions on pages over 100). */
async function setFirstOnly(mode: 'auto' | 'never'): Promise<void> {
  await browser.worker.evaluate(async (m) => {
    const types = { person: true, country: true, region: true, organization: true, event: true };
    await (globalThis as unknown as WorkerStorage).chrome.storage.local.set({ display: { firstOnly: m, types } });
  }, mode);
}
try {
  for (const mode of ['never', 'auto'] as const) {
    await setFirstOnly(mode);
    for (const n of sizes) {
      const runs: { total: number; painted: number; found: number }[] = [];
      for (let r = 0; r < 3; r++) {
        const tab = await browser.context.newPage();
        await tab.goto(`${server.origin}/bench-${n}.html`);
        await waitForHighlights(tab, 1);
        // The content script's own counters, read in its isolated world (no page-visible marks).
        const stats = await pageStats(tab);
        runs.push({ total: stats?.firstPaintMs ?? -1, painted: stats?.painted ?? -1, found: stats?.mentions ?? -1 });
        await tab.close();
      }
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      rows.push(`${mode.padEnd(6)} ${(n / 1000).toFixed(0).padStart(6)} KB  ${String(runs[0]!.found).padStart(8)}  ${String(runs[0]!.painted).padStart(8)}  ${median(runs.map((x) => x.total)).toFixed(1).padStart(12)}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('mode   page HTML     found   painted  first paint ms (median of 3, Chromium headless; never = every mention underlined, auto = the default)');
for (const r of rows) console.log(r);
