/**
 * `node --import tsx scripts/bench-compile.ts [entities=20000]`: how long a card request
 * waits when it arrives while the background compiles the dictionary and builds the page
 * index, in Node over fake-indexeddb. Once with the compile in slices (the default,
 * lib/match/sliced.ts) and once in one task (the compile before), cards asked for every
 * 250 ms during the build. Prints numbers; asserts nothing.
 */
import 'fake-indexeddb/auto';
import { FactBaseDB } from '../lib/factbase/db';
import { installPack } from '../lib/factbase/store';
import type { FactPack } from '../lib/factbase/schema';
import { compileDictionary } from '../lib/match/compile';
import { FactBaseService } from '../lib/background/factbase-service';
import { syntheticEntities } from './bench-factbase';

const count = Number(process.argv[2] ?? 20_000);
const pack: FactPack = {
  format: 'silklens-pack/1', id: 'bench', title: 'Bench', publisher: 'Bench', version: '1', published: '2026-12-03',
  sources: [], entities: syntheticEntities(count),
};

async function run(label: string, sliced: boolean): Promise<void> {
  const db = new FactBaseDB(`bench-compile-${label}`);
  await installPack(db, pack, 'import');
  const service = new FactBaseService({ db, loadBundled: async () => pack, ...(sliced ? {} : { compile: compileDictionary }) });
  await service.cards(['bench-person-1']); // warm: the bundled check and Dexie open
  const t0 = performance.now();
  let done = false;
  const build = service.pageIndex().then(() => { done = true; });
  const waits: number[] = [];
  for (let i = 0; !done; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (done) break;
    const t = performance.now();
    await service.cards([`bench-person-${i * 7 + 2}`]);
    waits.push(performance.now() - t);
  }
  await build;
  const buildMs = performance.now() - t0;
  waits.sort((a, b) => a - b);
  const at = (q: number) => (waits.length ? waits[Math.min(waits.length - 1, Math.floor(q * waits.length))]!.toFixed(0) : '–');
  console.log(`${label}: ${count} entities, build ${(buildMs / 1000).toFixed(1)} s; ${waits.length} card requests during it: median ${at(0.5)} ms, max ${at(1)} ms`);
  await db.delete();
}

await run('sliced', true);
await run('one task', false);
