/**
 * `node --import tsx scripts/bench-frame.ts`: the bench's frame after a DOM change
 * (bench-measure.ts frameAfterChange, same page, settings and order: hovers first) under
 * a DevTools trace, with the sample's main-thread time broken down by phase, Silk Lens on
 * and switched off for the site. Run `node scripts/build-test.mjs` first.
 *
 *   --base bundled|10k|50k|200k (default bundled)   --runs N (default 3)   --page 1m-en-dense
 *   --hovers N (default 20, as the bench)   --top N (phases printed, default 14)
 *   --fair (the off page scrolled to where the hovers left the on page, pointer on it: the
 *     bench compares the on page near its end, where most changes shift the screen's content,
 *     with the off page at its top, where they shift nothing on screen)
 *   --dump PREFIX (write each run's raw trace to PREFIX-on-R.json / PREFIX-off-R.json)
 */
import { BASES, median, type BaseName } from './bench-grid';
import { applyBenchSettings, installPack, launchBench, settleWorker } from './bench-browser';
import { syntheticPack } from './bench-factbase';
import { hoverCards, openPage, readLoad, runSilkLens, traceFrameAfterChange, type FrameBreakdown } from './bench-measure';
import { benchPage, type PageDensity, type PageLang } from './bench-pages';
import { serveFixtures } from '../tests/e2e/harness';
import { SIZES, type SizeName } from './bench-grid';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1]!;
};
const base = arg('base', 'bundled') as BaseName;
const runs = Number(arg('runs', '3'));
const hovers = Number(arg('hovers', '20'));
const top = Number(arg('top', '14'));
const dump = arg('dump', '');
/** Off page at the on page's scroll position with the pointer over it, as the on page is after its hovers. */
const fair = process.argv.includes('--fair');
const [size, lang, density] = arg('page', '1m-en-dense').split('-') as [SizeName, PageLang, PageDensity];
if (!(base in BASES) || !(size in SIZES)) throw new Error('--base bundled|10k|50k|200k, --page <100k|1m|5m>-<en|ru>-<dense|sparse>');

const html = benchPage({ bytes: SIZES[size], lang, density });
const server = await serveFixtures();
server.page('/bench/p.html', html);
const port = new URL(server.origin).port;
const b = await launchBench();
const on: FrameBreakdown[] = [];
const off: FrameBreakdown[] = [];
try {
  await applyBenchSettings(b, 'localhost');
  if (BASES[base]) await installPack(b, syntheticPack(BASES[base]), 1_200_000);
  // The first page after an install pays the compile (left out, as in the bench).
  await (await runSilkLens(b.context, `http://127.0.0.1:${port}/bench/p.html`, 1_200_000)).page.close();
  for (let r = 0; r < runs; r++) {
    await settleWorker(b);
    const run = await runSilkLens(b.context, `http://127.0.0.1:${port}/bench/p.html`, 120_000);
    if (hovers) await hoverCards(run.page, hovers);
    const styled = await run.page.evaluate(() => { let n = 0; for (const [name, h] of CSS.highlights) if (name.startsWith('silklens-')) n += h.size; return n; });
    on.push(await traceFrameAfterChange(run.page, 20, dump ? `${dump}-on-${r}.json` : undefined));
    process.stderr.write(`on run ${r + 1}: ${run.stats.painted} ranges, ${styled} styled, median ${median(on.at(-1)!.samples)?.toFixed(1)} ms\n`);
    const at: number = await run.page.evaluate(() => window.scrollY);
    await run.page.close();
    const o = await readLoad(await openPage(b.context, `http://localhost:${port}/bench/p.html`));
    if (fair) {
      await o.page.evaluate((y) => scrollTo(0, y), at);
      await o.page.mouse.move(600, 300);
      await o.page.waitForTimeout(300);
    }
    off.push(await traceFrameAfterChange(o.page, 20, dump ? `${dump}-off-${r}.json` : undefined));
    await o.page.close();
  }
} finally {
  await b.close();
  await server.close();
}
const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '–' : x.toFixed(2));
const phase = (xs: FrameBreakdown[], n: string) => median(xs.map((x) => x.phases[n] ?? 0));
const names = [...new Set([...on, ...off].flatMap((x) => Object.keys(x.phases)))].sort((a, b) => (phase(on, b) ?? 0) - (phase(on, a) ?? 0)).slice(0, top);
console.log(`${base}, ${size}-${lang}-${density}, ${runs} runs of 20 changes (medians of per-run medians; machine shared)`);
console.log(`frame after change ms: on ${fmt(median(on.map((x) => median(x.samples)!)))}  off ${fmt(median(off.map((x) => median(x.samples)!)))}`);
console.log('phase (self ms in the sample window)'.padEnd(60), 'on'.padStart(8), 'off'.padStart(8));
const busy = (xs: FrameBreakdown[]) => median(xs.map((x) => x.busy));
console.log('main thread busy (all self time)'.padEnd(60), fmt(busy(on)).padStart(8), fmt(busy(off)).padStart(8));
for (const n of names) console.log(n.slice(0, 60).padEnd(60), fmt(phase(on, n)).padStart(8), fmt(phase(off, n)).padStart(8));
