// @vitest-environment happy-dom
// (dexie-export-import reads Blobs with FileReader: the backup messages need a DOM.)
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactBaseDB } from '../factbase/db';
import { getRevision, installPack } from '../factbase/store';
import { backupText } from '../factbase/backup';
import { addEntity, addNote, hideEntity } from '../factbase/overlay';
import type { Entity, FactPack } from '../factbase/schema';
import { FactBaseService } from './factbase-service';
import { FeedService } from './feed-service';
import { createRouter, type BackgroundMessage, type Router } from './router';
import { createRoutes } from './routes';
import type { MessageSenderLike } from './sender';
import { MAX_CARD_IDS } from '../messages';
import { writeStage } from '../factbase/importers/staging';
import { addTextWordHashes, packHashes } from '../match/word-hash';

const self = { id: 'silklens-id', origin: 'chrome-extension://silklens-id/' };
const SENDERS = {
  'content script': { id: self.id, url: 'https://news.example/story', tab: { id: 3 } },
  'extension page': { id: self.id, url: 'chrome-extension://silklens-id/options.html', tab: { id: 4 } },
  'foreign extension': { id: 'other-id', url: 'chrome-extension://other-id/background.js' },
  'no sender': undefined,
} satisfies Record<string, MessageSenderLike | undefined>;
type SenderName = keyof typeof SENDERS;

const FEED = 'https://feeds.example.org/team.json';
/** The import the options page's worker staged (lib/factbase/importers/staging.ts). */
const STAGE_ID = '0b7c0d6e-5b7a-4d4c-9a34-3c1f4c0a9e21';
const source = { id: 's1', title: 'Source', publisher: 'Pub', date: '2026-10-01', url: 'https://example.org/s' };
const entity = (id: string): Entity => ({
  id, type: 'person', names: { en: id }, aliases: [], roles: [], related: [], checked: '2026-11-01',
  facts: [{ text: `${id} fact`, date: '2026', sources: ['s1'] }],
});
const pack = (id: string, ids: string[]): FactPack => ({
  format: 'silklens-pack/1', id, title: `Pack ${id}`, publisher: 'Pub', version: '1', published: '2026-11-01', sources: [source], entities: ids.map(entity),
});

let db: FactBaseDB;
let router: Router;
let broadcasts = 0;
let backup = '';
let opened: string[] = [];

beforeEach(async () => {
  db = new FactBaseDB('silklens');
  broadcasts = 0;
  const service = new FactBaseService({ db, loadBundled: async () => pack('bundled', ['alpha', 'beta']), today: () => '2026-12-03' });
  await service.ensureBundled();
  await installPack(db, pack('imported', ['gamma']), 'import', { from: 'gamma.json' });
  await db.feeds.put({ url: FEED, managed: false, intervalHours: 24, addedAt: '2026-11-01T00:00:00.000Z' });
  backup = await backupText(db);
  await writeStage(pack('imported', ['gamma', 'epsilon']), STAGE_ID);
  const fetch_ = (async () => new Response(JSON.stringify(pack('team', ['delta'])), { status: 200 })) as unknown as typeof fetch;
  const changed = async () => {
    broadcasts++;
  };
  const feeds = new FeedService({ db, fetch_, onChanged: changed });
  opened = [];
  router = createRouter(createRoutes({
    db, service, feeds, changed, userFeedsDisabled: async () => false, today: () => '2026-12-03',
    openTab: async (url) => void opened.push(url), optionsPage: 'chrome-extension://self/options.html',
  }), self);
});
afterEach(async () => {
  db.close();
  await FactBaseDB.delete('silklens');
});

/** Everything a refused request must leave as it was. */
async function snapshot() {
  const [packs, feeds, edits, revision] = await Promise.all([db.packs.toArray(), db.feeds.toArray(), db.edits.toArray(), getRevision(db)]);
  return { packs, feeds, edits, revision };
}

const CONTENT_ALLOWED = new Set<BackgroundMessage>(['getDictionary', 'getCards', 'getCardDetails', 'openEntity']);

/** One valid payload per message, and the payloads each must refuse. */
const CASES: { name: BackgroundMessage; good: () => unknown; bad: [string, unknown][] }[] = [
  { name: 'ensureReady', good: () => ({}), bad: [['an extra field', { force: true }]] },
  { name: 'getDictionary', good: () => ({ version: 'r1', known: '', added: 'AQAAAA==' }), bad: [['a numeric version', { version: 5 }], ['a huge version', { version: 'v'.repeat(101) }], ['word hashes that are not base64', { added: 'not base64!' }], ['more than 2^20 word hashes', { known: 'A'.repeat(6_000_000) }], ['page text instead of hashes', { text: 'Tokayev met Mirziyoyev' }]] },
  {
    name: 'getCards',
    good: () => ({ ids: ['alpha'] }),
    bad: [
      ['ids as a string', { ids: 'alpha' }],
      ['numeric ids', { ids: [1, 2] }],
      ['an extra-large ids list', { ids: Array.from({ length: MAX_CARD_IDS + 1 }, (_, i) => `e${i}`) }],
      ['an overlong id', { ids: ['x'.repeat(201)] }],
      ['a malformed day', { ids: ['alpha'], today: 'tomorrow' }],
      ['an impossible page date', { ids: ['alpha'], pageDate: '2023-13' }],
      ['a page date with a time', { ids: ['alpha'], pageDate: '2023-01-05T10:00:00Z' }],
    ],
  },
  {
    name: 'openEntity',
    good: () => ({ entity: 'alpha' }),
    bad: [['a numeric id', { entity: 7 }], ['an overlong id', { entity: 'x'.repeat(201) }], ['no id', {}]],
  },
  { name: 'getCardDetails', good: () => ({ ids: ['alpha'] }), bad: [['an extra-large ids list', { ids: Array.from({ length: 100_000 }, () => 'alpha') }], ['a null id', { ids: [null] }]] },
  {
    name: 'subscribeFeed',
    good: () => ({ url: 'https://feeds.example.org/other.json' }),
    bad: [
      ['a javascript: url', { url: 'javascript:alert(1)' }],
      ['a non-string url', { url: 42 }],
      ['a data: url', { url: 'data:application/json,{}' }],
      ['a huge url', { url: `https://feeds.example.org/${'a'.repeat(3000)}` }],
      ['a NaN interval', { url: FEED, intervalHours: Number.NaN }],
      ['a malformed key', { url: FEED, publicKey: 'not a key!' }],
    ],
  },
  { name: 'updateFeeds', good: () => ({}), bad: [['a file: url', { url: 'file:///etc/passwd' }]] },
  { name: 'removeFeed', good: () => ({ url: FEED }), bad: [['a javascript: url', { url: 'javascript:void(0)' }], ['no url', {}]] },
  {
    name: 'setFeedInterval',
    good: () => ({ url: FEED, intervalHours: 6 }),
    bad: [
      ['a NaN interval', { url: FEED, intervalHours: Number.NaN }],
      ['a negative interval', { url: FEED, intervalHours: -1 }],
      ['a zero interval', { url: FEED, intervalHours: 0 }],
      ['a huge interval', { url: FEED, intervalHours: 1e9 }],
      ['an infinite interval', { url: FEED, intervalHours: Number.POSITIVE_INFINITY }],
      ['a fractional interval', { url: FEED, intervalHours: 1.5 }],
      ['a string interval', { url: FEED, intervalHours: '6' }],
      ['a non-string url', { url: ['https://feeds.example.org/'], intervalHours: 6 }],
    ],
  },
  { name: 'listFeeds', good: () => ({}), bad: [['an array', []]] },
  { name: 'listPacks', good: () => ({}), bad: [['a string', 'all']] },
  {
    name: 'searchEntities',
    good: () => ({ query: 'alp', limit: 10 }),
    bad: [
      ['an overlong query', { query: 'a'.repeat(201), limit: 10 }],
      ['a negative limit', { query: 'a', limit: -1 }],
      ['a huge limit', { query: 'a', limit: 1e6 }],
      ['a NaN limit', { query: 'a', limit: Number.NaN }],
      ['a numeric query', { query: 7, limit: 10 }],
    ],
  },
  { name: 'getEntity', good: () => ({ id: 'alpha' }), bad: [['an empty id', { id: '' }], ['a numeric id', { id: 5 }]] },
  { name: 'freeEntityId', good: () => ({ base: 'alpha' }), bad: [['a base that is not a slug', { base: 'Not A Slug' }]] },
  {
    name: 'saveEdits',
    good: () => ({ changes: { put: [hideEntity('alpha'), addNote('alpha', 'private')], remove: [] } }),
    bad: [
      ['a malformed timestamp', { changes: { put: [{ ...hideEntity('alpha'), created: 'yesterday' }], remove: [] } }],
      ['an unknown kind', { changes: { put: [{ ...hideEntity('alpha'), kind: 'drop-table' }], remove: [] } }],
      ['a huge note', { changes: { put: [addNote('alpha', 'n'.repeat(20_001))], remove: [] } }],
      ['too many removals', { changes: { put: [], remove: Array.from({ length: 5001 }, (_, i) => `note:${i}`) } }],
      ['an own entity filed under another id', { changes: { put: [{ ...addEntity(entity('mine'), [source]), entityId: 'alpha' }], remove: [] } }],
      ['put as a string', { changes: { put: 'everything', remove: [] } }],
    ],
  },
  { name: 'removePack', good: () => ({ id: 'imported' }), bad: [['a numeric id', { id: 7 }]] },
  { name: 'exportPack', good: () => ({ id: 'bundled' }), bad: [['no id', {}]] },
  { name: 'exportUserPack', good: () => ({}), bad: [['an extra field', { today: '2026-12-03' }]] },
  { name: 'backup', good: () => ({}), bad: [['an extra field', { tables: ['edits'] }]] },
  {
    name: 'previewImport',
    good: () => ({ stageId: STAGE_ID }),
    bad: [
      ['a malformed stage id', { stageId: '../../etc' }],
      ['a numeric stage id', { stageId: 5 }],
      ['the pack itself (no longer carried by messages)', { stageId: STAGE_ID, packJson: JSON.stringify(pack('x', ['a'])) }],
    ],
  },
  {
    name: 'applyImport',
    good: () => ({ stageId: STAGE_ID, fileName: 'gamma.json' }),
    bad: [
      ['a numeric file name', { stageId: STAGE_ID, fileName: 5 }],
      ['no file name', { stageId: STAGE_ID }],
      ['no stage id', { fileName: 'x.json' }],
      ['a malformed stage id', { stageId: '../../etc', fileName: 'x.json' }],
      ['the pack itself', { packJson: JSON.stringify(pack('x', ['a'])), fileName: 'x.json' }],
    ],
  },
  { name: 'discardImport', good: () => ({ stageId: STAGE_ID }), bad: [['a malformed stage id', { stageId: 'x' }], ['no stage id', {}]] },
  { name: 'inspectBackup', good: () => ({ text: backup }), bad: [['a numeric text', { text: 5 }]] },
  { name: 'restoreBackup', good: () => ({ text: backup }), bad: [['a null text', { text: null }]] },
  { name: 'factBaseStatus', good: () => ({}), bad: [['an extra field', { all: true }]] },
  { name: 'undoRestore', good: () => ({}), bad: [['an extra field', { to: 'yesterday' }]] },
  { name: 'forgetRestoreCopy', good: () => ({}), bad: [['an array', []]] },
  { name: 'listWikidataDisagreements', good: () => ({}), bad: [['an extra field', { all: true }]] },
  {
    name: 'dismissWikidataDisagreement',
    good: () => ({ office: 'president:kazakhstan', item: 'Q42' }),
    bad: [['a malformed item', { office: 'president:kazakhstan', item: 'Q0' }], ['an item that is a URL', { office: 'president:kazakhstan', item: 'https://www.wikidata.org/wiki/Q42' }]],
  },
];

/** Messages kept out of CASES, and why (their own test files cover senders and payloads). */
const COVERED_ELSEWHERE: Partial<Record<BackgroundMessage, string>> = {
  checkWikidata: 'a good request goes to the network: lib/background/wikidata-routes.test.ts',
  loadCardUi: 'a good request injects a script into a tab: lib/background/card-ui-route.test.ts',
  loadPageTools: 'a good request injects a script into a tab: lib/background/card-ui-route.test.ts',
};

describe('router: the table of cases', () => {
  it('covers every message the background answers', () => {
    const table = Object.keys(createRoutes({ db, service: new FactBaseService({ db, loadBundled: async () => pack('b', []) }), feeds: new FeedService({ db, onChanged: async () => {} }), changed: async () => {}, userFeedsDisabled: async () => false })) as BackgroundMessage[];
    const missing = table.filter((name) => !CASES.some((c) => c.name === name) && !COVERED_ELSEWHERE[name]);
    expect(missing, 'a new message needs its sender and payload cases here').toEqual([]);
  });
});

const GENERIC_BAD: [string, unknown][] = [['null', null], ['a number', 42]];

describe('router: every message × sender', () => {
  for (const { name, good } of CASES) {
    for (const sender of Object.keys(SENDERS) as SenderName[]) {
      const allowed = sender === 'extension page' || (sender === 'content script' && CONTENT_ALLOWED.has(name));
      it(`${name} from ${sender}: ${allowed ? 'answered' : 'refused, nothing changes'}`, async () => {
        const before = await snapshot();
        const r = await router.handle(name, good(), SENDERS[sender]);
        if (allowed) {
          expect(r, `${name} with a good payload from ${sender} is answered`).toMatchObject({ ok: true });
        } else {
          expect(r, `${name} is not accepted from ${sender}`).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^${name} refused: not accepted from`)) });
          expect(await snapshot(), 'a refused sender changes nothing').toEqual(before);
          expect(broadcasts, 'a refused sender triggers no broadcast').toBe(0);
        }
      });
    }
  }
});

describe('router: bad payloads are refused and change nothing', () => {
  for (const { name, bad } of CASES) {
    it.each([...bad, ...GENERIC_BAD])(`${name} with %s`, async (_why, payload) => {
      const before = await snapshot();
      const r = await router.handle(name, payload, SENDERS['extension page']);
      expect(r, `${name} refuses a bad payload with a message naming the message`).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^${name} refused: `)) });
      expect(await snapshot(), 'a refused payload changes nothing').toEqual(before);
      expect(broadcasts, 'a refused payload triggers no broadcast').toBe(0);
    });
  }
});

describe('router: handler rules', () => {
  it('refuses a message it does not know', async () => {
    const r = await router.handle('dictionaryChanged' as BackgroundMessage, { version: 'r1' }, SENDERS['extension page']);
    expect(r, 'only the table’s messages are answered').toEqual({ ok: false, error: 'unknown message "dictionaryChanged"' });
  });

  it('every write bumps the revision and broadcasts once', async () => {
    const before = await getRevision(db);
    const r = await router.handle('saveEdits', { changes: { put: [hideEntity('alpha')], remove: [] } }, SENDERS['extension page']);
    expect(r, 'saveEdits answers with the new revision').toEqual({ ok: true, revision: before + 1 });
    expect(broadcasts, 'the background broadcasts the change itself').toBe(1);
  });

  it.each([
    { why: 'the bundled pack', id: 'bundled', error: /only imported packs/ },
    { why: 'a pack that does not exist', id: 'nothing', error: /no pack "nothing"/ },
  ])('removePack refuses $why and changes nothing', async ({ id, error }) => {
    const before = await snapshot();
    const r = await router.handle('removePack', { id }, SENDERS['extension page']);
    expect(r, 'only imports are removed by hand').toEqual({ ok: false, error: expect.stringMatching(error) });
    expect(await snapshot(), 'nothing changes').toEqual(before);
  });

  it('refuses an own entity whose id a pack entity has', async () => {
    const before = await snapshot();
    const r = await router.handle('saveEdits', { changes: { put: [addEntity(entity('alpha'), [source])], remove: [] } }, SENDERS['extension page']);
    expect(r, 'an own entity may not shadow a pack entity').toEqual({ ok: false, error: expect.stringMatching(/id "alpha" is taken/) });
    expect(await snapshot(), 'nothing changes').toEqual(before);
  });

  it.each([
    { why: 'text that is not JSON', text: 'hello' },
    { why: 'a pack file', text: JSON.stringify(pack('x', ['a'])) },
  ])('restoreBackup refuses $why and changes nothing', async ({ text }) => {
    const before = await snapshot();
    for (const name of ['inspectBackup', 'restoreBackup'] as const) {
      const r = await router.handle(name, { text }, SENDERS['extension page']);
      expect(r, `${name} refuses a file that is not a backup`).toEqual({ ok: false, error: expect.stringMatching(/not a Silk Lens backup/) });
    }
    expect(await snapshot(), 'nothing changes').toEqual(before);
    expect(broadcasts, 'no broadcast').toBe(0);
  });

  it('inspectBackup says what the backup holds and what it would replace', async () => {
    await router.handle('saveEdits', { changes: { put: [addNote('alpha', 'a note')], remove: [] } }, SENDERS['extension page']);
    const r = await router.handle('inspectBackup', { text: backup }, SENDERS['extension page']);
    expect(r, 'both summaries, side by side').toMatchObject({
      ok: true,
      backup: { notes: 0, feeds: 1, packs: expect.arrayContaining([expect.objectContaining({ id: 'imported', entityCount: 1 })]) },
      current: { notes: 1, feeds: 1 },
    });
  });

  it('a restore moves the revision past every revision seen, so no page keeps a stale dictionary', async () => {
    const seen = await getRevision(db);
    const r = await router.handle('restoreBackup', { text: backup }, SENDERS['extension page']);
    expect(r, 'the backup is restored').toMatchObject({ ok: true });
    expect(await getRevision(db), 'the backup’s older counter would reuse a version pages already cached').toBeGreaterThan(seen);
    const found = await router.handle('searchEntities', { query: '', limit: 10 }, SENDERS['extension page']);
    expect(found, 'the list answers from the restored fact base').toMatchObject({ ok: true, total: 3 });
  });

  it('applies the staged pack by its stage id, once; an unknown or used stage applies nothing and says so', async () => {
    const preview = await router.handle('previewImport', { stageId: STAGE_ID }, SENDERS['extension page']);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.diff.counts, 'the preview diffs the staged pack against the stored one').toEqual({ added: 1, changed: 0, removed: 0 });
    const before = await snapshot();
    const stranger = await router.handle('applyImport', { stageId: crypto.randomUUID(), fileName: 'gamma.json' }, SENDERS['extension page']);
    expect(stranger, 'a stage the background cannot find applies nothing').toEqual({ ok: true, applied: false, kept: [], listing: null });
    expect(await snapshot(), 'and nothing changed').toEqual(before);
    const applied = await router.handle('applyImport', { stageId: preview.stageId, fileName: 'gamma.json' }, SENDERS['extension page']);
    expect(applied, 'the staged pack is applied').toMatchObject({ ok: true, applied: true, kept: [] });
    expect(applied.ok && applied.listing?.entities, 'the answer counts the fact base after the write (alpha, beta, gamma, epsilon)').toBe(4);
    expect(applied.ok && applied.listing?.packs.map((p) => [p.id, p.entityCount]).sort(), 'and lists the packs as they now are').toEqual([['bundled', 2], ['imported', 2]]);
    expect((await db.packs.get('imported'))?.entityCount, 'the staged pack is what was stored').toBe(2);
    const again = await router.handle('applyImport', { stageId: preview.stageId, fileName: 'gamma.json' }, SENDERS['extension page']);
    expect(again, 'a stage applies once (applying drops it)').toEqual({ ok: true, applied: false, kept: [], listing: null });
  });

  it('Apply after the worker restarted reads the stage again; a discarded stage applies nothing', async () => {
    await router.handle('previewImport', { stageId: STAGE_ID }, SENDERS['extension page']);
    const service = new FactBaseService({ db, loadBundled: async () => pack('bundled', ['alpha', 'beta']) });
    const woken = createRouter(createRoutes({ db, service, feeds: new FeedService({ db, onChanged: async () => {} }), changed: async () => {}, userFeedsDisabled: async () => false }), self);
    const discarded = createRouter(createRoutes({ db, service, feeds: new FeedService({ db, onChanged: async () => {} }), changed: async () => {}, userFeedsDisabled: async () => false }), self);
    const applied = await woken.handle('applyImport', { stageId: STAGE_ID, fileName: 'gamma.json' }, SENDERS['extension page']);
    expect(applied, 'a background that never saw the preview applies the staged pack').toMatchObject({ ok: true, applied: true });
    await writeStage(pack('imported', ['gamma', 'zeta']), STAGE_ID);
    await discarded.handle('previewImport', { stageId: STAGE_ID }, SENDERS['extension page']);
    expect(await discarded.handle('discardImport', { stageId: STAGE_ID }, SENDERS['extension page']), 'discard answers').toEqual({ ok: true });
    const before = await snapshot();
    const after = await discarded.handle('applyImport', { stageId: STAGE_ID, fileName: 'gamma.json' }, SENDERS['extension page']);
    expect(after, 'a discarded import is not applied, even from the preview kept in memory').toEqual({ ok: true, applied: false, kept: [], listing: null });
    expect(await snapshot(), 'and nothing changed').toEqual(before);
  });

  it('listPacks counts each entity once, the user’s own included, without their ids', async () => {
    await router.handle('saveEdits', { changes: { put: [addEntity(entity('mine'), [source])], remove: [] } }, SENDERS['extension page']);
    const r = await router.handle('listPacks', {}, SENDERS['extension page']);
    expect(r, 'two packs, four entities (alpha, beta, gamma, mine)').toMatchObject({ ok: true, entities: 4 });
    const packs = r.ok ? r.packs : [];
    expect(packs.map((p) => p.id).sort(), 'every pack is listed').toEqual(['bundled', 'imported']);
    expect(packs.every((p) => !('ids' in p)), 'a pack row never carries the pack’s id list').toBe(true);
  });

  it('searchEntities answers rows, never entities, and counts the whole fact base', async () => {
    const r = await router.handle('searchEntities', { query: '', limit: 2 }, SENDERS['extension page']);
    expect(r, 'an empty query lists the first rows by name').toEqual({
      ok: true,
      total: 3,
      rows: [
        { id: 'alpha', name: 'alpha', type: 'person', packId: 'bundled', origin: 'bundled', hidden: false },
        { id: 'beta', name: 'beta', type: 'person', packId: 'bundled', origin: 'bundled', hidden: false },
      ],
    });
    await router.handle('saveEdits', { changes: { put: [hideEntity('gamma')], remove: [] } }, SENDERS['extension page']);
    const found = await router.handle('searchEntities', { query: 'gamma', limit: 5 }, SENDERS['extension page']);
    expect(found, 'the index follows the revision: a hidden entity is still listed, marked hidden').toMatchObject({ ok: true, rows: [{ id: 'gamma', hidden: true, origin: 'import' }] });
  });

  it('a restore can be undone from the copy it kept on disk, and that copy can be deleted', async () => {
    const ext = SENDERS['extension page'];
    await router.handle('saveEdits', { changes: { put: [addNote('alpha', 'note written after the backup')], remove: [] } }, ext);
    const restored = await router.handle('restoreBackup', { text: backup }, ext);
    expect(restored, 'the backup restores').toMatchObject({ ok: true });
    expect((await db.edits.toArray()).length, 'the backup had no notes: the newer note is gone from the fact base').toBe(0);
    const status = await router.handle('factBaseStatus', {}, ext);
    expect(status, 'the status names the copy kept from before the restore, with its note').toMatchObject({ ok: true, restoreCopy: { notes: 1 }, badEntities: { count: 0 } });
    const undone = await router.handle('undoRestore', {}, ext);
    expect(undone, 'undo puts the previous fact base back').toMatchObject({ ok: true, restored: { notes: 1 } });
    expect((await db.edits.toArray()).map((e) => (e.kind === 'note' ? e.text : '')), 'the note written after the backup is back').toEqual(['note written after the backup']);
    expect(await router.handle('factBaseStatus', {}, ext), 'after an undo no copy is left').toMatchObject({ ok: true, restoreCopy: null });
    expect(await router.handle('undoRestore', {}, ext), 'a second undo has nothing to put back and changes nothing').toEqual({ ok: true, restored: null });

    await router.handle('restoreBackup', { text: backup }, ext);
    expect(await router.handle('forgetRestoreCopy', {}, ext)).toEqual({ ok: true });
    expect(await router.handle('factBaseStatus', {}, ext), 'a deleted copy is gone').toMatchObject({ ok: true, restoreCopy: null });
  });

  it('an unreadable entity that reached the store is skipped by search and named by factBaseStatus', async () => {
    const ext = SENDERS['extension page'];
    const broken = { ...addEntity(entity('broken-own'), [source]) };
    (broken.entity as unknown as { names: null }).names = null; // as a damaged file could leave it
    await db.edits.put(broken);
    const chunk = await db.entityChunks.get(['imported', 0]);
    await db.entityChunks.put({ ...chunk!, entities: [...chunk!.entities, { id: 'broken-pack', type: 'person' } as unknown as Entity] });
    const found = await router.handle('searchEntities', { query: '', limit: 50 }, ext);
    expect(found.ok, 'search still answers').toBe(true);
    expect(found.ok ? found.rows.map((r) => r.id) : [], 'neither broken entity is listed').not.toEqual(expect.arrayContaining(['broken-own']));
    const status = await router.handle('factBaseStatus', {}, ext);
    expect(status.ok ? status.badEntities.details.map((b) => b.id).sort() : [], 'both are named for the user').toEqual(['broken-own', 'broken-pack']);
    expect(await router.handle('getDictionary', {}, SENDERS['content script']), 'pages still get a dictionary').toMatchObject({ ok: true });
  });
});

describe('openEntity', () => {
  it('opens the options page on the entity, the id only ever a query value', async () => {
    const r = await router.handle('openEntity', { entity: 'a&tab=feeds#x' }, SENDERS['content script']);
    expect(r.ok, 'a content script may ask (a trusted click on the card link)').toBe(true);
    expect(opened, 'the id is encoded, so it cannot add parameters or a fragment').toEqual(['chrome-extension://self/options.html?tab=entities&entity=a%26tab%3Dfeeds%23x']);
  });
});

describe('getDictionary: a slice for a page’s word hashes', () => {
  const page = SENDERS['content script'];
  /** As a page hashes its words (folded: "gamma" is the key "gama"). */
  const hashes = (...words: string[]) => { const set = new Set<number>(); addTextWordHashes(words.join(' '), set); return packHashes(set); };

  it('answers the first request with the fixed tables and no forms, then the units the words can match', async () => {
    const first = await router.handle('getDictionary', {}, page);
    expect(first.ok && first.slice?.fixed, 'a first slice carries the fixed tables').toBeTruthy();
    expect(first.ok ? first.slice?.groups : null, 'and no forms: no words were sent').toEqual([]);
    const version = first.ok ? first.version : '';
    const r = await router.handle('getDictionary', { version, known: hashes('unrelated'), added: hashes('gamma') }, page);
    expect(r.ok ? r.slice?.entities.ids : null, 'the entity whose name is a word of the page').toEqual(['gamma']);
    expect(r.ok && r.slice?.fixed, 'a page that sent words before has the fixed tables already').toBeFalsy();
  });

  it('answers a page of another version with no slice, so it starts over', async () => {
    const r = await router.handle('getDictionary', { version: 'r-old', added: hashes('gamma') }, page);
    expect(r.ok && r.slice, 'no slice for a stale version').toBe(null);
    expect(r.ok && r.version, 'the current version, to start over with').toMatch(/^r\d+/);
  });

  it.each([
    ['hashes that are not whole 32-bit words', { added: 'AAAAAAA=' }],
    ['unsorted hashes', { added: btoa('\x02\x00\x00\x00\x01\x00\x00\x00') }],
  ])('refuses %s with an error value', async (_, payload) => {
    const r = await router.handle('getDictionary', payload, page);
    expect(r.ok, 'a malformed request is an error value, not a crash').toBe(false);
  });
});
