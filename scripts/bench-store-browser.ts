/**
 * `node --import tsx scripts/bench-store-browser.ts [sizes…]`: the fact base's writes and
 * reads (lib/factbase/store.ts, lookup.ts, view.ts, FactBaseService.cards) in Chromium's
 * real IndexedDB, at 10,000, 50,000 and 200,000 entities by default: install of a new
 * pack and of its update (installPackKeepingEdits, prevalidated, as Apply calls it), card
 * lookups cold (a fresh handle and service, as after the worker wakes: one card, 50
 * concurrent one-card requests, one 500-id request) and warm, and visibleEntities. A plain
 * page on a local server runs the bundled code (scripts/bench-store/entry.ts), so the
 * numbers are the store's own, without the options page around them. Prints medians;
 * asserts nothing. Environment: RUNS (default 3); PHASES=1 adds the lookup's parts;
 * BENCH=rawWrites times bare chunk writes at several chunk sizes, with and without the
 * `ids` index.
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { chromePath } from '../tests/e2e/harness';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const runs = Number(process.env.RUNS ?? 3);
const bundle = await build({ entryPoints: [new URL('./bench-store/entry.ts', import.meta.url).pathname], bundle: true, format: 'esm', write: false, target: 'chrome120' });
const script = bundle.outputFiles[0]!.text;
const server = createServer((req, res) => {
  if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script type="module" src="/bench.js"></script>');
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/${process.env.PHASES ? '?phases' : ''}`);
  await page.waitForFunction(() => 'benchStore' in globalThis);
  for (const size of sizes.length ? sizes : [10_000, 50_000, 200_000]) {
    const samples: Record<string, number>[] = [];
    for (let i = 0; i < runs; i++) {
      samples.push(await page.evaluate(([n, fn]) => (globalThis as unknown as { benchStore: Record<string, (n: number) => Promise<Record<string, number>>> }).benchStore[fn]!(n), [size, process.env.BENCH ?? 'run'] as const));
    }
    const median = (key: string) => samples.map((s) => s[key]!).sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
    console.log(`${size.toLocaleString('en')} entities (median of ${runs}):`);
    for (const key of Object.keys(samples[0]!)) console.log(`  ${key.padEnd(20)} ${median(key).toFixed(0).padStart(7)} ms   [${samples.map((s) => s[key]!.toFixed(0)).join(', ')}]`);
  }
} finally {
  await browser.close();
  server.close();
}
