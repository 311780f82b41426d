import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactBaseDB } from './db';
import { allEntities, exportPack, getEntitiesWithSources, getEntityWithSources, getRevision, installPack, removePack } from './store';
import { countRecordReads } from './test-read-count';
import type { FactPack } from './schema';

function pack(version: string, entityNames: string[]): FactPack {
  return {
    format: 'silklens-pack/1', id: 'test', title: 'Test', publisher: 'Tests', version, published: '2026-11-01',
    sources: [{ id: 's1', title: 'Source one', publisher: 'Pub', date: '2023-09-18', url: 'https://example.org/a' }, { id: 's2', title: 'Unused here', publisher: 'Pub', date: '2021' }],
    entities: entityNames.map((name) => ({
      id: name.toLowerCase(), type: 'person', names: { en: name }, aliases: [], roles: [], related: [], checked: '2026-11-01',
      facts: [{ text: `${name} did something.`, date: '2023', sources: ['s1'] }],
    })),
  };
}

let db: FactBaseDB;
beforeEach(() => { db = new FactBaseDB(`t-${Math.random()}`); });
afterEach(async () => { await db.delete(); });

describe('installPack', () => {
  it('stores entities and sources and bumps the revision', async () => {
    await installPack(db, pack('1', ['Alpha', 'Beta']), 'bundled');
    expect((await allEntities(db)).map((e) => e.id).sort()).toEqual(['alpha', 'beta']);
    expect(await getRevision(db)).toBe(1);
  });

  it('replaces the previous version of the same pack entirely', async () => {
    await installPack(db, pack('1', ['Alpha', 'Beta']), 'bundled');
    await installPack(db, pack('2', ['Gamma']), 'bundled');
    expect((await allEntities(db)).map((e) => e.id), 'entities dropped from a pack disappear').toEqual(['gamma']);
  });

  it('rejects an invalid pack and keeps what was stored, untouched', async () => {
    await installPack(db, pack('1', ['Alpha']), 'bundled');
    const bad = pack('2', ['Beta']);
    bad.entities[0]!.facts[0]!.sources = ['missing'];
    await expect(installPack(db, bad, 'bundled')).rejects.toThrow(/unknown source "missing"/);
    expect((await allEntities(db)).map((e) => e.id)).toEqual(['alpha']);
    expect(await getRevision(db), 'a refused pack does not count as a change').toBe(1);
  });

  it('is all-or-nothing when a write fails mid-transaction', async () => {
    await installPack(db, pack('1', ['Alpha']), 'bundled');
    const original = db.sourceChunks.bulkPut.bind(db.sourceChunks);
    db.sourceChunks.bulkPut = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.sourceChunks.bulkPut;
    await expect(installPack(db, pack('2', ['Beta']), 'bundled')).rejects.toThrow('disk full');
    db.sourceChunks.bulkPut = original;
    expect((await allEntities(db)).map((e) => e.id), 'the old entities survive the failed write').toEqual(['alpha']);
    expect(await exportPack(db, 'test')).toMatchObject({ version: '1' });
  });
});

describe('reads', () => {
  it('returns an entity with only the sources it cites', async () => {
    await installPack(db, pack('1', ['Alpha']), 'bundled');
    const got = await getEntityWithSources(db, 'alpha');
    expect(got?.sources.map((s) => s.id)).toEqual(['s1']);
    expect(await getEntityWithSources(db, 'nobody')).toBeUndefined();
  });

  it('exports exactly what was installed (round trip is lossless, order kept)', async () => {
    const original = pack('7', ['Zeta', 'Alpha', 'Mu']);
    await installPack(db, original, 'import', { from: 'file.json' });
    expect(await exportPack(db, 'test')).toEqual(original);
  });
});

describe('chunked storage', () => {
  const big = (version: string, n: number): FactPack => {
    const p = pack(version, []);
    p.sources = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, title: `Source ${i}`, publisher: 'Pub', date: '2024' }));
    p.entities = Array.from({ length: n }, (_, i) => ({
      id: `e${i}`, type: 'person', names: { en: `Person ${i}` }, aliases: [], roles: [], related: [], checked: '2026-11-01',
      facts: [{ text: `Fact ${i}`, date: '2024', sources: [`s${i}`, 's0'] }],
    }));
    return p;
  };

  it('finds any entity and exactly its cited sources across chunk boundaries', async () => {
    await installPack(db, big('1', 1203), 'import');
    for (const i of [0, 499, 500, 1000, 1202]) {
      const got = await getEntityWithSources(db, `e${i}`);
      expect(got?.entity.id, `entity ${i}`).toBe(`e${i}`);
      expect(got?.sources.map((s) => s.id).sort(), `sources of ${i}`).toEqual([...new Set([`s${i}`, 's0'])].sort());
    }
    expect(await exportPack(db, 'test')).toEqual(big('1', 1203));
  });

  it('drops the old chunks when a smaller version replaces a bigger one', async () => {
    await installPack(db, big('1', 1203), 'import');
    await installPack(db, big('2', 10), 'import');
    expect((await allEntities(db)).length).toBe(10);
    expect(await getEntityWithSources(db, 'e1000'), 'an id from the old version is gone').toBeUndefined();
    expect(await db.entityChunks.count()).toBe(1);
  });

  it('a failure while writing the new chunks keeps the old version whole and findable by id', async () => {
    await installPack(db, big('1', 1203), 'import');
    const original = db.entityChunks.bulkPut.bind(db.entityChunks);
    db.entityChunks.bulkPut = (() => Promise.reject(new Error('quota exceeded'))) as unknown as typeof db.entityChunks.bulkPut;
    await expect(installPack(db, big('2', 10), 'import')).rejects.toThrow('quota exceeded');
    db.entityChunks.bulkPut = original;
    expect(await exportPack(db, 'test'), 'the deleted old chunks come back with the rollback').toEqual(big('1', 1203));
    expect((await getEntityWithSources(db, 'e1000'))?.entity.id, 'and the id index with them').toBe('e1000');
    expect(await getRevision(db), 'the revision did not move').toBe(1);
  });

  it('removePack takes its chunks and their ids with it', async () => {
    await installPack(db, big('1', 1203), 'import');
    await installPack(db, { ...pack('1', ['Alpha']), id: 'other' }, 'import');
    await removePack(db, 'test');
    expect([await db.entityChunks.count(), await db.sourceChunks.count()], 'only the other pack\'s chunks are left').toEqual([1, 1]);
    expect(await db.entityChunks.where('ids').equals('e5').count(), 'no index entry is left behind').toBe(0);
    expect((await getEntityWithSources(db, 'alpha'))?.entity.id, 'the other pack is untouched').toBe('alpha');
  });

  it('a lookup reads only the chunks holding the ids asked for, and no pack record', async () => {
    const counted = new FactBaseDB(`count-${Math.random()}`);
    const reads = countRecordReads(counted);
    try {
      await installPack(counted, big('1', 2600), 'import'); // many entity and source chunks
      reads.reset();
      const got = await getEntitiesWithSources(counted, ['e3', 'e7', 'e2599', 'nobody']);
      expect([...got.keys()], 'the entities found, in pack order; the unknown id left out').toEqual(['e3', 'e7', 'e2599']);
      expect(reads.records('entityChunks'), 'two entity chunks hold the three ids (e3 and e7 share the first)').toBe(2);
      expect(reads.records('sourceChunks'), 'the chunks of s0, s3, s7 and s2599').toBe(2);
      expect(reads.records('packs'), 'pack order comes from the install-time index, not the records (each holds every id)').toBe(0);
    } finally {
      await counted.delete();
    }
  });

  it.each([
    ['the newest pack', undefined, 'Newer text.', 'other'],
    ['the pack asked for (inPack)', 'test', 'Alpha did something.', 'test'],
  ])('a batched lookup takes each id from %s, with that pack\'s own sources', async (_why, inPack, text, packId) => {
    await installPack(db, pack('1', ['Alpha', 'Beta']), 'bundled', { now: () => new Date('2026-01-01') });
    const other = { ...pack('1', ['Alpha']), id: 'other' };
    other.sources[0] = { ...other.sources[0]!, title: 'The other pack\'s s1' };
    other.entities[0]!.facts[0]!.text = 'Newer text.';
    await installPack(db, other, 'feed', { now: () => new Date('2026-02-01') });
    const got = await getEntitiesWithSources(db, ['alpha', 'alpha', 'beta'], inPack ? { inPack } : {});
    const alpha = got.get('alpha');
    expect([alpha?.packId, alpha?.entity.facts[0]!.text], 'the entity of the winning pack').toEqual([packId, text]);
    expect(alpha?.sources.map((s) => s.title), 'the source s1 of that same pack').toEqual([packId === 'other' ? 'The other pack\'s s1' : 'Source one']);
    expect(got.get('beta')?.packId, 'an id only one pack has comes from it').toBe('test');
  });

  it('leaves out an entity that cannot be read, and finds the rest of its chunk', async () => {
    await installPack(db, pack('1', ['Alpha', 'Beta']), 'import');
    const chunk = (await db.entityChunks.get(['test', 0]))!;
    (chunk.entities[0] as unknown as { facts: null }).facts = null;
    await db.entityChunks.put(chunk);
    const got = await getEntitiesWithSources(db, ['alpha', 'beta']);
    expect([...got.keys()], 'the unreadable entity is not offered; its neighbour is').toEqual(['beta']);
  });

  it('lets the newest install of an id win across packs', async () => {
    await installPack(db, pack('1', ['Alpha']), 'bundled', { now: () => new Date('2026-01-01') });
    const other = { ...pack('1', ['Alpha']), id: 'other' };
    other.entities[0]!.facts[0]!.text = 'Newer text.';
    await installPack(db, other, 'feed', { now: () => new Date('2026-02-01') });
    expect((await getEntityWithSources(db, 'alpha'))?.entity.facts[0]!.text).toBe('Newer text.');
    expect((await allEntities(db)).map((e) => e.facts[0]!.text)).toEqual(['Newer text.']);
  });
});
