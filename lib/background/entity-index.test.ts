import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactBaseDB } from '../factbase/db';
import { installPack } from '../factbase/store';
import { saveEdits } from '../factbase/view';
import { addEntity, editNames, hideEntity } from '../factbase/overlay';
import type { Entity, FactPack } from '../factbase/schema';
import { EntityIndex } from './entity-index';

const source = { id: 's1', title: 'Source', publisher: 'Pub', date: '2026-10-01' };
const entity = (id: string, en: string, ru?: string): Entity => ({
  id, type: 'person', names: { en, ...(ru ? { ru } : {}) }, aliases: [], roles: [], related: [], checked: '2026-11-01',
  facts: [{ text: `${en} fact`, date: '2026', sources: ['s1'] }],
});
const pack = (id: string, version: string, entities: Entity[]): FactPack => ({
  format: 'silklens-pack/1', id, title: id, publisher: 'Pub', version, published: '2026-11-01', sources: [source], entities,
});

let db: FactBaseDB;
let index: EntityIndex;
beforeEach(async () => {
  db = new FactBaseDB(`index-${Math.random()}`);
  index = new EntityIndex(db);
  await installPack(db, pack('base', '1', [entity('zhanna-first', 'Zhanna First', 'Жанна Первая'), entity('arman-second', 'Arman Second')]), 'bundled', { now: () => new Date('2026-11-01') });
});
afterEach(async () => {
  await db.delete();
});

describe('EntityIndex', () => {
  it('lists by English name without a query, and counts everything', async () => {
    const r = await index.search('', 1);
    expect(r.rows.map((row) => row.id), 'the first rows by name').toEqual(['arman-second']);
    expect(r.total, 'the total counts every entity, not just the rows sent').toBe(2);
  });

  it('finds across scripts and spelling (the fuzzy search of lib/search)', async () => {
    expect((await index.search('Жанна', 5)).rows[0]?.id, 'Cyrillic finds the entity').toBe('zhanna-first');
    expect((await index.search('zhana', 5)).rows[0]?.id, 'a misspelling finds it too').toBe('zhanna-first');
  });

  it('follows every write: edited names are searched, hidden entities stay listed and marked, own entities join', async () => {
    await index.search('', 10); // built for the first revision
    const [zhanna] = pack('base', '1', [entity('zhanna-first', 'Zhanna First')]).entities;
    await saveEdits(db, { put: [editNames(zhanna!, { en: 'Zhanna Renamed' }), hideEntity('arman-second'), addEntity(entity('my-own', 'Own Person'), [source])], remove: [] });
    expect((await index.search('renamed', 5)).rows[0], 'the user’s name edit is what the list shows').toMatchObject({ id: 'zhanna-first', name: 'Zhanna Renamed' });
    expect(await index.row('arman-second'), 'a hidden entity is listed so it can be shown again').toMatchObject({ hidden: true, origin: 'bundled', packId: 'base' });
    expect(await index.row('my-own'), 'the user’s own entity has no pack').toMatchObject({ origin: 'user', packId: null });
  });

  it('reads an id from its newest install, as the store does', async () => {
    await installPack(db, pack('feed-pack', '2', [entity('arman-second', 'Arman From Feed')]), 'feed', { now: () => new Date('2026-11-20') });
    expect(await index.row('arman-second'), 'the newest install wins').toMatchObject({ name: 'Arman From Feed', packId: 'feed-pack', origin: 'feed' });
  });

  it('frees an id by suffix', async () => {
    expect(await index.freeId('arman-second'), 'a taken id gets the first free suffix').toBe('arman-second-2');
    expect(await index.freeId('new-person'), 'a free id is kept').toBe('new-person');
  });
});
