// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chunked, DB_VERSION, entityChunk, FactBaseDB, MAX_CHUNK_SIZE, packRecord } from './db';
import { backupText, parseBackup, previousDatabaseSummary, restoreBackup, summarizeDatabase, undoLastRestore, PREVIOUS_DB, type ValidBackup } from './backup';
import { getEntityWithSources, getRevision, installPack } from './store';
import { saveEdits, entityView } from './view';
import { addEntity, addNote, editFact } from './overlay';
import { canonicalJson } from './signature';
import type { Entity, FactPack } from './schema';

const FEED = 'https://feeds.example.org/team.json';
const entity = (id: string): Entity => ({
  id, type: 'person', names: { en: `Person ${id}`, ru: 'Тест' }, aliases: [{ text: id.toUpperCase(), caseSensitive: true }], roles: [{ title: 'Role', from: '2020', to: null, sources: ['s1'] }],
  related: [], checked: '2026-11-01', facts: [{ text: `${id} did something.`, date: '2023-04-05', sources: ['s1'], tags: ['t'] }],
});
const pack = (id: string, ids: string[], version = '1'): FactPack => ({
  format: 'silklens-pack/1', id, title: `Pack ${id}`, publisher: 'Tests', version, published: '2026-11-01',
  sources: [{ id: 's1', title: 'Source', publisher: 'Pub', date: '2023', url: 'https://example.org/s' }], entities: ids.map(entity),
});
const at = { now: new Date('2026-11-02T00:00:00Z') };

/** A fact base with everything a user keeps: bundled, imported (2 chunks) and feed packs, notes, edits, own entities, feeds. */
async function seed(db: FactBaseDB) {
  await installPack(db, pack('central-asia', ['tokayev', 'japarov']), 'bundled', { from: 'bundled' });
  await installPack(db, pack('csv-import', Array.from({ length: 501 }, (_, i) => `imported-${i}`)), 'import', { from: 'people.csv' });
  await installPack(db, pack('team', ['team-member']), 'feed', { from: FEED });
  await db.feeds.put({ url: FEED, packId: 'team', version: '1', etag: '"v1"', managed: false, intervalHours: 24, addedAt: '2026-11-01' });
  await saveEdits(db, {
    put: [
      addNote('imported-500', 'met him in Osh', undefined, { ...at, makeId: () => 'n1' }),
      editFact('tokayev', entity('tokayev').facts[0]!, { text: 'Edited by me.', date: '2024', sources: ['s1'], userSources: [{ title: 'My source', publisher: 'Me', date: '2024', url: 'https://mine.example/a' }] }, at),
      addEntity(entity('my-own'), pack('x', []).sources, at),
    ],
    remove: [],
  });
}

/** Every table in primary-key order (IndexedDB returns rows so), as one string: "unchanged" means equal. */
async function dump(db: FactBaseDB, { withoutRevision = false } = {}): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, (await t.toArray()).filter((r) => !(withoutRevision && t.name === 'meta' && (r as { key: string }).key === 'revision'))] as const));
  return canonicalJson(Object.fromEntries(tables));
}

/** Edit the JSON of a real backup. */
const edit = (text: string, change: (json: { data: { databaseName: string; databaseVersion: number; tables: { name: string; rowCount: number }[]; data: { tableName: string; rows: Record<string, unknown>[] }[] } }) => void) => {
  const json = JSON.parse(text);
  change(json);
  return JSON.stringify(json);
};
/** A chunk row as schema v3 wrote it: no `ids`, nor the export's type mark for that array. */
const withoutIds = (row: Record<string, unknown>) => {
  delete row.ids;
  delete (row.$types as Record<string, unknown>).ids;
};
const rows = (json: Parameters<Parameters<typeof edit>[1]>[0], table: string) => json.data.data.find((d) => d.tableName === table)!.rows;

let db: FactBaseDB;
let good: string;
beforeEach(async () => {
  db = new FactBaseDB('silklens');
  await seed(db);
  good = await backupText(db, () => new Date('2026-11-03T10:00:00Z'));
});
afterEach(async () => {
  db.close();
  await Dexie.delete('silklens');
  await Dexie.delete(PREVIOUS_DB);
});

describe('a good backup', () => {
  it('restores exactly what was backed up (round trip equal), replacing what came since', async () => {
    const before = await dump(db, { withoutRevision: true });
    const revision = await getRevision(db);
    await installPack(db, pack('central-asia', ['changed']), 'bundled');
    await saveEdits(db, { put: [addNote('tokayev', 'later note', undefined, { makeId: () => 'n2' })], remove: [] });
    const checked = parseBackup(good);
    expect(checked.ok, 'a backup Silk Lens wrote is accepted').toBe(true);
    await restoreBackup(db, (checked as { backup: ValidBackup }).backup);
    expect(await dump(db, { withoutRevision: true }), 'every table is as it was when backed up').toBe(before);
    expect(await getRevision(db), 'the revision moves past both, so caches recompile').toBeGreaterThan(revision + 2);
    expect((await entityView(db, 'imported-500'))?.view.notes.map((n) => n.text), 'notes are attached again').toEqual(['met him in Osh']);
  });

  it('summarises what it holds and what the restore would replace', async () => {
    const checked = parseBackup(good);
    expect(checked.ok && checked.summary, 'the summary the confirmation shows').toEqual({
      exportedAt: '2026-11-03T10:00:00.000Z',
      packs: [
        { id: 'central-asia', title: 'Pack central-asia', version: '1', origin: 'bundled', entityCount: 2 },
        { id: 'csv-import', title: 'Pack csv-import', version: '1', origin: 'import', entityCount: 501 },
        { id: 'team', title: 'Pack team', version: '1', origin: 'feed', entityCount: 1 },
      ],
      edits: 3, notes: 1, ownEntities: 1, feeds: 1, warnings: [],
    });
    const current = await summarizeDatabase(db);
    expect(current.packs.length, 'the current fact base is summarised the same way').toBe(3);
    expect(current.notes).toBe(1);
  });

  it('is accepted with a byte-order mark (an editor re-saved it)', () => {
    expect(parseBackup(`\uFEFF${good}`).ok, 'a BOM before valid JSON is not damage').toBe(true);
  });

  it('drops managed feeds from the file with a warning, and keeps the current managed feeds', async () => {
    const withManaged = edit(good, (j) => {
      rows(j, 'feeds').push({ url: 'https://evil.example/policy.json', managed: true, intervalHours: 1, addedAt: 'x' });
      j.data.tables.find((t) => t.name === 'feeds')!.rowCount++;
    });
    await db.feeds.put({ url: 'https://org.example/pack.json', managed: true, intervalHours: 6, addedAt: 'x', etag: '"e"', version: '3' });
    const checked = parseBackup(withManaged);
    if (!checked.ok) throw new Error(checked.error);
    expect(checked.summary.warnings, 'the user is told the managed feed was left out').toEqual([expect.stringMatching(/^1 feed managed by an organisation \(https:\/\/evil\.example\/policy\.json\) not restored/)]);
    await restoreBackup(db, checked.backup);
    expect(await db.feeds.get('https://evil.example/policy.json'), 'a managed feed never comes from a file').toBeUndefined();
    expect(await db.feeds.get('https://org.example/pack.json'), 'the policy feed stays, due for a fresh fetch').toEqual({ url: 'https://org.example/pack.json', managed: true, intervalHours: 6, addedAt: 'x' });
  });

  it('from an older schema (v2 rows) is converted to the current shape', async () => {
    const v2 = JSON.stringify({
      formatName: 'dexie', formatVersion: 1,
      data: {
        databaseName: 'silklens', databaseVersion: 2,
        tables: ['packs', 'entities', 'sources', 'meta', 'feeds', 'edits'].map((name) => ({ name, schema: '', rowCount: name === 'packs' || name === 'entities' || name === 'sources' ? 1 : 0 })),
        data: [
          { tableName: 'packs', inbound: true, rows: [{ id: 'old', title: 'Old', publisher: 'P', version: '1', published: '2025', origin: 'import', from: 'old.csv', installedAt: '2025-01-01T00:00:00.000Z', entityCount: 1 }] },
          { tableName: 'entities', inbound: true, rows: [{ packId: 'old', id: 'tokayev', type: 'person', order: 0, data: entity('tokayev') }] },
          { tableName: 'sources', inbound: true, rows: [{ packId: 'old', id: 's1', order: 0, data: pack('x', []).sources[0] }] },
          ...['meta', 'feeds', 'edits'].map((tableName) => ({ tableName, inbound: true, rows: [] })),
        ],
      },
    });
    const checked = parseBackup(v2);
    if (!checked.ok) throw new Error(checked.error);
    await restoreBackup(db, checked.backup);
    expect((await getEntityWithSources(db, 'tokayev'))?.sources.map((s) => s.id), 'the old rows are readable by id with their sources').toEqual(['s1']);
  });

  it('with chunks of 500, as versions before smaller chunks wrote them, restores and is found by id', async () => {
    const old = pack('old-layout', Array.from({ length: 1001 }, (_, i) => `old-${i}`));
    await db.transaction('rw', db.packs, db.entityChunks, db.sourceChunks, async () => {
      await db.packs.put(packRecord(old, 'import', '2026-11-01T00:00:00.000Z', 'old.csv'));
      await db.entityChunks.bulkPut(chunked(old.entities, MAX_CHUNK_SIZE).map((list, i) => entityChunk(old.id, i, list)));
      await db.sourceChunks.put({ packId: old.id, chunk: 0, ids: ['s1'], sources: old.sources });
    });
    const checked = parseBackup(await backupText(db));
    if (!checked.ok) throw new Error(checked.error);
    await restoreBackup(db, checked.backup);
    expect((await getEntityWithSources(db, 'old-777'))?.sources.map((s) => s.id), 'an entity of the second 500-chunk, with its sources').toEqual(['s1']);
  });

  it('from schema v3 (chunks without id lists) restores to the same fact base, found by id', async () => {
    const before = await dump(db, { withoutRevision: true });
    // A v3 file is a v4 file without the chunks' `ids` (db.ts v4 added them).
    const v3 = edit(good, (j) => {
      j.data.databaseVersion = 3;
      for (const table of ['entityChunks', 'sourceChunks']) for (const row of rows(j, table)) withoutIds(row);
    });
    expect(/"chunk":\d+,"ids"/.test(v3), 'the v3 file has no chunk id lists').toBe(false);
    const checked = parseBackup(v3);
    if (!checked.ok) throw new Error(checked.error);
    await installPack(db, pack('central-asia', ['changed']), 'bundled');
    await restoreBackup(db, checked.backup);
    expect(await dump(db, { withoutRevision: true }), 'the chunks get the id lists the v4 upgrade gives them').toBe(before);
    expect((await getEntityWithSources(db, 'imported-500'))?.sources.map((s) => s.id), 'an entity of the second chunk is found by id with its sources').toEqual(['s1']);
  });
});

describe('a bad backup is refused with a clear message and changes nothing', () => {
  const cuts = [0.02, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.95];
  it.each(cuts)('a backup cut at %s of its length', async (fraction) => {
    const before = await dump(db);
    const result = parseBackup(good.slice(0, Math.floor(good.length * fraction)));
    expect(result, 'a truncated download is refused as incomplete').toEqual({ ok: false, error: expect.stringMatching(/^this backup is incomplete/) });
    expect(await dump(db), 'the fact base is byte-for-byte unchanged').toBe(before);
  });

  const refusals: [string, () => string, RegExp][] = [
    ['an empty file', () => '', /^not a Silk Lens backup: the file is empty$/],
    ['a byte-order mark alone', () => '\uFEFF', /^not a Silk Lens backup: the file is empty$/],
    ['text that is not JSON', () => 'hello', /^not a Silk Lens backup: not valid JSON/],
    ['a fact pack', () => JSON.stringify(pack('p', ['a'])), /^not a Silk Lens backup: this JSON file is something else/],
    ['foreign JSON', () => '{"hello":"world"}', /^not a Silk Lens backup: this JSON file is something else/],
    ['a JSON array', () => '[1,2]', /^not a Silk Lens backup/],
    ['another file format version', () => good.replace('"formatVersion":1', '"formatVersion":2'), /^this backup uses a file format this version cannot read \(format version 2\)$/],
    ['another database\'s backup', () => edit(good, (j) => { j.data.databaseName = 'other-app'; }), /^not a Silk Lens backup: it is a backup of another database \("other-app"\)$/],
    ['a backup from a future schema', () => edit(good, (j) => { j.data.databaseVersion = 9; }), new RegExp(String.raw`^this backup was made by a newer version of Silk Lens \(database version 9; this version reads up to ${DB_VERSION}\): update Silk Lens, then restore it$`)],
    ['a backup with no valid version', () => edit(good, (j) => { j.data.databaseVersion = 0; }), /no valid database version/],
    ['an entity with names: null', () => edit(good, (j) => { (rows(j, 'entityChunks')[0]!.entities as Entity[])[0]!.names = null as never; }), /^this backup has an invalid row \(table entityChunks, row 1 "central-asia", entities\[0\]\.names\): Invalid type/],
    ['a javascript: source link', () => edit(good, (j) => { (rows(j, 'sourceChunks')[0]!.sources as { url: string }[])[0]!.url = 'javascript:alert(1)'; }), /^this backup has an invalid row \(table sourceChunks, row 1 "central-asia", sources\[0\]\.url\)/],
    ['a data: link in the user\'s own source', () => edit(good, (j) => { ((rows(j, 'edits').find((e) => e.kind === 'fact-edit')!.value as { userSources: { url: string }[] }).userSources[0]!).url = 'data:text/html,<script>alert(1)</script>'; }), /table edits, row \d+ "fact:tokayev:[^"]+", value\.userSources\[0\]\.url\)/],
    ['a feed with a javascript: URL', () => edit(good, (j) => { rows(j, 'feeds')[0]!.url = 'javascript:alert(1)'; }), /table feeds, row 1 "javascript:alert\(1\)", url\): must be an http\(s\) URL/],
    ['a feed pack whose origin is not a feed URL', () => edit(good, (j) => { rows(j, 'packs').find((p) => p.id === 'team')!.from = 'file:///etc/passwd'; }), /table packs, row \d+ "team", from\): must be a file name or an http\(s\) URL/],
    ['an edit of an unknown kind', () => edit(good, (j) => { rows(j, 'edits')[0]!.kind = 'run-script'; }), /^this backup has an invalid row \(table edits, row 1 "[^"]+", kind\)/],
    ['a chunk without its pack', () => edit(good, (j) => { rows(j, 'packs').splice(rows(j, 'packs').findIndex((p) => p.id === 'team'), 1); j.data.tables.find((t) => t.name === 'packs')!.rowCount--; }), /^this backup is damaged: a chunk of pack "team" has no pack record$/],
    ['ids that do not match the chunks', () => edit(good, (j) => { (rows(j, 'packs').find((p) => p.id === 'central-asia')!.ids as string[]).reverse(); }), /pack "central-asia" lists entities its chunks do not hold/],
    ['a missing chunk', () => edit(good, (j) => { const r = rows(j, 'entityChunks'); r.splice(r.findIndex((c) => c.packId === 'csv-import' && c.chunk === 0), 1); j.data.tables.find((t) => t.name === 'entityChunks')!.rowCount--; }), /entity chunk 0 of pack "csv-import" is missing|lists entities its chunks do not hold/],
    ['a chunk whose id list names an entity it does not hold', () => edit(good, (j) => { (rows(j, 'entityChunks').find((c) => c.packId === 'central-asia')!.ids as string[])[0] = 'someone-else'; }), /^this backup is damaged: table entityChunks, chunk 0 of pack "central-asia" lists ids its items do not have$/],
    ['a source chunk whose id list is short', () => edit(good, (j) => { (rows(j, 'sourceChunks').find((c) => c.packId === 'team')!.ids as string[]).pop(); }), /^this backup is damaged: table sourceChunks, chunk 0 of pack "team" lists ids its items do not have$/],
    ['a v4 chunk without its id list', () => edit(good, (j) => { withoutIds(rows(j, 'entityChunks')[0]!); }), /^this backup has an invalid row \(table entityChunks, row 1 "central-asia", ids\)/],
    ['a chunk bigger than any version writes (each card would read it whole)', () => edit(good, (j) => {
      const chunks = rows(j, 'entityChunks').filter((c) => c.packId === 'csv-import');
      const first = chunks[0]!;
      const filler = Array.from({ length: MAX_CHUNK_SIZE }, (_, i) => ({ ...(first.entities as Entity[])[0]!, id: `filler-${i}` }));
      first.entities = [...(first.entities as Entity[]), ...filler];
      first.ids = [...(first.ids as string[]), ...filler.map((e) => e.id)];
      const pack = rows(j, 'packs').find((p) => p.id === 'csv-import')!;
      const ids = pack.ids as string[];
      pack.ids = [...ids.slice(0, (first.ids as string[]).length - filler.length), ...filler.map((e) => e.id), ...ids.slice((first.ids as string[]).length - filler.length)];
      pack.entityCount = (pack.ids as string[]).length;
    }), /^this backup is damaged: entity chunk 0 of pack "csv-import" has \d+ items$/],
    ['a table dropped from the file', () => edit(good, (j) => { j.data.data = j.data.data.filter((d) => d.tableName !== 'edits'); }), /^this backup is incomplete: table edits is missing$/],
    ['rows missing from a table', () => edit(good, (j) => { rows(j, 'edits').pop(); }), /^this backup is incomplete: table edits has 2 of its 3 rows$/],
    ['an unknown table', () => edit(good, (j) => { j.data.tables.push({ name: 'secrets', rowCount: 0 }); }), /tables this version does not know \(secrets\)/],
    ['an encoded value we never store', () => edit(good, (j) => { rows(j, 'meta')[0]!.$types = { value: 'date' }; }), /a value Silk Lens never stores \(table meta, row 1, value: date\)/],
    ['the same pack twice', () => edit(good, (j) => { rows(j, 'packs').push(rows(j, 'packs')[0]!); j.data.tables.find((t) => t.name === 'packs')!.rowCount++; }), /table packs has "central-asia" twice/],
  ];
  it.each(refusals)('%s', async (_why, file, message) => {
    const before = await dump(db);
    const result = parseBackup(file());
    expect(result.ok, 'refused').toBe(false);
    expect(!result.ok && result.error, 'with a message that says what is wrong').toMatch(message);
    expect(await dump(db), 'the fact base is byte-for-byte unchanged').toBe(before);
  });
});

describe('the restore write is atomic', () => {
  it.each(['entityChunks', 'edits', 'meta'] as const)('a failure while writing %s leaves every table exactly as it was', async (table) => {
    await saveEdits(db, { put: [addNote('tokayev', 'written after the backup', undefined, { makeId: () => 'n9' })], remove: [] });
    const before = await dump(db);
    const checked = parseBackup(good);
    if (!checked.ok) throw new Error(checked.error);
    const target = db[table];
    const original = target.bulkPut.bind(target);
    target.bulkPut = (() => Promise.reject(new Error('quota exceeded'))) as unknown as typeof target.bulkPut;
    await expect(restoreBackup(db, checked.backup)).rejects.toThrow('quota exceeded');
    target.bulkPut = original;
    expect(await dump(db), 'clear + write roll back together: nothing lost, nothing half-written').toBe(before);
  });
});

describe('undo the last restore', () => {
  it('puts back the fact base as it was before the restore, from the copy kept on disk', async () => {
    await saveEdits(db, { put: [addNote('tokayev', 'written after the backup', undefined, { makeId: () => 'n9' })], remove: [] });
    const before = await dump(db, { withoutRevision: true });
    expect(await previousDatabaseSummary(), 'nothing to undo before any restore').toBeUndefined();
    const checked = parseBackup(good);
    if (!checked.ok) throw new Error(checked.error);
    await restoreBackup(db, checked.backup);
    expect((await previousDatabaseSummary())?.notes, 'the copy taken before the restore is on disk').toBe(2);
    await undoLastRestore(db);
    expect(await dump(db, { withoutRevision: true }), 'the fact base is as it was before the restore').toBe(before);
    expect(await previousDatabaseSummary(), 'the copy is gone once used').toBeUndefined();
    await expect(undoLastRestore(db), 'a second undo has nothing to put back').rejects.toThrow('there is no restore to undo');
  });
});
