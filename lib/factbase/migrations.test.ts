import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, DB_VERSION, FactBaseDB } from './db';
import { exportPack, getEntityWithSources } from './store';
import { entityView, visibleEntities } from './view';
import { addEntity, addNote, editFact } from './overlay';
import type { Entity, FactPack } from './schema';

const source = (id: string) => ({ id, title: `Source ${id}`, publisher: 'Pub', date: '2024', url: `https://example.org/${id}` });
const entity = (id: string, sourceId = 's1'): Entity => ({
  id, type: 'person', names: { en: `Person ${id}` }, aliases: [], roles: [], related: [], checked: '2026-11-01',
  facts: [{ text: `${id} did something.`, date: '2024', sources: [sourceId] }],
});
const pack = (id: string, ids: string[]): FactPack => ({
  format: 'silklens-pack/1', id, title: id, publisher: 'Tests', version: '1', published: '2026-11-01',
  sources: [source('s1'), source('s2')], entities: ids.map((e) => entity(e)),
});
const FEED_URL = 'https://feeds.example.org/team.json';
const bundled = pack('central-asia', ['tokayev', 'japarov']);
/** 601 entities: more than one chunk once converted (and more than one chunk of 500, as v3 wrote). */
const imported = pack('csv-import', Array.from({ length: 601 }, (_, i) => `imported-${i}`));
const fed = pack('team', ['team-member']);
const packs: [FactPack, string, string?][] = [[bundled, 'bundled', 'bundled'], [imported, 'import', 'people.csv'], [fed, 'feed', FEED_URL]];

/** A database as a v1 or v2 FactBaseDB left it: one row per entity and per source. */
async function legacyDatabase(name: string, version: 1 | 2) {
  const old = new Dexie(name);
  old.version(1).stores({ packs: 'id, origin', entities: '[packId+id], id, packId, type', sources: '[packId+id], packId', meta: 'key' });
  if (version === 2) old.version(2).stores({ feeds: 'url', edits: 'id, entityId, kind' });
  await old.open();
  for (const [p, origin, from] of packs) {
    const { entities, sources, format: _f, ...meta } = p;
    await old.table('packs').put({ ...meta, origin, from, installedAt: '2026-11-01T00:00:00.000Z', entityCount: entities.length });
    // Stored out of order on purpose: `order` must decide the pack order, not insertion.
    await old.table('entities').bulkPut(entities.map((data, order) => ({ packId: p.id, id: data.id, type: data.type, order, data })).reverse());
    await old.table('sources').bulkPut(sources.map((data, order) => ({ packId: p.id, id: data.id, order, data })).reverse());
  }
  await old.table('meta').put({ key: 'revision', value: 7 });
  if (version === 2) {
    const at = { now: new Date('2026-11-02T00:00:00Z') };
    await old.table('feeds').put({ url: FEED_URL, packId: 'team', version: '1', etag: '"v1"', managed: false, intervalHours: 24, addedAt: '2026-11-01' });
    await old.table('edits').bulkPut([
      addNote('imported-600', 'met him in Osh', undefined, { ...at, makeId: () => 'n1' }),
      addNote('team-member', 'source is shaky', undefined, { ...at, makeId: () => 'n2' }),
      editFact('tokayev', bundled.entities[0]!.facts[0]!, { text: 'Edited by me.', date: '2024', sources: ['s1'], userSources: [] }, at),
      addEntity(entity('my-own'), [source('s1')], at),
    ]);
  }
  old.close();
}

/**
 * A database as a v3 FactBaseDB left it: chunks without id lists, packs without the
 * install-time index. `other` defines `tokayev` too and was installed later, so its
 * version must win a lookup by id.
 */
async function v3Database(name: string, { damaged = false } = {}) {
  const old = new Dexie(name);
  old.version(3).stores({ packs: 'id, origin', entityChunks: '[packId+chunk], packId', sourceChunks: '[packId+chunk], packId', meta: 'key', feeds: 'url', edits: 'id, entityId, kind' });
  await old.open();
  const other = { ...pack('other', ['tokayev']), sources: [source('s2')], entities: [entity('tokayev', 's2')] };
  for (const [p, origin, installedAt] of [[bundled, 'bundled', '2026-11-01T00:00:00.000Z'], [imported, 'import', '2026-11-02T00:00:00.000Z'], [other, 'import', '2026-11-03T00:00:00.000Z']] as const) {
    const { entities, sources, format: _f, ...meta } = p;
    await old.table('packs').put({ ...meta, origin, installedAt, entityCount: entities.length, ids: entities.map((e) => e.id), sourceIds: sources.map((s) => s.id) });
    for (let i = 0; i * 500 < entities.length; i++) await old.table('entityChunks').put({ packId: p.id, chunk: i, entities: entities.slice(i * 500, i * 500 + 500) });
    await old.table('sourceChunks').put({ packId: p.id, chunk: 0, sources });
  }
  await old.table('edits').put(addNote('imported-600', 'met him in Osh', undefined, { now: new Date('2026-11-02T00:00:00Z'), makeId: () => 'n1' }));
  if (damaged) await old.table('entityChunks').put({ packId: 'csv-import', chunk: 5, entities: null });
  old.close();
}

describe('FactBaseDB migrations never drop user data', () => {
  it('v3 → current: a damaged chunk (no entity list) does not stop the upgrade', async () => {
    const name = `migrate-v3-damaged-${Math.random()}`;
    await v3Database(name, { damaged: true });
    const db = new FactBaseDB(name);
    await db.open();
    expect(db.verno, 'the database still opens at the current schema').toBe(DB_VERSION);
    expect((await db.entityChunks.get(['csv-import', 5]))?.ids, 'the damaged chunk lists no ids').toEqual([]);
    expect((await getEntityWithSources(db, 'imported-600'))?.entity.id, 'the rest is found by id').toBe('imported-600');
    await db.delete();
  });

  it('v3 → current: every chunk gets its id list, so entities are found by id, the newest install winning', async () => {
    const name = `migrate-v3-${Math.random()}`;
    await v3Database(name);
    const db = new FactBaseDB(name);
    await db.open();
    expect(db.verno, 'opens at the current schema').toBe(DB_VERSION);
    const chunks = await db.entityChunks.toArray();
    expect(chunks.every((c) => c.ids.join() === c.entities.map((e) => e.id).join()), 'each chunk lists the ids of its entities, in order').toBe(true);
    expect((await db.sourceChunks.toArray()).map((c) => c.ids), 'source chunks list their ids too').toEqual([['s1', 's2'], ['s1', 's2'], ['s2']]);
    expect((await getEntityWithSources(db, 'imported-600'))?.entity.id, 'an entity of a second chunk is found by id').toBe('imported-600');
    const tokayev = await getEntityWithSources(db, 'tokayev');
    expect([tokayev?.packId, tokayev?.sources.map((s) => s.id)], 'the newest install of an id wins, with its own pack\'s sources').toEqual(['other', ['s2']]);
    expect((await entityView(db, 'imported-600'))?.view.notes.map((n) => n.text), 'the note stays attached').toEqual(['met him in Osh']);
    expect(await exportPack(db, 'csv-import'), 'the pack survives whole, in its order').toEqual(imported);
    await db.delete();
  });

  it.each([1, 2] as const)('v%s → current: every pack converted into chunks, in pack order', async (version) => {
    const name = `migrate-v${version}-${Math.random()}`;
    await legacyDatabase(name, version);
    const db = new FactBaseDB(name);
    await db.open();
    expect(db.verno, 'opens at the current schema').toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['edits', 'entityChunks', 'feeds', 'meta', 'packs', 'sourceChunks']);
    for (const [p] of packs) {
      expect(await exportPack(db, p.id), `pack ${p.id} survives whole, in its order`).toEqual(p);
    }
    expect((await db.packs.get('csv-import'))?.origin, 'the import keeps its origin').toBe('import');
    expect((await getEntityWithSources(db, 'imported-600'))?.sources.map((s) => s.id), 'entities in the second chunk are readable by id with their sources').toEqual(['s1']);
    expect(await db.entityChunks.where('packId').equals('csv-import').count(), '601 entities make chunks of CHUNK_SIZE').toBe(Math.ceil(601 / CHUNK_SIZE));
    await db.delete();
  });

  it('v2 → current: notes, fact edits, own entities and feeds survive and stay attached', async () => {
    const name = `migrate-v2-user-${Math.random()}`;
    await legacyDatabase(name, 2);
    const db = new FactBaseDB(name);
    expect((await entityView(db, 'imported-600'))?.view.notes.map((n) => n.text), 'a note on an imported entity is still attached').toEqual(['met him in Osh']);
    expect((await entityView(db, 'team-member'))?.view.notes.map((n) => n.text), 'a note on a feed entity is still attached').toEqual(['source is shaky']);
    expect((await entityView(db, 'tokayev'))?.view.entity.facts[0]?.text, 'a fact edit still applies to the bundled entity').toBe('Edited by me.');
    const ids = new Set((await visibleEntities(db)).map((e) => e.id));
    expect(['my-own', 'tokayev', 'imported-0', 'team-member'].filter((id) => !ids.has(id)), 'own, bundled, imported and feed entities are all visible').toEqual([]);
    expect(await db.feeds.get(FEED_URL), 'the feed keeps its pack and validators').toMatchObject({ packId: 'team', version: '1', etag: '"v1"' });
    expect(await db.meta.get('revision'), 'the revision counter is kept').toEqual({ key: 'revision', value: 7 });
    await db.delete();
  });
});
