// @vitest-environment happy-dom
/**
 * The persisted page index: built once per fact-base revision, reused after a wake with
 * no compile, shared by concurrent callers, and rebuilt (never used) when the stored one
 * is of another revision, half-written or damaged.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactBaseDB } from '../factbase/db';
import { installPack } from '../factbase/store';
import { backupText, parseBackup } from '../factbase/backup';
import type { Entity, FactPack } from '../factbase/schema';
import { compileDictionary } from '../match';
import type { PageIndex } from '../match/page-index';
import { FactBaseService } from './factbase-service';
import { pageIndexCache } from './page-index-cache';

const person = (id: string, en: string): Entity => ({ id, type: 'person', names: { en }, aliases: [], roles: [], related: [], facts: [], checked: '2026-11-01' });
const pack: FactPack = {
  format: 'silklens-pack/1', id: 'p', title: 'P', publisher: 'Pub', version: '1', published: '2026-11-01',
  sources: [{ id: 's1', title: 'S', publisher: 'Pub', date: '2026-10-01', url: 'https://example.org/s' }],
  entities: [person('alpha', 'Alpha Bravo'), person('charlie', 'Charlie Delta')],
};

let db: FactBaseDB;
let compiles = 0;
const counting: typeof compileDictionary = (entities, options) => { compiles++; return compileDictionary(entities, options); };
/** A new service on the same database: what the background is after its worker wakes. */
const wake = () => new FactBaseService({ db, loadBundled: async () => pack, compile: counting });

beforeEach(async () => {
  db = new FactBaseDB(`index-${Math.random()}`);
  compiles = 0;
  await wake().pageIndex();
});
afterEach(async () => {
  await db.delete();
});

const cache = () => pageIndexCache(db.name);
const stored = async () => (await cache().read()) as PageIndex;

describe('FactBaseService.pageIndex persistence', () => {
  it('stores the index of the current revision in one record, and a wake reuses it without compiling', async () => {
    expect(compiles, 'the first index is compiled once').toBe(1);
    const first = await stored();
    expect(first.version, 'the stored index carries its version').toMatch(/^r\d+$/);
    compiles = 0;
    const index = await wake().pageIndex();
    expect(compiles, 'after a wake the stored index is used: no compile').toBe(0);
    expect(index.version, 'the same version').toBe(first.version);
    expect(index.units.text, 'the same data').toBe(first.units.text);
  });

  it('shares one load among concurrent callers after a wake, and one compile when nothing is stored', async () => {
    await cache().write(undefined);
    compiles = 0;
    const service = wake();
    const all = await Promise.all(Array.from({ length: 6 }, () => service.pageIndex()));
    expect(compiles, 'six concurrent callers after a wake compile once').toBe(1);
    expect(new Set(all).size, 'and get one index').toBe(1);
  });

  it('rebuilds and replaces the index when the revision moved', async () => {
    const before = (await stored()).version;
    await installPack(db, { ...pack, version: '2', entities: [...pack.entities, person('echo', 'Echo Foxtrot')] }, 'feed');
    compiles = 0;
    const index = await wake().pageIndex();
    expect(compiles, 'another revision: the stored index is not used').toBe(1);
    expect(index.version, 'the new index is of the new revision').not.toBe(before);
    expect((await stored()).version, 'the stored index was replaced').toBe(index.version);
    expect(index.entities.text, 'it holds the new entity').toContain('echo');
  });

  it('keeps the index out of backups (a cache, rebuilt on demand)', async () => {
    const text = await backupText(db);
    expect(text.includes('silklens-page-index') || text.includes('anchorClauses'), 'no page index in a backup').toBe(false);
    expect(text.includes('revision'), 'the rest of meta is still backed up').toBe(true);
    const checked = parseBackup(text, { databaseName: db.name });
    expect(checked.ok ? 'ok' : checked.error, 'the backup is one a restore accepts').toBe('ok');
  });

  const damage: [string, (i: PageIndex) => unknown][] = [
    ['a value that is no index', () => 'garbage'],
    ['another format', (i) => ({ ...i, format: 'silklens-page-index/0' })],
    ['a half-written index (arrays missing)', (i) => ({ format: i.format, version: i.version, entities: i.entities })],
    ['a clause list cut short', (i) => ({ ...i, clauseWords: i.clauseWords.subarray(0, Math.max(0, i.clauseWords.length - 1)) })],
    ['a string table whose offsets overrun its text', (i) => ({ ...i, units: { text: i.units.text.slice(0, -1), offsets: i.units.offsets } })],
    ['a clause pointing past the units', (i) => ({ ...i, clauseUnit: i.clauseUnit.map(() => 1e6) })],
    ['typed arrays turned into plain objects', (i) => ({ ...i, anchors: { ...i.anchors } })],
    ['unreadable fixed tables', (i) => ({ ...i, fixed: '{' })],
  ];
  it.each(damage)('ignores and rebuilds %s', async (_, spoil) => {
    const good = await stored();
    await cache().write(spoil(good));
    compiles = 0;
    const index = await wake().pageIndex();
    expect(compiles, 'a damaged stored index is never used: it is rebuilt').toBe(1);
    expect(index.units.text, 'the rebuilt index is whole').toBe(good.units.text);
    expect((await stored()).clauseWords, 'and stored again whole').toEqual(good.clauseWords);
  });
});
