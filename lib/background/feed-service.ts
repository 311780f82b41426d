/**
 * Feeds in the background: subscribe, update (conditional requests, size limit,
 * timeout and signature checks live in lib/feeds/fetch-feed.ts), scheduled refresh
 * and the feeds an administrator manages. A failed update records the error with
 * its time and changes nothing else: the last good version stays installed. A pack
 * older than the installed one is refused (lib/feeds/pack-order.ts).
 */
import type { FactBaseDB, FeedRecord } from '../factbase/db';
import { getPack, packTables, removePack } from '../factbase/store';
import { installPackKeepingEdits } from '../factbase/view';
import { fetchFeed } from '../feeds/fetch-feed';
import type { FeedUpdateResult } from '../messages';
import type { ManagedFeed } from '../settings/managed';
import { isDue as scheduleDue } from '../feeds/schedule';
import { checkNotOlder } from '../feeds/pack-order';

export const DEFAULT_INTERVAL_HOURS = 24;

export interface FeedServiceDeps {
  db: FactBaseDB;
  /** Called after a pack was installed or removed: recompile and tell the tabs. */
  onChanged: () => Promise<void>;
  fetch_?: typeof fetch;
  now?: () => Date;
  /** Enterprise policy `disableUserFeeds`: only managed feeds are fetched and used. */
  userFeedsDisabled?: () => Promise<boolean>;
}

/** Due on its interval; after failures, retried sooner (15, 30, 60 min …; lib/feeds/schedule.ts). */
export function isDue(feed: FeedRecord, now: Date): boolean {
  return scheduleDue(
    {
      intervalMinutes: feed.intervalHours * 60,
      ...(feed.lastChecked ? { lastAttempt: Date.parse(feed.lastChecked) } : {}),
      ...(feed.failures ? { failures: feed.failures } : {}),
    },
    now.getTime(),
  );
}

export class FeedService {
  constructor(private deps: FeedServiceDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  async subscribe(url: string, options: { publicKey?: string; intervalHours?: number; managed?: boolean } = {}): Promise<FeedUpdateResult> {
    const existing = await this.deps.db.feeds.get(url);
    const feed: FeedRecord = {
      ...(existing ?? {}),
      url,
      managed: options.managed ?? existing?.managed ?? false,
      intervalHours: options.intervalHours ?? existing?.intervalHours ?? DEFAULT_INTERVAL_HOURS,
      addedAt: existing?.addedAt ?? this.now().toISOString(),
      ...(options.publicKey ? { publicKey: options.publicKey } : {}),
    };
    await this.deps.db.feeds.put(feed);
    return this.update(url);
  }

  async update(url: string): Promise<FeedUpdateResult> {
    const { db } = this.deps;
    const feed = await db.feeds.get(url);
    if (!feed) return { url, ok: false, message: 'not subscribed' };
    if (!feed.managed && (await this.deps.userFeedsDisabled?.())) {
      return { url, ok: false, message: 'feeds you added are switched off by your organisation' };
    }
    const at = this.now().toISOString();
    const result = await fetchFeed(url, {
      ...(feed.etag ? { etag: feed.etag } : {}),
      ...(feed.lastModified ? { lastModified: feed.lastModified } : {}),
      ...(feed.publicKey ? { publicKey: feed.publicKey } : {}),
      ...(this.deps.fetch_ ? { fetch_: this.deps.fetch_ } : {}),
    });
    const fail = async (message: string): Promise<FeedUpdateResult> => {
      await db.feeds.update(url, { lastChecked: at, lastError: { message, at }, failures: (feed.failures ?? 0) + 1 });
      return { url, ok: false, message: feed.version ? `${message} (kept version ${feed.version})` : message };
    };
    if (result.status === 'error') return fail(result.error);
    if (result.status === 'not-modified') {
      await db.feeds.update(url, { lastChecked: at, lastSuccess: at, failures: 0 });
      return { url, ok: true, message: 'not modified' };
    }
    const pack = result.pack;
    // A feed may only replace its own pack: never the bundled pack, an import or another feed's.
    const installed = await getPack(db, pack.id);
    if (installed && !(installed.origin === 'feed' && installed.from === url)) {
      return fail(`pack id "${pack.id}" is already installed from ${installed.origin === 'bundled' ? 'the bundled pack' : (installed.from ?? installed.origin)}; refused`);
    }
    // Never roll back: compare with what this feed installed last (docs in lib/feeds/pack-order.ts).
    const previous = (feed.packId && (await getPack(db, feed.packId))) || installed;
    const older = previous && checkNotOlder(previous, pack);
    if (older) return fail(older);
    let kept: string[] = [];
    try {
      // One transaction: the new pack, the removal of the pack this feed delivered before
      // (when its id changed), the user's edits kept and the feed's record commit
      // together; on any failure the last good version stays exactly as it was.
      ({ kept } = await installPackKeepingEdits(db, pack, 'feed', {
        from: url,
        now: () => new Date(at),
        prevalidated: true,
        ...(feed.packId ? { replacing: feed.packId } : {}),
        alsoInTransaction: async () => {
          // Removed (or replaced by a restore) while we were fetching: install nothing.
          if (!(await db.feeds.get(url))) throw new Error('the feed was removed while it was being fetched');
          await db.feeds.update(url, {
            packId: pack.id,
            version: pack.version,
            lastChecked: at,
            lastSuccess: at,
            failures: 0,
            ...(result.etag ? { etag: result.etag } : {}),
            ...(result.lastModified ? { lastModified: result.lastModified } : {}),
          });
        },
      }));
    } catch (error) {
      return fail(`could not store the pack: ${String(error)}`);
    }
    await this.deps.onChanged();
    const keptNote = kept.length ? `; ${kept.length} entities you edited were dropped by the pack and kept as your own (${kept.join(', ')})` : '';
    return { url, ok: true, message: `updated to version ${pack.version} (${pack.entities.length} entities)${keptNote}` };
  }

  async updateAll(onlyDue = false): Promise<FeedUpdateResult[]> {
    const now = this.now();
    const feeds = (await this.deps.db.feeds.toArray()).filter((f) => !onlyDue || isDue(f, now));
    const results: FeedUpdateResult[] = [];
    for (const f of feeds) results.push(await this.update(f.url)); // one at a time: gentle on servers
    return results;
  }

  async remove(url: string): Promise<void> {
    const feed = await this.deps.db.feeds.get(url);
    if (!feed) return;
    if (feed.managed) throw new Error('this feed is managed by your organisation and cannot be removed');
    const { db } = this.deps;
    await db.transaction('rw', [...packTables(db), db.feeds], async () => {
      if (feed.packId) await removePack(db, feed.packId);
      await db.feeds.delete(url);
    });
    await this.deps.onChanged();
  }

  async setInterval(url: string, intervalHours: number): Promise<void> {
    const feed = await this.deps.db.feeds.get(url);
    if (!feed) throw new Error('not subscribed');
    if (feed.managed) throw new Error('the refresh interval of a managed feed is set by your organisation');
    await this.deps.db.feeds.update(url, { intervalHours: Math.min(24 * 30, Math.max(1, Math.round(intervalHours))) });
  }

  /**
   * Policy `disableUserFeeds`: the packs of feeds the user added stop being used (removed
   * from the fact base; the subscriptions stay, so lifting the policy refetches them).
   */
  async dropUserFeedPacks(): Promise<number> {
    let dropped = 0;
    for (const feed of await this.deps.db.feeds.toArray()) {
      if (feed.managed || !feed.packId) continue;
      const { db } = this.deps;
      await db.transaction('rw', [...packTables(db), db.feeds], async () => {
        await removePack(db, feed.packId!);
        await db.feeds.update(feed.url, { packId: undefined, version: undefined, etag: undefined, lastModified: undefined, lastChecked: undefined });
      });
      dropped++;
    }
    if (dropped) await this.deps.onChanged();
    return dropped;
  }

  /** Make the managed feeds match policy: add new ones, un-manage ones the policy dropped. */
  async syncManaged(managed: ManagedFeed[]): Promise<void> {
    const wanted = new Map(managed.map((m) => [m.url, m]));
    for (const feed of await this.deps.db.feeds.toArray()) {
      if (feed.managed && !wanted.has(feed.url)) await this.deps.db.feeds.update(feed.url, { managed: false });
    }
    for (const m of managed) {
      const existing = await this.deps.db.feeds.get(m.url);
      const record: FeedRecord = {
        ...(existing ?? { addedAt: this.now().toISOString() }),
        url: m.url,
        managed: true,
        intervalHours: m.intervalHours ?? existing?.intervalHours ?? DEFAULT_INTERVAL_HOURS,
        ...(m.publicKey ? { publicKey: m.publicKey } : {}),
      } as FeedRecord;
      await this.deps.db.feeds.put(record);
    }
  }
}
