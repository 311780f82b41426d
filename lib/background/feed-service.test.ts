import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactBaseDB } from '../factbase/db';
import { allEntities, installPack } from '../factbase/store';
import type { FactPack } from '../factbase/schema';
import { FeedService, isDue } from './feed-service';

const URL_ = 'https://feeds.example.org/team.json';

function pack(version: string, names: string[], id = 'team-pack'): FactPack {
  return {
    format: 'silklens-pack/1', id, title: 'Team pack', publisher: 'Team', version, published: '2026-11-01',
    sources: [{ id: 's1', title: 'Source', publisher: 'Pub', date: '2026-10-01', url: 'https://example.org/s' }],
    entities: names.map((n) => ({ id: n, type: 'person', names: { en: n }, aliases: [], roles: [], related: [], checked: '2026-11-01', facts: [{ text: `${n} fact`, date: '2026', sources: ['s1'] }] })),
  };
}

/** A fake server: responses in order; records request headers. */
function server(...responses: (() => Response)[]) {
  const seen: Headers[] = [];
  const fetch_ = (async (_url: string, init?: RequestInit) => {
    seen.push(new Headers(init?.headers));
    const next = responses.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next();
  }) as unknown as typeof fetch;
  return { fetch_, seen };
}
const json = (body: unknown, headers: Record<string, string> = {}) => () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', ...headers } });

let db: FactBaseDB;
let changed = 0;
beforeEach(() => { db = new FactBaseDB(`feeds-${Math.random()}`); changed = 0; });
afterEach(async () => { await db.delete(); });

const service = (fetch_: typeof fetch) => new FeedService({ db, fetch_, onChanged: async () => { changed++; }, now: () => new Date('2026-11-23T10:00:00Z') });

describe('FeedService', () => {
  it('subscribes, installs the pack and reports the change', async () => {
    const s = service(server(json(pack('1', ['alpha']), { etag: '"v1"' })).fetch_);
    const r = await s.subscribe(URL_);
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining('version 1') });
    expect((await allEntities(db)).map((e) => e.id)).toEqual(['alpha']);
    expect(await db.feeds.get(URL_)).toMatchObject({ version: '1', etag: '"v1"', packId: 'team-pack' });
    expect(changed).toBe(1);
  });

  it('sends the validators back and treats 304 as success without a change', async () => {
    const srv = server(json(pack('1', ['alpha']), { etag: '"v1"' }), () => new Response(null, { status: 304 }));
    const s = service(srv.fetch_);
    await s.subscribe(URL_);
    expect(await s.update(URL_)).toMatchObject({ ok: true, message: 'not modified' });
    expect(srv.seen[1]!.get('if-none-match')).toBe('"v1"');
    expect(changed).toBe(1);
  });

  it.each([
    { why: 'a 500', response: () => new Response('oops', { status: 500 }) },
    { why: 'a 404', response: () => new Response('gone', { status: 404 }) },
    { why: 'truncated JSON', response: () => new Response('{"format":"silklens-pack/1","id":', { status: 200 }) },
    { why: 'a schema error', response: json({ ...pack('3', ['x']), entities: [{ id: 'x' }] }) },
  ])('keeps the last good version on $why and records the error with its time', async ({ response }) => {
    const s = service(server(json(pack('2', ['alpha', 'beta'])), response).fetch_);
    await s.subscribe(URL_);
    const r = await s.update(URL_);
    expect(r.ok).toBe(false);
    expect(r.message).toContain('kept version 2');
    expect((await allEntities(db)).map((e) => e.id).sort()).toEqual(['alpha', 'beta']);
    expect((await db.feeds.get(URL_))?.lastError).toMatchObject({ at: '2026-11-23T10:00:00.000Z' });
  });

  it('keeps the last good version when offline', async () => {
    const s = service(server(json(pack('2', ['alpha']))).fetch_);
    await s.subscribe(URL_);
    expect((await s.update(URL_)).ok).toBe(false);
    expect((await allEntities(db)).map((e) => e.id)).toEqual(['alpha']);
  });

  it('refuses a feed pack that would replace the bundled pack', async () => {
    await installPack(db, pack('1', ['bundled-one'], 'central-asia'), 'bundled');
    const s = service(server(json(pack('9', ['evil'], 'central-asia'))).fetch_);
    const r = await s.subscribe(URL_);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/already installed from the bundled pack/);
    expect((await allEntities(db)).map((e) => e.id)).toEqual(['bundled-one']);
  });

  it('will not remove a managed feed, and removes a user feed with its pack', async () => {
    const s = service(server(json(pack('1', ['alpha']))).fetch_);
    await s.syncManaged([{ url: 'https://org.example/pack.json' }]);
    await expect(s.remove('https://org.example/pack.json')).rejects.toThrow(/managed/);
    await s.subscribe(URL_);
    await s.remove(URL_);
    expect(await allEntities(db)).toEqual([]);
    expect(await db.feeds.get(URL_)).toBeUndefined();
  });

  it('un-manages feeds the policy no longer lists', async () => {
    const s = service(server().fetch_);
    await s.syncManaged([{ url: 'https://org.example/a.json', intervalHours: 6 }]);
    expect(await db.feeds.get('https://org.example/a.json')).toMatchObject({ managed: true, intervalHours: 6 });
    await s.syncManaged([]);
    expect((await db.feeds.get('https://org.example/a.json'))?.managed).toBe(false);
  });
});

describe('isDue', () => {
  const base = { url: 'u', managed: false, addedAt: '', intervalHours: 24 };
  it.each([
    { why: 'never checked', feed: base, due: true },
    { why: 'checked 23 h ago on a daily feed', feed: { ...base, lastChecked: '2026-11-22T11:00:00Z' }, due: false },
    { why: 'checked 25 h ago on a daily feed', feed: { ...base, lastChecked: '2026-11-22T09:00:00Z' }, due: true },
    { why: 'failed 20 min ago: retried after 15 min, not a day', feed: { ...base, lastChecked: '2026-11-23T09:40:00Z', failures: 1 }, due: true },
    { why: 'failed 10 min ago: not yet', feed: { ...base, lastChecked: '2026-11-23T09:50:00Z', failures: 1 }, due: false },
  ])('$why → $due', ({ feed, due }) => expect(isDue(feed, new Date('2026-11-23T10:00:00Z'))).toBe(due));
});

describe('entities a feed update drops', () => {
  it('keeps an entity the user annotated as their own, with its note', async () => {
    const { addNote } = await import('../factbase/overlay');
    const { visibleEntities, entityView } = await import('../factbase/view');
    const s = service(server(json(pack('1', ['alpha', 'beta'])), json(pack('2', ['alpha']))).fetch_);
    await s.subscribe(URL_);
    await db.edits.put(addNote('beta', 'Met him in 2025.', undefined, { makeId: () => 'n1' }));
    const r = await s.update(URL_);
    expect(r.message).toMatch(/kept as your own \(beta\)/);
    expect((await visibleEntities(db)).map((e) => e.id).sort()).toEqual(['alpha', 'beta']);
    expect((await entityView(db, 'beta'))?.view.notes.map((n) => n.text)).toEqual(['Met him in 2025.']);
  });
});

describe('signed feeds', () => {
  it('accepts a pack signed with the subscribed key and refuses an unsigned or tampered one, keeping the last good version', async () => {
    const { generateSigningKeys, importPrivateKey, signPack } = await import('../factbase/signature');
    const keys = await generateSigningKeys();
    const key = await importPrivateKey(keys.privateKey);
    const signedV1 = await signPack(pack('1', ['alpha']), key);
    const tampered = { ...(await signPack(pack('2', ['alpha', 'beta']), key)), version: '2-evil' };
    const s = service(server(json(signedV1), json(pack('2', ['alpha', 'beta'])), json(tampered)).fetch_);
    expect((await s.subscribe(URL_, { publicKey: keys.publicKey })).ok).toBe(true);
    const unsigned = await s.update(URL_);
    expect(unsigned.ok).toBe(false);
    expect(unsigned.message).toMatch(/signature|signed/i);
    const forged = await s.update(URL_);
    expect(forged.ok).toBe(false);
    expect((await allEntities(db)).map((e) => e.id), 'version 1 stays').toEqual(['alpha']);
    expect((await db.feeds.get(URL_))?.version).toBe('1');
  });
});

describe('policy: disableUserFeeds', () => {
  it('stops fetching and using feeds the user added, keeps managed ones, and refetches once lifted', async () => {
    let disabled = false;
    const srv = server(json(pack('1', ['alpha'])), json(pack('1', ['org-entity'], 'org-pack')), json(pack('2', ['alpha', 'beta'])));
    const s = new FeedService({ db, fetch_: srv.fetch_, onChanged: async () => { changed++; }, now: () => new Date('2026-11-23T10:00:00Z'), userFeedsDisabled: async () => disabled });
    await s.subscribe(URL_);
    await s.syncManaged([{ url: 'https://org.example/pack.json' }]);
    await s.update('https://org.example/pack.json');
    disabled = true;
    expect(await s.dropUserFeedPacks()).toBe(1);
    expect((await allEntities(db)).map((e) => e.id), 'only the managed feed is used').toEqual(['org-entity']);
    expect((await s.update(URL_)).message).toMatch(/switched off by your organisation/);
    disabled = false;
    expect((await s.update(URL_)).ok, 'lifting the policy refetches the whole pack').toBe(true);
    expect((await allEntities(db)).map((e) => e.id).sort()).toEqual(['alpha', 'beta', 'org-entity']);
  });
});

describe('an update never loses the last good version', () => {
  const dump = async ({ withoutFeeds = false } = {}) =>
    JSON.stringify(await Promise.all(db.tables.filter((t) => !withoutFeeds || t.name !== 'feeds').map((t) => t.toArray())));

  it.each([
    { why: 'a write that fails inside the transaction', nextId: 'team-pack' },
    { why: 'a write that fails while the feed switches to a new pack id', nextId: 'renamed-pack' },
  ])('keeps everything as it was on $why', async ({ nextId }) => {
    const s = service(server(json(pack('1', ['alpha'])), json(pack('2', ['alpha', 'beta'], nextId))).fetch_);
    await s.subscribe(URL_);
    const before = await dump({ withoutFeeds: true });
    const original = db.sourceChunks.bulkPut.bind(db.sourceChunks);
    db.sourceChunks.bulkPut = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.sourceChunks.bulkPut;
    const r = await s.update(URL_);
    db.sourceChunks.bulkPut = original;
    expect(r, 'the failure is reported with the version kept').toMatchObject({ ok: false, message: expect.stringMatching(/could not store the pack: .*disk full.*\(kept version 1\)/) });
    expect(await db.feeds.get(URL_), 'the feed still points at the last good pack').toMatchObject({ packId: 'team-pack', version: '1' });
    expect((await allEntities(db)).map((e) => e.id), 'the last good pack is still installed').toEqual(['alpha']);
    expect(await dump({ withoutFeeds: true }), 'apart from the error recorded on the feed, not one byte moved').toBe(before);
  });
});

describe('downgrades', () => {
  it.each([
    { why: 'an older published date', next: { ...pack('0', ['old']), published: '2026-10-01' }, message: /older than the installed version 1 \(published 2026-11-01\): refused/ },
    { why: 'a lower version on the same day', next: pack('0.9', ['old']), message: /lower than the installed version 1: refused/ },
  ])('refuses $why, signed or not, and keeps the installed version', async ({ next, message }) => {
    const s = service(server(json(pack('1', ['alpha'])), json(next)).fetch_);
    await s.subscribe(URL_);
    const r = await s.update(URL_);
    expect(r, 'the rollback is refused with a reason').toMatchObject({ ok: false, message: expect.stringMatching(message) });
    expect((await allEntities(db)).map((e) => e.id), 'the installed version stays').toEqual(['alpha']);
    expect((await db.feeds.get(URL_))?.version).toBe('1');
  });

  it('refuses a validly signed but older pack', async () => {
    const { generateSigningKeys, importPrivateKey, signPack } = await import('../factbase/signature');
    const keys = await generateSigningKeys();
    const key = await importPrivateKey(keys.privateKey);
    const v2 = await signPack({ ...pack('2', ['alpha', 'beta']), published: '2026-11-02' }, key);
    const v1 = await signPack(pack('1', ['alpha']), key);
    const s = service(server(json(v2), json(v1)).fetch_);
    expect((await s.subscribe(URL_, { publicKey: keys.publicKey })).ok).toBe(true);
    const replay = await s.update(URL_);
    expect(replay.ok, 'a replayed old signed pack is not installed').toBe(false);
    expect((await allEntities(db)).map((e) => e.id).sort()).toEqual(['alpha', 'beta']);
  });
});

describe('a feed that renames its pack', () => {
  it('removes the old pack and keeps the entities the user wrote on', async () => {
    const { addNote } = await import('../factbase/overlay');
    const { entityView } = await import('../factbase/view');
    const s = service(server(json(pack('1', ['alpha', 'beta'])), json(pack('2', ['alpha'], 'renamed-pack'))).fetch_);
    await s.subscribe(URL_);
    await db.edits.put(addNote('beta', 'Met him in 2025.', undefined, { makeId: () => 'n1' }));
    const r = await s.update(URL_);
    expect(r.message, 'the annotated entity is kept as the user own').toMatch(/kept as your own \(beta\)/);
    expect(await db.packs.get('team-pack'), 'the old pack is gone').toBeUndefined();
    expect((await entityView(db, 'beta'))?.view.notes.map((n) => n.text), 'the note survives the rename').toEqual(['Met him in 2025.']);
    expect(await db.feeds.get(URL_)).toMatchObject({ packId: 'renamed-pack', version: '2' });
  });
});

describe('a feed removed while it is being fetched', () => {
  it('installs nothing: its pack does not come back as an orphan', async () => {
    let s: FeedService;
    const slow = (async () => {
      await s.remove(URL_); // the user removes the feed while the request is in flight
      return json(pack('2', ['alpha', 'beta']))();
    }) as unknown as typeof fetch;
    const first = server(json(pack('1', ['alpha'])));
    let calls = 0;
    s = service(((url: string, init?: RequestInit) => (calls++ === 0 ? first.fetch_(url, init) : slow(url, init))) as typeof fetch);
    await s.subscribe(URL_);
    const r = await s.update(URL_);
    expect(r.ok, 'the update reports failure').toBe(false);
    expect(await allEntities(db), 'no pack of a feed that is gone').toEqual([]);
  });
});
