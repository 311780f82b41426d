/**
 * Runs inside a plain Chromium page (real IndexedDB, no extension): the store's writes
 * and reads at a given fact-base size, timed with performance.now(). Bundled by
 * scripts/bench-store-browser.ts; asserts nothing.
 */
import Dexie from 'dexie';
import { chunked, entityChunk, FactBaseDB } from '../../lib/factbase/db';
import { getEntitiesWithSources, installPack } from '../../lib/factbase/store';
import { installPackKeepingEdits, visibleEntities } from '../../lib/factbase/view';
import { FactBaseService } from '../../lib/background/factbase-service';
import type { Entity, FactPack, Source } from '../../lib/factbase/schema';
import { rng } from '../fixtures/seeded-random';

/** An OpenSanctions-like person: names in two scripts, two aliases, a role and a fact citing one of the pack's sources. */
export function syntheticPack(id: string, size: number, version = '1'): FactPack {
  const r = rng(size);
  const syl = ['ka', 'ras', 'bek', 'mur', 'tal', 'dos', 'an', 'jan', 'sul', 'ta', 'nur', 'ali', 'mir', 'zo', 'gul'];
  const word = () => Array.from({ length: 3 }, () => syl[Math.floor(r() * syl.length)]!).join('');
  const sources: Source[] = Array.from({ length: Math.max(1, Math.ceil(size / 100)) }, (_, i) => ({
    id: `s${i}`, title: `Register extract ${i}`, publisher: 'Bench', date: '2026-01-01', url: `https://example.org/register/${i}`,
  }));
  const entities: Entity[] = Array.from({ length: size }, (_, i) => {
    const first = word(), last = word();
    const cite = [`s${Math.floor(i / 100)}`];
    return {
      id: `${id}-${i}`, type: 'person', names: { en: `${first} ${last}ov`, ru: `${first} ${last}ов` },
      aliases: [{ text: `${last}ov` }, { text: `${last}yev` }],
      roles: [{ title: `Deputy minister ${i % 40}`, from: '2020-01-01', to: null, sources: cite }],
      facts: [{ text: `${first} ${last}ov was appointed in 2020.`, date: '2020', sources: cite }],
      related: [], country: 'kazakhstan', checked: '2026-11-22',
    };
  });
  return { format: 'silklens-pack/1', id, title: id, publisher: 'Bench', version, published: '2026-11-22', sources, entities };
}

const small: FactPack = { ...syntheticPack('bundled', 300), entities: [...syntheticPack('bundled', 300).entities, {
  id: 'kazakhstan', type: 'country', names: { en: 'Kazakhstan', ru: 'Казахстан' }, aliases: [], roles: [], facts: [], related: [], checked: '2026-11-22',
}] };

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const value = await work();
  return [performance.now() - t, value];
}

/** Raw writes of the same chunks at several chunk sizes, with and without the `*ids` index: where install time goes. */
export async function rawWrites(size: number): Promise<Record<string, number>> {
  const pack = syntheticPack('raw', size);
  const out: Record<string, number> = {};
  for (const chunkSize of [50, 100, 250, 500]) {
    const chunks = chunked(pack.entities, chunkSize).map((list, i) => entityChunk('raw', i, list));
    for (const [label, schema] of [['plain', '[packId+chunk], packId'], ['ids', '[packId+chunk], packId, *ids']] as const) {
      const name = `raw-${Math.random()}`;
      const db = new Dexie(name);
      db.version(1).stores({ chunks: schema });
      await db.open();
      [out[`put${chunkSize}_${label}Ms`]] = await time(() => db.transaction('rw', db.table('chunks'), () => db.table('chunks').bulkPut(chunks)));
      db.close();
      await Dexie.delete(name);
    }
  }
  const t = performance.now();
  const cloned = structuredClone(pack.entities);
  out.structuredCloneMs = performance.now() - t;
  void cloned;
  return out;
}

export async function run(size: number): Promise<Record<string, number>> {
  const name = `bench-${size}-${Math.random()}`;
  const db = new FactBaseDB(name);
  await installPack(db, small, 'bundled', { from: 'bundled' });
  const pack = syntheticPack('import', size);
  const out: Record<string, number> = {};
  [out.installNewMs] = await time(() => installPackKeepingEdits(db, pack, 'import', { prevalidated: true }));
  [out.installUpdateMs] = await time(() => installPackKeepingEdits(db, { ...pack, version: '2' }, 'import', { prevalidated: true }));
  db.close();

  // Cold: a fresh database handle and service, as after the service worker wakes.
  const r = rng(7);
  const ids = Array.from({ length: 500 }, () => `import-${Math.floor(r() * size)}`);
  const service = () => new FactBaseService({ db: new FactBaseDB(name), loadBundled: async () => small, today: () => '2026-12-03' });
  let cold = service();
  [out.coldOneCardMs] = await time(() => cold.cards([ids[0]!]));
  cold = service();
  [out.cold50ConcurrentMs] = await time(() => Promise.all(ids.slice(0, 50).map((id) => cold.cards([id]))));
  cold = service();
  [out.cold500IdsMs] = await time(() => cold.cards(ids));
  [out.warm500IdsMs] = await time(() => cold.cards(ids));
  [out.warmOneCardMs] = await time(() => cold.cards([ids[1]!]));
  if (new URLSearchParams(location.search).has('phases')) {
    const fresh = new FactBaseDB(name);
    [out.lookup500Ms] = await time(() => getEntitiesWithSources(fresh, ids));
    [out.indexKeys500Ms] = await time(() => fresh.entityChunks.where('ids').anyOf(ids).primaryKeys());
    [out.indexKeysEach500Ms] = await time(() => Promise.all(ids.map((id) => fresh.entityChunks.where('ids').equals(id).primaryKeys())));
    const keys = [...new Set((await fresh.entityChunks.where('ids').anyOf(ids).primaryKeys()).map((k) => JSON.stringify(k)))].map((k) => JSON.parse(k) as [string, number]);
    out.chunksRead = keys.length;
    [out.bulkGetChunksMs] = await time(() => fresh.entityChunks.bulkGet(keys));
    [out.editsAnyOfMs] = await time(() => fresh.edits.where('entityId').anyOf(ids).toArray());
  }
  [out.visibleEntitiesMs] = await time(() => visibleEntities(new FactBaseDB(name)));
  await new FactBaseDB(name).delete();
  return out;
}

(globalThis as { benchStore?: unknown }).benchStore = { run, rawWrites };
