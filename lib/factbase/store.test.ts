import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactBaseDB } from './db';
import { allEntities, exportPack, getEntityWithSources, getRevision, installPack } from './store';
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

  it('lets the newest install of an id win across packs', async () => {
    await installPack(db, pack('1', ['Alpha']), 'bundled', { now: () => new Date('2026-01-01') });
    const other = { ...pack('1', ['Alpha']), id: 'other' };
    other.entities[0]!.facts[0]!.text = 'Newer text.';
    await installPack(db, other, 'feed', { now: () => new Date('2026-02-01') });
    expect((await getEntityWithSources(db, 'alpha'))?.entity.facts[0]!.text).toBe('Newer text.');
    expect((await allEntities(db)).map((e) => e.facts[0]!.text)).toEqual(['Newer text.']);
  });
});
