import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactBaseDB } from './db';
import { exportPack, getRevision, installPack } from './store';
import { entityView, factBaseWarnings, installPackKeepingEdits, listedEntities, saveEdits, visibleEntities } from './view';
import { addEntity, addNote, hideEntity } from './overlay';
import { compileDictionary } from '../match/compile';
import type { Entity, FactPack } from './schema';

const entity = (id: string): Entity => ({
  id, type: 'person', names: { en: `Person ${id}` }, aliases: [], roles: [], related: [], checked: '2026-11-01',
  facts: [{ text: `${id} did something.`, date: '2024', sources: ['s1'] }],
});
const pack = (version: string, ids: string[]): FactPack => ({
  format: 'silklens-pack/1', id: 'p', title: 'P', publisher: 'Tests', version, published: '2026-11-01',
  sources: [{ id: 's1', title: 'S', publisher: 'Pub', date: '2024' }], entities: ids.map(entity),
});
const dump = async (db: FactBaseDB) => JSON.stringify(await Promise.all(db.tables.map((t) => t.toArray())));

let db: FactBaseDB;
beforeEach(() => { db = new FactBaseDB(`view-${Math.random()}`); });
afterEach(async () => { await db.delete(); });

describe('installPackKeepingEdits', () => {
  it('keeps an edited entity the update drops as the user own, with its note', async () => {
    await installPack(db, pack('1', ['alpha', 'beta']), 'import');
    await saveEdits(db, { put: [addNote('beta', 'my note', undefined, { makeId: () => 'n' })], remove: [] });
    const { kept } = await installPackKeepingEdits(db, pack('2', ['alpha']), 'import');
    expect(kept, 'the dropped entity the user wrote on is kept').toEqual(['beta']);
    expect((await entityView(db, 'beta'))?.view.notes.map((n) => n.text), 'its note is still attached').toEqual(['my note']);
  });

  it('is one transaction: a failure while keeping the user edits leaves the old pack and edits exactly as they were', async () => {
    await installPack(db, pack('1', ['alpha', 'beta']), 'import');
    await saveEdits(db, { put: [addNote('beta', 'my note', undefined, { makeId: () => 'n' })], remove: [] });
    const before = await dump(db);
    const original = db.edits.bulkPut.bind(db.edits);
    db.edits.bulkPut = (() => Promise.reject(new Error('quota exceeded'))) as unknown as typeof db.edits.bulkPut;
    await expect(installPackKeepingEdits(db, pack('2', ['alpha']), 'import')).rejects.toThrow('quota exceeded');
    db.edits.bulkPut = original;
    expect(await dump(db), 'the install rolled back with the failed edit write: nothing changed').toBe(before);
    expect((await exportPack(db, 'p'))?.version, 'the last good version is still installed').toBe('1');
  });
});

describe('a bad entity that reached the store never bricks anything', () => {
  it('is skipped by visibleEntities, compiles, and is reported by factBaseWarnings', async () => {
    await installPack(db, pack('1', ['alpha', 'beta']), 'import');
    // Simulate what an old build or a hand-edited database could leave behind.
    const chunk = (await db.entityChunks.get(['p', 0]))!;
    (chunk.entities[1] as unknown as { names: null }).names = null;
    await db.entityChunks.put(chunk);
    const visible = await visibleEntities(db);
    expect(visible.map((e) => e.id), 'the unreadable entity is left out, the rest stays').toEqual(['alpha']);
    expect(() => compileDictionary(visible, { version: 't' }), 'the matcher compiles').not.toThrow();
    expect(await entityView(db, 'beta'), 'its card is not offered').toBeUndefined();
    expect(await factBaseWarnings(db), 'the user is told which entity was skipped and why').toEqual({
      badEntities: { count: 1, ids: ['beta'], details: [{ packId: 'p', id: 'beta', problem: 'names missing or not text' }] },
    });
  });

  it('is left out of the options list, which keeps hidden and own entities', async () => {
    await installPack(db, pack('1', ['alpha', 'beta']), 'import');
    const broken = { ...addEntity(entity('mine'), []), entity: { ...entity('mine'), facts: null } } as unknown as ReturnType<typeof addEntity>;
    await saveEdits(db, { put: [hideEntity('alpha'), addEntity(entity('own'), []), broken], remove: [] });
    expect((await listedEntities(db)).map((e) => e.id), 'hidden and own entities are listed, the unreadable own entity is not').toEqual(['alpha', 'beta', 'own']);
    expect((await visibleEntities(db)).map((e) => e.id), 'the matcher gets neither hidden nor unreadable entities').toEqual(['beta', 'own']);
    expect((await factBaseWarnings(db)).badEntities.ids, 'the unreadable own entity is reported').toEqual(['mine']);
    expect(await entityView(db, 'mine'), 'its card is not offered, rather than throwing').toBeUndefined();
  });

  it('reports nothing for a healthy fact base', async () => {
    await installPack(db, pack('1', ['alpha']), 'import');
    expect((await factBaseWarnings(db)).badEntities.count, 'no false alarms').toBe(0);
  });
});

describe('revision', () => {
  it('moves once per write, through one helper, for packs and edits alike', async () => {
    await installPack(db, pack('1', ['alpha']), 'import');
    await saveEdits(db, { put: [addNote('alpha', 'x', undefined, { makeId: () => 'n' })], remove: [] });
    await installPackKeepingEdits(db, pack('2', ['alpha']), 'import');
    expect(await getRevision(db), 'three writes, three revisions').toBe(3);
  });
});

describe('a bad stored entity never blocks its own replacement', () => {
  it('the preview diff and the install both go through, and the new version replaces it', async () => {
    const { diffPacks } = await import('./diff');
    await installPack(db, pack('1', ['alpha', 'beta']), 'import');
    await saveEdits(db, { put: [addNote('beta', 'my note', undefined, { makeId: () => 'n' })], remove: [] });
    const chunk = (await db.entityChunks.get(['p', 0]))!;
    (chunk.entities[1] as unknown as { names: null; facts: null }).names = null;
    (chunk.entities[1] as unknown as { facts: null }).facts = null;
    await db.entityChunks.put(chunk);
    const next = pack('2', ['alpha', 'beta']);
    expect(diffPacks((await exportPack(db, 'p'))!, next).added.map((e) => e.id), 'the preview shows the unreadable entity as coming back').toEqual(['beta']);
    await installPackKeepingEdits(db, pack('2', ['alpha']), 'import');
    expect((await factBaseWarnings(db)).badEntities.count, 'the update replaced the unreadable entity').toBe(0);
  });
});
