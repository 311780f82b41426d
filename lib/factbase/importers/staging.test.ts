import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Entity, FactPack } from '../schema';
import { STAGE_CHUNK, STAGING_DB, dropStages, readStage, stageChecksum, writeStage } from './staging';

const entity = (id: string): Entity => ({
  id, type: 'person', names: { en: id }, aliases: [], roles: [], related: [], checked: '2026-11-01',
  facts: [{ text: `${id} fact`, date: '2026', sources: ['s1'] }],
});
const pack = (count: number): FactPack => ({
  format: 'silklens-pack/1', id: 'import-watch', title: 'Imported: watch', publisher: 'Imported by the user', version: '2026-12-03', published: '2026-12-03',
  sources: [{ id: 's1', title: 'Source', publisher: 'Pub', date: '2026-10-01' }],
  entities: Array.from({ length: count }, (_, i) => entity(`person-${i}`)),
});

let idb: IDBFactory;
beforeEach(() => {
  idb = new IDBFactory();
});

/** Change the stored chunks behind the staging module's back, as a bug or a crash might. */
async function tamper(edit: (chunks: IDBObjectStore) => void): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = idb.open(STAGING_DB, 1);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const tx = db.transaction('chunks', 'readwrite');
  edit(tx.objectStore('chunks'));
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

describe('import staging: a staged pack reads back whole', () => {
  it.each([
    ['an empty pack', 0],
    ['less than one chunk', 3],
    ['exactly one chunk', STAGE_CHUNK],
    ['several chunks and a partial one', STAGE_CHUNK * 2 + 7],
  ])('%s', async (_, count) => {
    const staged = pack(count);
    const progress: number[] = [];
    const manifest = await writeStage(staged, 'stage-a', { idb, onProgress: (done) => progress.push(done) });
    expect(manifest.entities, 'the manifest counts every entity').toBe(count);
    expect(progress.at(-1) ?? 0, 'progress ends at the entity count').toBe(count);
    expect(await readStage('stage-a', idb), 'what is read back is what was staged').toEqual({ ok: true, pack: staged });
  });
});

describe('import staging: a stage that does not add up is never handed on', () => {
  it('a stage id never staged is refused', async () => {
    await writeStage(pack(3), 'stage-a', { idb });
    const r = await readStage('stage-b', idb);
    expect(r.ok || r.error, 'an unknown stage id names what happened').toMatch(/no longer staged/);
  });

  it('a new stage replaces the earlier one (one import at a time)', async () => {
    await writeStage(pack(3), 'stage-a', { idb });
    await writeStage(pack(5), 'stage-b', { idb });
    expect((await readStage('stage-a', idb)).ok, 'the replaced stage is gone').toBe(false);
    const b = await readStage('stage-b', idb);
    expect(b.ok && b.pack.entities.length, 'the new stage is whole').toBe(5);
  });

  it('a missing chunk makes the stage incomplete', async () => {
    await writeStage(pack(STAGE_CHUNK * 3), 'stage-a', { idb });
    await tamper((chunks) => chunks.delete(['stage-a', 1]));
    const r = await readStage('stage-a', idb);
    expect(r.ok || r.error, 'a half-present stage is refused').toMatch(/incomplete \(2 of 3 parts\)/);
  });

  it('a chunk cut short fails the count and checksum', async () => {
    await writeStage(pack(STAGE_CHUNK + 10), 'stage-a', { idb });
    await tamper((chunks) => {
      const get = chunks.get(['stage-a', 1]);
      get.onsuccess = () => chunks.put({ ...get.result, entities: get.result.entities.slice(0, 4) });
    });
    const r = await readStage('stage-a', idb);
    expect(r.ok || r.error, 'a stage with fewer entities than its manifest is refused').toMatch(/does not match/);
  });

  it('a chunk with a different entity in place fails the checksum', async () => {
    await writeStage(pack(4), 'stage-a', { idb });
    await tamper((chunks) => {
      const get = chunks.get(['stage-a', 0]);
      get.onsuccess = () => chunks.put({ ...get.result, entities: [...get.result.entities.slice(0, 3), entity('someone-else')] });
    });
    const r = await readStage('stage-a', idb);
    expect(r.ok || r.error, 'the same count with other ids is refused').toMatch(/does not match/);
  });

  it('the checksum depends on order and on where ids split', () => {
    const ab = [entity('a-b'), entity('c')];
    expect(stageChecksum(ab, []), 'ids are separated before hashing').not.toBe(stageChecksum([entity('a'), entity('b-c')], []));
    expect(stageChecksum(ab, []), 'order counts').not.toBe(stageChecksum([...ab].reverse(), []));
  });
});

describe('import staging: dropping', () => {
  it('drops every stage', async () => {
    await writeStage(pack(3), 'stage-a', { idb });
    await dropStages({ idb });
    expect((await readStage('stage-a', idb)).ok, 'a dropped stage cannot be read').toBe(false);
  });

  it('drops one stage by id and leaves another alone', async () => {
    await writeStage(pack(STAGE_CHUNK + 1), 'stage-a', { idb });
    await dropStages({ idb, stageId: 'stage-old' });
    expect((await readStage('stage-a', idb)).ok, 'dropping another stage id keeps this stage whole').toBe(true);
    await dropStages({ idb, stageId: 'stage-a' });
    expect((await readStage('stage-a', idb)).ok, 'the named stage is gone').toBe(false);
  });

  it('drops only stages older than the cutoff', async () => {
    await writeStage(pack(3), 'stage-a', { idb, now: 1000 });
    await dropStages({ idb, olderThan: 1000 });
    expect((await readStage('stage-a', idb)).ok, 'a stage created at the cutoff is kept').toBe(true);
    await dropStages({ idb, olderThan: 1001 });
    expect((await readStage('stage-a', idb)).ok, 'a stage created before the cutoff is dropped').toBe(false);
  });
});
