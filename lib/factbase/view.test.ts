import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactBaseDB } from './db';
import { exportPack, getRevision, installPack } from './store';
import { entityView, factBaseWarnings, installPackKeepingEdits, listedEntities, saveEdits, visibleEntities } from './view';
import { addEntity, addFact, addNote, applyOverlay, editDescription, editFact, editNames, hideEntity, hideFact, shownEntity, userEntities, type UserEdit } from './overlay';
import { compileDictionary } from '../match/compile';
import { countRecordReads } from './test-read-count';
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

  it('reads only the edited entities of the old version, and keeps them in its order', async () => {
    const counted = new FactBaseDB(`keep-${Math.random()}`);
    const reads = countRecordReads(counted);
    try {
      const ids = Array.from({ length: 1600 }, (_, i) => `e${i}`);
      await installPack(counted, pack('1', ids), 'import');
      // Notes on three entities the update drops (in three different chunks) and one it keeps.
      const notes = ['e1550', 'e7', 'e1001', 'e8'].map((id) => addNote(id, `note on ${id}`, undefined, { makeId: () => id }));
      await saveEdits(counted, { put: notes, remove: [] });
      reads.reset();
      const { kept } = await installPackKeepingEdits(counted, pack('2', ids.filter((id) => !['e7', 'e1001', 'e1550'].includes(id))), 'import');
      expect(kept, 'the dropped entities the user wrote on, in the old pack order').toEqual(['e7', 'e1001', 'e1550']);
      expect(reads.records('entityChunks'), 'the three chunks that hold them, not the whole old pack').toBe(3);
      expect((await entityView(counted, 'e1550'))?.view.entity.facts[0]?.text, 'kept with its facts').toBe('e1550 did something.');
    } finally {
      await counted.delete();
    }
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

  it('is built once per revision, however many ask at once, and again after a write', async () => {
    const counted = new FactBaseDB(`warn-${Math.random()}`);
    const reads = countRecordReads(counted);
    try {
      await installPack(counted, pack('1', ['alpha', 'beta']), 'import');
      reads.reset();
      const answers = await Promise.all([factBaseWarnings(counted), factBaseWarnings(counted), factBaseWarnings(counted)]);
      expect(new Set(answers).size, 'one answer shared by concurrent callers').toBe(1);
      expect(reads.records('entityChunks'), 'the stored entities were read once').toBe(1);
      await factBaseWarnings(counted);
      expect(reads.records('entityChunks'), 'nor again while the revision stays').toBe(1);
      await saveEdits(counted, { put: [hideEntity('alpha')], remove: [] });
      await factBaseWarnings(counted);
      expect(reads.records('entityChunks'), 'a write moves the revision: read again').toBe(2);
    } finally {
      await counted.delete();
    }
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

describe('visibleEntities groups edits by entity and skips the overlay where there are none', () => {
  const three = pack('1', ['alpha', 'beta', 'gamma']);
  const [alpha, beta] = three.entities as [Entity, Entity];
  const at = { now: new Date('2026-11-02T00:00:00Z'), makeId: () => 'x' };
  const cases: [string, UserEdit[]][] = [
    ['no edits', []],
    ['a hidden entity', [hideEntity('beta', at)]],
    ['a hidden fact', [hideFact('alpha', alpha.facts[0]!, at)]],
    ['an edited fact and a renamed entity', [editFact('alpha', alpha.facts[0]!, { text: 'Mine.', date: '2025', sources: ['s1'], userSources: [] }, at), editNames(beta, { en: 'Beta Renamed' }, at)]],
    ['an added fact, a description, a note', [addFact('gamma', { text: 'Added.', date: '2025', sources: [], userSources: [] }, at), editDescription(beta, 'About beta', at), addNote('alpha', 'a note', undefined, at)]],
    ['an own entity, and edits of an id nobody has', [addEntity(entity('own'), three.sources, at), addNote('nobody', 'orphan', undefined, { ...at, makeId: () => 'y' })]],
  ];
  it.each(cases)('%s: the same entities as the overlay applied to every entity', async (_why, edits) => {
    await installPack(db, three, 'import');
    await saveEdits(db, { put: edits, remove: [] });
    const reference = [...three.entities.map((e) => applyOverlay(e, edits)), ...userEntities(edits).map((e) => applyOverlay(e.id, edits))]
      .flatMap((v) => (v && !v.hidden ? [v.entity] : []));
    expect(await visibleEntities(db), 'grouping and skipping change no answer').toEqual(reference);
  });

  it('shows an entity without edits as its pack has it: the same object, nothing copied or hashed', () => {
    expect(shownEntity(alpha, undefined)?.entity, 'no edits: the pack entity itself').toBe(alpha);
    expect(shownEntity(alpha, [])?.entity, 'an empty edit list: the pack entity itself').toBe(alpha);
    expect(shownEntity(alpha, [hideEntity('alpha')])?.hidden, 'with edits, the overlay applies').toBe(true);
  });
});
