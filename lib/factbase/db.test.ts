import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { FactBaseDB } from './db';

describe('FactBaseDB migrations', () => {
  it('v2 → v3: drops per-entity tables and pack records, keeps the user edits, makes feeds refetch', async () => {
    const name = `migrate-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ packs: 'id, origin', entities: '[packId+id], id, packId, type', sources: '[packId+id], packId', meta: 'key' });
    v2.version(2).stores({ feeds: 'url', edits: 'id, entityId, kind' });
    await v2.open();
    await v2.table('packs').put({ id: 'central-asia', version: '1' });
    await v2.table('entities').put({ packId: 'central-asia', id: 'x', type: 'person', data: {} });
    await v2.table('edits').put({ id: 'note:1', entityId: 'x', kind: 'note', text: 'mine', created: '2026-01-01' });
    await v2.table('feeds').put({ url: 'https://f.example/p.json', etag: '"1"', version: '3', packId: 'p', managed: false, intervalHours: 24, addedAt: '' });
    v2.close();

    const db = new FactBaseDB(name);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['edits', 'entityChunks', 'feeds', 'meta', 'packs', 'sourceChunks']);
    expect(await db.packs.count(), 'pack contents are refetched, so their records go').toBe(0);
    expect(await db.edits.get('note:1'), 'the user own data survives').toMatchObject({ text: 'mine' });
    const feed = await db.feeds.get('https://f.example/p.json');
    expect(feed?.etag, 'no validator: the next update fetches the whole pack').toBeUndefined();
    expect(feed?.url).toBe('https://f.example/p.json');
    expect(feed?.lastChecked, 'due at once').toBeUndefined();
    await db.delete();
  });
});
