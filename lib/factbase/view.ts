/**
 * The fact base as the user sees it: pack entities with the user's overlay applied
 * (edits, hidden facts and entities, notes, entities of their own). Everything that
 * shows or matches entities reads through here, so an edit shows everywhere.
 */
import type { FactBaseDB, PackOrigin } from './db';
import { bumpRevision, exportPack, getEntityWithSources, installPack, packTables, removePack, readEntities, type BadEntity, type InstallOptions } from './store';
import { entityProblem } from './entity-check';
import { applyOverlay, findConflicts, resolveConflict, userEntities, type Conflict, type EditChanges, type OverlaidEntity, type UserEdit } from './overlay';
import type { Entity, FactPack, Source } from './schema';

/** Every entity the user has not hidden, edits applied; the user's own entities included. */
export async function visibleEntities(db: FactBaseDB): Promise<Entity[]> {
  const [{ entities }, edits] = await Promise.all([readEntities(db), db.edits.toArray()]);
  const out: Entity[] = [];
  const seen = new Set<string>();
  for (const e of entities) {
    seen.add(e.id);
    const view = applyOverlay(e, edits);
    if (view && !view.hidden) out.push(view.entity);
  }
  for (const own of userEntities(edits)) {
    if (seen.has(own.id) || entityProblem(own)) continue;
    const view = applyOverlay(own.id, edits);
    if (view && !view.hidden) out.push(view.entity);
  }
  return out;
}

/**
 * The options page's entity list: pack entities as packs have them plus the user's own,
 * hidden ones included (so they can be shown again), unreadable ones left out (they are
 * listed by factBaseWarnings instead).
 */
export async function listedEntities(db: FactBaseDB): Promise<Entity[]> {
  const [{ entities }, edits] = await Promise.all([readEntities(db), db.edits.toArray()]);
  const ids = new Set(entities.map((e) => e.id));
  return [...entities, ...userEntities(edits).filter((e) => !ids.has(e.id) && !entityProblem(e))];
}

export interface EntityView {
  /** The entity as its pack has it (null for the user's own entities). */
  packEntity: Entity | null;
  packId: string | null;
  view: OverlaidEntity;
  /** Pack sources plus the sources of the user's own facts. */
  sources: Source[];
  /** Pack changes that touch something the user edited: both versions, for the user to choose. */
  conflicts: Conflict[];
  edits: UserEdit[];
}

export async function entityView(db: FactBaseDB, id: string): Promise<EntityView | undefined> {
  const [found, edits] = await Promise.all([getEntityWithSources(db, id), db.edits.where('entityId').equals(id).toArray()]);
  const own = userEntities(edits)[0];
  if (!found && own && entityProblem(own)) return undefined; // unreadable: listed by factBaseWarnings
  const view = applyOverlay(found?.entity ?? id, edits);
  if (!view) return undefined;
  const sources = [...(found?.sources ?? []), ...view.userSources];
  return {
    packEntity: found?.entity ?? null,
    packId: found?.packId ?? null,
    view,
    sources,
    conflicts: found ? findConflicts(null, found.entity, edits) : [],
    edits,
  };
}

/** Apply edit changes in one transaction and bump the revision so pages re-highlight. */
export async function saveEdits(db: FactBaseDB, changes: EditChanges): Promise<void> {
  await db.transaction('rw', [db.edits, db.meta], async () => {
    if (changes.remove.length) await db.edits.bulkDelete(changes.remove);
    if (changes.put.length) await db.edits.bulkPut(changes.put);
    await bumpRevision(db);
  });
}

/**
 * Install a pack and keep what the user wrote on entities the new version drops:
 * such an entity becomes the user's own (with its old sources), so notes and edits
 * never vanish with an update. Returns the ids kept that way.
 *
 * One transaction: the install and the edits that keep the user's work commit together,
 * or neither does. `alsoInTransaction` lets a caller add its own writes (a feed removing
 * its previous pack and recording the new version) to the same transaction.
 */
export async function installPackKeepingEdits(
  db: FactBaseDB,
  pack: FactPack,
  origin: PackOrigin,
  options: InstallOptions & { alsoInTransaction?: () => Promise<void>; replacing?: string } = {},
): Promise<{ kept: string[] }> {
  const { alsoInTransaction, replacing, ...install } = options;
  return db.transaction('rw', [...packTables(db), db.edits, db.feeds], async () => {
    // `replacing`: the pack this one takes over from under another id (a feed that renamed
    // its pack); its entities the new pack lacks are kept the same way, then it is removed.
    const before = await exportPack(db, replacing ?? pack.id);
    await installPack(db, pack, origin, install);
    if (replacing && replacing !== pack.id) await removePack(db, replacing);
    const kept: string[] = [];
    if (before) {
      const still = new Set(pack.entities.map((e) => e.id));
      const edits = await db.edits.toArray();
      for (const old of before.entities) {
        // An unreadable old entity cannot be kept as the user's own: it is listed by factBaseWarnings.
        if (still.has(old.id) || entityProblem(old)) continue;
        for (const conflict of findConflicts(old, null, edits, before.sources)) {
          await saveEdits(db, resolveConflict(conflict, 'mine'));
          kept.push(old.id);
        }
      }
    }
    await alsoInTransaction?.();
    return { kept };
  });
}

export interface FactBaseWarnings {
  /** Stored entities every reader skips because they would break it (count + first ids). */
  badEntities: { count: number; ids: string[]; details: BadEntity[] };
}

/** What the options page should warn about: entities hidden because they are unreadable. */
export async function factBaseWarnings(db: FactBaseDB, maxIds = 20): Promise<FactBaseWarnings> {
  const [{ bad }, edits] = await Promise.all([readEntities(db), db.edits.toArray()]);
  const own: BadEntity[] = userEntities(edits).flatMap((e) => {
    const problem = entityProblem(e);
    return problem ? [{ packId: 'your entities', id: String((e as { id?: unknown }).id ?? '?'), problem }] : [];
  });
  const all = [...bad, ...own];
  const shown = all.slice(0, maxIds);
  return { badEntities: { count: all.length, ids: shown.map((b) => b.id), details: shown } };
}
