// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactBaseDB } from './db';
import { backupDatabase, restoreDatabase } from './backup';
import { allEntities, exportPack, installPack } from './store';
import type { FactPack } from './schema';

const pack = (id: string, names: string[]): FactPack => ({
  format: 'silklens-pack/1', id, title: id, publisher: 'Tests', version: '1', published: '2026-11-01',
  sources: [{ id: 's1', title: 'Source', publisher: 'Pub', date: '2023', url: 'https://example.org/s' }],
  entities: names.map((n) => ({ id: n, type: 'person', names: { en: n, ru: 'Тест' }, aliases: [{ text: n.toUpperCase(), caseSensitive: true }], roles: [{ title: 'Role', from: '2020', to: null, sources: ['s1'] }], related: [], checked: '2026-11-01', facts: [{ text: `${n} fact`, date: '2023-04-05', sources: ['s1'], tags: ['t'] }] })),
});

let db: FactBaseDB;
beforeEach(() => { db = new FactBaseDB('silklens'); });
afterEach(async () => { db.close(); await FactBaseDB.delete('silklens'); });

describe('backup and restore', () => {
  it('round-trips the whole database losslessly', async () => {
    await installPack(db, pack('one', ['alpha', 'beta']), 'bundled');
    await installPack(db, pack('two', ['gamma']), 'import');
    const before = { one: await exportPack(db, 'one'), two: await exportPack(db, 'two'), packs: await db.packs.toArray() };
    const blob = await backupDatabase(db);
    await installPack(db, pack('one', ['changed']), 'bundled');
    await restoreDatabase(db, blob);
    expect({ one: await exportPack(db, 'one'), two: await exportPack(db, 'two'), packs: await db.packs.toArray() }).toEqual(before);
  });

  it.each([
    { why: 'a file that is not JSON', blob: new Blob(['hello']), error: /not a Silk Lens backup/ },
    { why: 'a JSON file of another shape', blob: new Blob(['{"format":"silklens-pack/1"}']), error: /not a Silk Lens backup/ },
  ])('refuses $why and keeps the fact base', async ({ blob, error }) => {
    await installPack(db, pack('one', ['alpha']), 'bundled');
    await expect(restoreDatabase(db, blob)).rejects.toThrow(error);
    expect((await allEntities(db)).map((e) => e.id)).toEqual(['alpha']);
  });

  it('refuses a backup of another database', async () => {
    const other = new FactBaseDB('not-silklens');
    await installPack(other, pack('x', ['x']), 'bundled');
    const blob = await backupDatabase(other);
    await other.delete();
    await installPack(db, pack('one', ['alpha']), 'bundled');
    await expect(restoreDatabase(db, blob)).rejects.toThrow(/database "not-silklens"/);
    expect((await allEntities(db)).map((e) => e.id)).toEqual(['alpha']);
  });
});
