// @vitest-environment happy-dom
// (routes.ts pulls in the backup code, which needs a DOM.)
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactBaseDB } from '../factbase/db';
import { backupText, parseBackup, restoreBackup } from '../factbase/backup';
import { installPack } from '../factbase/store';
import { saveEdits } from '../factbase/view';
import { addNote } from '../factbase/overlay';
import type { Entity, FactPack } from '../factbase/schema';
import { WIKIDATA_META_KEY } from './wikidata-store';
import { FactBaseService } from './factbase-service';
import { FeedService } from './feed-service';
import { createRouter, type Router } from './router';
import { createRoutes } from './routes';
import { createWikidataRoutes } from './wikidata-routes';

const self = { id: 'silklens-id', origin: 'chrome-extension://silklens-id/' };
const OPTIONS = { id: self.id, url: 'chrome-extension://silklens-id/options.html', tab: { id: 4 } };
const CONTENT = { id: self.id, url: 'https://news.example/story', tab: { id: 3 } };
const FOREIGN = { id: 'other', url: 'chrome-extension://other/bg.js' };

const source = { id: 's1', title: 'Source', publisher: 'Pub', date: '2026-10-01', url: 'https://example.org/s' };
const person = (id: string, en: string, office: string): Entity => ({
  id, type: 'person', names: { en }, aliases: [], related: [], checked: '2026-11-01',
  roles: [{ title: `Holder of ${office}`, office, from: '2024-02-06', to: null, sources: ['s1'] }],
  facts: [{ text: `${en} fact`, date: '2026', sources: ['s1'] }],
});
const bundled: FactPack = {
  format: 'silklens-pack/1', id: 'bundled', title: 'B', publisher: 'P', version: '1', published: '2026-11-01', sources: [source],
  entities: [
    { id: 'kazakhstan', type: 'country', names: { en: 'Kazakhstan' }, aliases: [], roles: [], related: [], checked: '2026-11-01', facts: [{ text: 'Country fact', date: '2026', sources: ['s1'] }] },
    person('bektenov', 'Olzhas Bektenov', 'prime-minister:kazakhstan'),
    person('tokayev', 'Kassym-Jomart Tokayev', 'president:kazakhstan'),
  ],
};

const uri = (q: string) => ({ type: 'uri', value: `http://www.wikidata.org/entity/${q}` });
const lit = (value: string) => ({ type: 'literal', value });
const answer = (pm: { q: string; name: string }) =>
  JSON.stringify({
    head: { vars: ['office', 'position', 'holder', 'holderEn', 'start'] },
    results: {
      bindings: [
        { office: lit('president:kazakhstan'), position: uri('Q1'), holder: uri('Q10'), holderEn: lit('Kassym-Jomart Tokayev'), start: lit('2019-03-20T00:00:00Z') },
        { office: lit('prime-minister:kazakhstan'), position: uri('Q2'), holder: uri(pm.q), holderEn: lit(pm.name), start: lit('2026-09-01T00:00:00Z') },
      ],
    },
  });

let db: FactBaseDB;
let service: FactBaseService;
let body: string;
let status: number;
let sent: string[];
const fetch_ = (async (_url: string, init: RequestInit) => {
  sent.push(String(init.body));
  return new Response(body, { status });
}) as unknown as typeof fetch;
const routes = () => createWikidataRoutes({ db, service, fetch_, now: () => new Date('2026-12-03T10:00:00Z') });

beforeEach(async () => {
  db = new FactBaseDB(`wd-${Math.random()}`);
  service = new FactBaseService({ db, loadBundled: async () => bundled, today: () => '2026-12-03' });
  await service.ensureBundled();
  body = answer({ q: 'Q11', name: 'Someone Else' });
  status = 200;
  sent = [];
});
afterEach(async () => {
  await db.delete();
});

describe('checkWikidata', () => {
  it('sends one query built from the bundled pack only, never the user’s data or other packs', async () => {
    await saveEdits(db, { remove: [], put: [addNote('bektenov', 'PRIVATE NOTE')] });
    await installPack(db, { ...bundled, id: 'my-import', entities: [person('secret-source', 'Secret Source', 'informant:kazakhstan')] }, 'import');
    const r = await routes().checkWikidata.handler({});
    expect(sent, 'one request per click').toHaveLength(1);
    const query = decodeURIComponent(sent[0]!.replace(/\+/g, ' '));
    expect(query, 'the bundled pack’s offices are asked').toContain('prime-minister:kazakhstan');
    expect(query, 'nothing of the user’s: no notes').not.toMatch(/PRIVATE/);
    expect(query, 'nothing of an imported pack').not.toMatch(/informant|Secret/);
    expect(r.check.disagreements).toEqual([
      { office: 'prime-minister:kazakhstan', entityId: 'bektenov', packHolder: 'Olzhas Bektenov', packSince: '2024-02-06', wikidataHolder: 'Someone Else', wikidataItem: 'Q11', since: '2026-09-01' },
    ]);
    expect(r.check.agreements).toBe(1);
    expect(r.check.checkedAt).toBe('2026-12-03T10:00:00.000Z');
  });

  it('keeps the result across a restart (a new route table on the same database) and leaves pack data alone', async () => {
    const packsBefore = await db.packs.toArray();
    await routes().checkWikidata.handler({});
    const after = await createWikidataRoutes({ db, service }).listWikidataDisagreements.handler({});
    expect(after.check?.disagreements.map((d) => d.wikidataItem), 'stored in meta, read back by a fresh worker').toEqual(['Q11']);
    expect(await db.packs.toArray(), 'no pack record is touched').toEqual(packsBefore);
    expect((await db.meta.get(WIKIDATA_META_KEY))?.value, 'one meta key holds it').toBeTruthy();
  });

  it('travels in a backup: restoring one brings back the check and its dismissals', async () => {
    const table = routes();
    await table.checkWikidata.handler({});
    await table.dismissWikidataDisagreement.handler({ office: 'prime-minister:kazakhstan', item: 'Q11' });
    const text = await backupText(db);
    await db.meta.delete(WIKIDATA_META_KEY);
    expect((await table.listWikidataDisagreements.handler({})).check, 'gone before the restore').toBeNull();
    const checked = parseBackup(text, { databaseName: db.name });
    if (!checked.ok) throw new Error(checked.error);
    await restoreBackup(db, checked.backup, { previousName: `${db.name}-previous` });
    const restored = (await table.listWikidataDisagreements.handler({})).check;
    expect(restored?.dismissed, 'the dismissal came back with the check').toBe(1);
    expect(restored?.checkedAt).toBe('2026-12-03T10:00:00.000Z');
  });

  it.each([
    ['a malformed answer', () => { body = '{"results": 5}'; }, /Wikidata check failed|not in the SPARQL results format/],
    ['an HTML error page', () => { body = '<html>'; }, /not JSON/],
    ['an HTTP failure', () => { status = 503; }, /answered 503/],
  ])('%s fails with a clear error and keeps the earlier result', async (_name, breakIt, message) => {
    await routes().checkWikidata.handler({});
    breakIt();
    await expect(routes().checkWikidata.handler({})).rejects.toThrow(message);
    const kept = await routes().listWikidataDisagreements.handler({});
    expect(kept.check?.disagreements.map((d) => d.wikidataItem), 'the earlier list survives a failed check').toEqual(['Q11']);
  });

  it('refuses an endpoint other than the Query Service outside test builds', async () => {
    await expect(routes().checkWikidata.handler({ endpoint: 'http://127.0.0.1:9/sparql' })).rejects.toThrow(/only to query\.wikidata\.org/);
    expect(sent, 'nothing was sent').toEqual([]);
  });

  it('joins a running check instead of sending a second query', async () => {
    const table = routes();
    await Promise.all([table.checkWikidata.handler({}), table.checkWikidata.handler({})]);
    expect(sent).toHaveLength(1);
  });
});

describe('dismissWikidataDisagreement', () => {
  it('hides a difference, keeps it hidden while Wikidata says the same, shows a new holder', async () => {
    const table = routes();
    await table.checkWikidata.handler({});
    const dismissed = await table.dismissWikidataDisagreement.handler({ office: 'prime-minister:kazakhstan', item: 'Q11' });
    expect(dismissed.check?.disagreements, 'dismissed: gone from the list').toEqual([]);
    expect(dismissed.check?.dismissed).toBe(1);
    await table.checkWikidata.handler({});
    expect((await table.listWikidataDisagreements.handler({})).check?.disagreements, 'the same holder again: still dismissed').toEqual([]);
    body = answer({ q: 'Q12', name: 'Third Person' });
    await table.checkWikidata.handler({});
    expect((await table.listWikidataDisagreements.handler({})).check?.disagreements.map((d) => d.wikidataItem), 'Wikidata changed again: shown').toEqual(['Q12']);
    body = answer({ q: 'Q11', name: 'Someone Else' });
    await table.checkWikidata.handler({});
    expect((await table.listWikidataDisagreements.handler({})).check?.disagreements.map((d) => d.wikidataItem), 'a dismissal is forgotten once its difference went away').toEqual(['Q11']);
  });

  it('ignores a dismissal of a difference that is not listed', async () => {
    const table = routes();
    await table.checkWikidata.handler({});
    const r = await table.dismissWikidataDisagreement.handler({ office: 'president:kazakhstan', item: 'Q99' });
    expect(r.check?.dismissed).toBe(0);
  });
});

describe('router: the Wikidata messages come only from extension pages', () => {
  let router: Router;
  beforeEach(() => {
    const feeds = new FeedService({ db, fetch_, onChanged: async () => {} });
    const base = createRoutes({ db, service, feeds, changed: async () => {}, userFeedsDisabled: async () => false });
    router = createRouter({ ...base, ...routes() }, self);
  });
  it.each([
    ['checkWikidata', {}],
    ['listWikidataDisagreements', {}],
    ['dismissWikidataDisagreement', { office: 'prime-minister:kazakhstan', item: 'Q11' }],
  ] as const)('%s: refused from a content script or another extension, answered for the options page', async (name, payload) => {
    for (const sender of [CONTENT, FOREIGN, undefined]) {
      const r = await router.handle(name, payload, sender);
      expect(r, `${name} is never accepted from a page or another extension`).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^${name} refused: not accepted from`)) });
    }
    expect(sent, 'a refused check sends nothing').toEqual([]);
    expect(await router.handle(name, payload, OPTIONS)).toMatchObject({ ok: true });
  });
  it.each([
    ['checkWikidata', { endpoint: 'not a url' }],
    ['checkWikidata', { extra: true }],
    ['dismissWikidataDisagreement', { office: 'x', item: 'Q1' }],
    ['dismissWikidataDisagreement', { office: 'president:kazakhstan', item: 'javascript:alert(1)' }],
  ] as const)('%s refuses the payload %j', async (name, payload) => {
    expect(await router.handle(name, payload, OPTIONS)).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^${name} refused: `)) });
  });
});
