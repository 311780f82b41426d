/**
 * The options page's messages about the fact base: its reads (packs, the entity list and
 * search, one entity, exports, backups) and its writes (edits, imports, restores, pack
 * removal). Only extension pages may send them (routes.ts composes the whole table).
 */
import type { FactBaseDB, PackRecord } from '../factbase/db';
import { exportPack, getPack, getRevision, removePack } from '../factbase/store';
import { entityView, factBaseWarnings, installPackKeepingEdits, saveEdits } from '../factbase/view';
import { backupText, forgetPreviousDatabase, parseBackup, previousDatabaseSummary, restoreBackup, summarizeDatabase, undoLastRestore } from '../factbase/backup';
import { diffPacks, previewOf } from '../factbase/diff';
import { STAGE_MAX_AGE_MS, dropStages, readStage } from '../factbase/importers/staging';
import type { FactPack } from '../factbase/schema';
import { userPack } from '../factbase/user-pack';
import type { EditChanges } from '../factbase/overlay';
import { MAX_MESSAGE_BYTES, type EntityDetailData, type FactBaseStatus, type PackRow } from '../messages';
import type { FactBaseService } from './factbase-service';
import { EntityIndex } from './entity-index';
import { FROM_EXTENSION, type Routes } from './router';

type FactBaseMessage =
  | 'listPacks' | 'searchEntities' | 'getEntity' | 'freeEntityId' | 'saveEdits' | 'removePack'
  | 'exportPack' | 'exportUserPack' | 'backup' | 'previewImport' | 'applyImport' | 'discardImport' | 'inspectBackup' | 'restoreBackup'
  | 'factBaseStatus' | 'undoRestore' | 'forgetRestoreCopy';

export interface FactBaseRouteDeps {
  db: FactBaseDB;
  service: FactBaseService;
  /** Runs a write in the background's queue, then has open tabs told (routes.ts). */
  write: <T>(work: () => Promise<T>) => Promise<T>;
  today: () => string;
}

export function createFactBaseRoutes({ db, service, write, today }: FactBaseRouteDeps): Routes<FactBaseMessage> {
  const index = new EntityIndex(db);
  /** Unreadable entities: factBaseWarnings keeps its answer per revision, so asking after every write is cheap. */
  const badEntitiesNow = async (): Promise<FactBaseStatus['badEntities']> => {
    const { badEntities } = await factBaseWarnings(db, 10);
    return { count: badEntities.count, details: badEntities.details };
  };
  /** The last import previewed, read from its stage, kept for its Apply. */
  let previewed: { stageId: string; pack: FactPack } | null = null;
  // A stage nobody applied or discarded (the options page crashed) does not outlive an hour.
  void dropStages({ olderThan: Date.now() - STAGE_MAX_AGE_MS }).catch(() => undefined);

  return {
    listPacks: {
      allowedFrom: FROM_EXTENSION,
      // Counted from the packs' id lists, not the search index: the Data tab must not make
      // the worker build a 50,000-entity index while it recompiles the dictionary.
      handler: async () => {
        await service.ensureBundled();
        return listing(db);
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

    // The options page's worker parsed and checked the pack (the same schema as a feed's)
    // and staged it in IndexedDB (lib/factbase/importers/staging.ts): only extension
    // contexts can write there, as only they may send these messages. The staged pack is
    // read once for the preview and kept here for Apply; if the worker slept in between,
    // Apply reads the stage again, so the page never resends anything.
    previewImport: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ stageId }) => {
        await service.ensureBundled();
        const staged = await readStage(stageId);
        if (!staged.ok) throw new Error(staged.error);
        const diff = diffPacks((await exportPack(db, staged.pack.id)) ?? null, staged.pack);
        previewed = { stageId, pack: staged.pack };
        return { diff: previewOf(diff), stageId };
      },
    },
    applyImport: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ stageId, fileName }) => {
        let pack = previewed?.stageId === stageId ? previewed.pack : undefined;
        if (!pack) {
          const staged = await readStage(stageId);
          if (!staged.ok) return { applied: false, kept: [], listing: null };
          pack = staged.pack;
        }
        previewed = null;
        const checked = pack;
        // The new listing is read in the write's turn, before the recompile that follows every
        // write takes the worker's thread (at 200,000 entities a listPacks sent after Apply
        // waited behind it for over a minute on the shared machine): the page's header
        // shows the new count at once.
        const answer = await write(async () => {
          const { kept } = await installPackKeepingEdits(db, checked, 'import', { from: fileName, prevalidated: true });
          return { kept, listing: await listing(db) };
        });
        void dropStages({ stageId }).catch(() => undefined); // applied: the staged copy has no further use
        return { applied: true, ...answer };
      },
    },
    discardImport: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ stageId }) => {
        if (previewed?.stageId === stageId) previewed = null;
        // Only this stage: a cancel that arrives after a newer import was staged leaves it alone.
        await dropStages({ stageId });
        return {};
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
        // restoreBackup moves the revision past both the current one and the backup's, in
        // its one transaction, so pages and the search index never keep a stale copy.
        await write(() => restoreBackup(db, check.backup));
        return { restored: check.summary };
      },
    },
    factBaseStatus: {
      allowedFrom: FROM_EXTENSION,
      handler: async () => {
        const [badEntities, copy] = await Promise.all([badEntitiesNow(), previousDatabaseSummary()]);
        return { badEntities, restoreCopy: copy ?? null };
      },
    },
    undoRestore: {
      allowedFrom: FROM_EXTENSION,
      handler: async () => {
        const copy = await previousDatabaseSummary();
        if (!copy) return { restored: null }; // nothing to undo: nothing changes
        await write(() => undoLastRestore(db));
        return { restored: copy };
      },
    },
    forgetRestoreCopy: {
      allowedFrom: FROM_EXTENSION,
      handler: async () => {
        await forgetPreviousDatabase();
        return {};
      },
    },
  };
}

/** The packs, and how many entities the fact base holds (packs and the user's own, each id once). */
async function listing(db: FactBaseDB): Promise<{ packs: PackRow[]; entities: number }> {
  const [packs, edits] = await Promise.all([db.packs.toArray(), db.edits.toArray()]);
  const ids = new Set(packs.flatMap((p) => p.ids));
  for (const e of edits) if (e.kind === 'add-entity') ids.add(e.entityId);
  return { packs: packs.map(packRow), entities: ids.size };
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
