/**
 * What the background answers, message by message: who may ask (content scripts only
 * the three reads a page needs) and the handler. Every write goes through `changed()`,
 * which recompiles the dictionary for the new revision and tells open tabs, so no page
 * has to ask for that round trip.
 */
import type { FactBaseDB, FeedRecord, PackRecord } from '../factbase/db';
import { exportPack, getPack, getRevision, removePack } from '../factbase/store';
import { entityView, installPackKeepingEdits, saveEdits } from '../factbase/view';
import { backupText, parseBackup, restoreBackup, summarizeDatabase } from '../factbase/backup';
import { diffPacks } from '../factbase/diff';
import type { FactPack } from '../factbase/schema';
import { userPack } from '../factbase/user-pack';
import type { EditChanges } from '../factbase/overlay';
import { checkFeedUrl } from '../feeds/fetch-feed';
import { MAX_MESSAGE_BYTES, type EntityDetailData, type FeedRow, type PackRow } from '../messages';
import type { FactBaseService } from './factbase-service';
import type { FeedService } from './feed-service';
import { EntityIndex } from './entity-index';
import { createWriteQueue } from './write-queue';
import { FROM_EXTENSION, FROM_PAGES, type RouteTable } from './router';

export interface RouteDeps {
  db: FactBaseDB;
  service: FactBaseService;
  feeds: FeedService;
  /** After a write: recompile and tell open tabs (background.ts broadcasts). */
  changed: () => Promise<void>;
  /** Enterprise policy `disableUserFeeds`. */
  userFeedsDisabled: () => Promise<boolean>;
  today?: () => string;
}

export function createRoutes(deps: RouteDeps): RouteTable {
  const { db, service, feeds } = deps;
  const index = new EntityIndex(db);
  /** The last import previewed (checked by the schema), kept for its Apply. */
  let previewed: { id: string; pack: FactPack } | null = null;
  const today = () => deps.today?.() ?? new Date().toISOString().slice(0, 10);
  /**
   * Every write of this table, one at a time (write-queue.ts), then recompile and tell
   * open tabs. The answer does not wait for the recompile: after a 50,000-entity import
   * it took ~1–2 s the user need not watch. Feed updates (FeedService, also run by the
   * alarm) write outside this queue: a fetch must not hold up the user's edits.
   */
  const enqueue = createWriteQueue();
  const write = async <T>(work: () => Promise<T>): Promise<T> => {
    await service.ensureBundled(); // a write never races the first install
    const result = await enqueue(work);
    service.invalidate();
    deps.changed().catch((error: unknown) => console.warn('[Silk Lens] could not tell open tabs about a change:', error));
    return result;
  };

  return {
    ensureReady: {
      allowedFrom: FROM_EXTENSION,
      errorContext: 'could not load the bundled pack',
      handler: async () => {
        await service.ensureBundled();
        return { revision: await service.revision() };
      },
    },
    getDictionary: {
      allowedFrom: FROM_PAGES,
      errorContext: 'could not load the fact base',
      handler: async ({ knownVersion }) => {
        const dictionary = await service.dictionary();
        return { version: dictionary.version, dictionary: knownVersion === dictionary.version ? null : dictionary };
      },
    },
    getCards: {
      allowedFrom: FROM_PAGES,
      errorContext: 'could not read entity cards',
      handler: async ({ ids, today: day }) => ({ cards: await service.cards(ids, day, { withUserData: false }) }),
    },
    getCardDetails: {
      allowedFrom: FROM_PAGES,
      errorContext: 'could not read entity cards',
      handler: async ({ ids, today: day }) => ({ cards: await service.cards(ids, day, { withUserData: true }) }),
    },

    subscribeFeed: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ url, publicKey, intervalHours }) => {
        if (await deps.userFeedsDisabled()) throw new Error('Your organisation does not allow adding feeds.');
        const urlError = checkFeedUrl(url);
        if (urlError) throw new Error(urlError);
        const r = await feeds.subscribe(url, { ...(publicKey ? { publicKey } : {}), ...(intervalHours ? { intervalHours } : {}) });
        if (!r.ok) throw new Error(`Subscribed, but the first update failed: ${r.message}`);
        return { message: `Subscribed: ${r.message}` };
      },
    },
    updateFeeds: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ url }) => ({ results: url ? [await feeds.update(url)] : await feeds.updateAll(false) }),
    },
    removeFeed: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ url }) => {
        await feeds.remove(url);
        return {};
      },
    },
    setFeedInterval: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ url, intervalHours }) => {
        await feeds.setInterval(url, intervalHours);
        return {};
      },
    },
    listFeeds: {
      allowedFrom: FROM_EXTENSION,
      handler: async () => ({ feeds: (await db.feeds.toArray()).map(feedRow) }),
    },

    listPacks: {
      allowedFrom: FROM_EXTENSION,
      // Counted from the packs' id lists, not the search index: the Data tab must not make
      // the worker build a 50,000-entity index while it recompiles the dictionary.
      handler: async () => {
        await service.ensureBundled();
        const [packs, edits] = await Promise.all([db.packs.toArray(), db.edits.toArray()]);
        const ids = new Set(packs.flatMap((p) => p.ids));
        for (const e of edits) if (e.kind === 'add-entity') ids.add(e.entityId);
        return { packs: packs.map(packRow), entities: ids.size };
      },
    },
    searchEntities: {
      allowedFrom: FROM_EXTENSION,
      errorContext: 'could not search the fact base',
      handler: async ({ query, limit }) => {
        await service.ensureBundled();
        return index.search(query, limit);
      },
    },
    getEntity: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ id }) => {
        const found = await entityView(db, id);
        if (!found) return { entity: null };
        const e = found.view.entity;
        const linked = [...new Set([...(e.country ? [e.country] : []), ...e.related.map((r) => r.entity)])];
        const names: Record<string, string> = {};
        for (const other of linked) {
          const row = await index.row(other);
          if (row) names[other] = row.name;
        }
        const pack = found.packId ? await getPack(db, found.packId) : undefined;
        const entity: EntityDetailData = { ...found, names, ...(pack ? { packTitle: pack.title } : {}) };
        return { entity };
      },
    },
    freeEntityId: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ base }) => ({ id: await index.freeId(base) }),
    },
    saveEdits: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ changes }) => {
        await write(async () => {
          await refuseTakenIds(changes, index); // in the queue: no write slips in between
          await saveEdits(db, changes);
        });
        return { revision: await getRevision(db) };
      },
    },
    removePack: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ id }) => {
        await write(async () => {
          const pack = await getPack(db, id);
          if (!pack) throw new Error(`no pack "${id}" is installed`);
          // The bundled pack reinstalls itself and a feed's pack goes with its feed.
          if (pack.origin !== 'import') throw new Error(`only imported packs can be removed here ("${pack.title}" is ${pack.origin === 'feed' ? 'from a feed: remove the feed' : 'bundled'})`);
          await removePack(db, id);
        });
        return {};
      },
    },
    exportPack: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ id }) => {
        const pack = await exportPack(db, id);
        if (!pack) throw new Error(`no pack "${id}" is installed`);
        return { pack };
      },
    },
    exportUserPack: {
      allowedFrom: FROM_EXTENSION,
      handler: async () => {
        const pack = userPack(await db.edits.toArray(), today());
        return { pack: pack.entities.length ? pack : null };
      },
    },
    backup: {
      allowedFrom: FROM_EXTENSION,
      errorContext: 'backup failed',
      handler: async () => {
        const text = await backupText(db);
        if (text.length > MAX_MESSAGE_BYTES) throw new Error(`the fact base is too large to hand to the options page as one file (${(text.length / 1024 / 1024).toFixed(0)} MiB)`);
        return { text };
      },
    },

    // The previewed pack stays here for Apply: carrying a 50,000-entity pack again took
    // Chrome ~2 s plus ~1 s to parse and check it. The worker may sleep (~30 s idle) while
    // the user reads the preview; then Apply answers `applied: false` and the page resends.
    previewImport: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ packJson: pack }) => {
        await service.ensureBundled();
        const diff = diffPacks((await exportPack(db, pack.id)) ?? null, pack);
        previewed = { id: crypto.randomUUID(), pack };
        return { diff, previewId: previewed.id };
      },
    },
    applyImport: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ previewId, packJson, fileName }) => {
        const pack = packJson ?? (previewed && previewed.id === previewId ? previewed.pack : undefined);
        if (!pack) return { applied: false, kept: [] };
        previewed = null;
        const { kept } = await write(() => installPackKeepingEdits(db, pack, 'import', { from: fileName, prevalidated: true }));
        return { applied: true, kept };
      },
    },
    inspectBackup: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ text }) => {
        const check = parseBackup(text);
        if (!check.ok) throw new Error(check.error);
        return { backup: check.summary, current: await summarizeDatabase(db) };
      },
    },
    restoreBackup: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ text }) => {
        const check = parseBackup(text);
        if (!check.ok) throw new Error(check.error);
        await write(async () => {
          const before = await getRevision(db);
          await restoreBackup(db, check.backup);
          // A backup carries its own revision counter, possibly one pages and the search
          // index already saw with other contents: move past both, or they keep stale copies.
          await db.meta.put({ key: 'revision', value: Math.max(before, await getRevision(db)) + 1 });
        });
        return { restored: check.summary };
      },
    },
  };
}

/** An own entity may not take an id some other entity has (it would shadow or be shadowed). */
async function refuseTakenIds(changes: EditChanges, index: EntityIndex): Promise<void> {
  for (const edit of changes.put) {
    if (edit.kind !== 'add-entity') continue;
    const row = await index.row(edit.entityId);
    if (row && row.origin !== 'user') throw new Error(`the id "${edit.entityId}" is taken by an entity of the pack "${row.packId}"`);
  }
}

function packRow(p: PackRecord): PackRow {
  const { ids: _ids, sourceIds: _sourceIds, description: _d, license: _l, ...row } = p;
  return row;
}

function feedRow(f: FeedRecord): FeedRow {
  const { etag: _etag, lastModified: _lastModified, ...row } = f;
  return row;
}
