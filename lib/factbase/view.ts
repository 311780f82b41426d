/**
 * The fact base as the user sees it: pack entities with the user's overlay applied
 * (edits, hidden facts and entities, notes, entities of their own). Everything that
 * shows or matches entities reads through here, so an edit shows everywhere.
 */
import type { FactBaseDB, PackOrigin } from './db';
import { bumpRevision, getRevision, installPack, packTables, removePack, readEntities, type BadEntity, type InstallOptions } from './store';
import { getEntitiesWithSources, type EntityWithSources } from './lookup';
import { entityProblem } from './entity-check';
import { applyOverlay, editsByEntity, findConflicts, resolveConflict, shownEntity, userEntities, type Conflict, type EditChanges, type OverlaidEntity, type UserEdit } from './overlay';
import type { Entity, FactPack, Source } from './schema';

/**
 * Every entity the user has not hidden, edits applied; the user's own entities included.
 * Edits are grouped by entity once; an entity without edits costs nothing (shownEntity).
 */
export async function visibleEntities(db: FactBaseDB): Promise<Entity[]> {
  const [{ entities }, edits] = await Promise.all([readEntities(db), db.edits.toArray()]);
  const editsOf = editsByEntity(edits);
  const out: Entity[] = [];
  const seen = new Set<string>();
  for (const e of entities) {
    seen.add(e.id);
    const view = shownEntity(e, editsOf.get(e.id));
    if (view && !view.hidden) out.push(view.entity);
  }
  for (const own of userEntities(edits)) {
    if (seen.has(own.id) || entityProblem(own)) continue;
    const view = applyOverlay(own.id, editsOf.get(own.id) ?? []);
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
  return (await entityViews(db, [id])).get(id);
}

/**
 * entityView for many ids at once, at a cost that follows the ids asked for (a card
 * request of 500 ids): their chunks and their edits, read in one transaction.
 */
export async function entityViews(db: FactBaseDB, ids: readonly string[]): Promise<Map<string, EntityView>> {
  const wanted = [...new Set(ids)];
  const out = new Map<string, EntityView>();
  if (wanted.length === 0) return out;
  const [found, edits] = await db.transaction('r', [...packTables(db), db.edits], () =>
    Promise.all([getEntitiesWithSources(db, wanted), db.edits.where('entityId').anyOf(wanted).toArray()]),
  );
  const editsOf = editsByEntity(edits);
  for (const id of wanted) {
    const view = viewOf(id, found.get(id), editsOf.get(id) ?? []);
    if (view) out.set(id, view);
  }
  return out;
}

function viewOf(id: string, found: EntityWithSources | undefined, edits: UserEdit[]): EntityView | undefined {
  const own = userEntities(edits)[0];
  if (!found && own && entityProblem(own)) return undefined; // unreadable: listed by factBaseWarnings
  const view = applyOverlay(found?.entity ?? id, edits);
  if (!view) return undefined;
  return {
    packEntity: found?.entity ?? null,
    packId: found?.packId ?? null,
    view,
    sources: [...(found?.sources ?? []), ...view.userSources],
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
    // Only entities the user edited can need keeping: read those from the old version,
    // before it is overwritten, never the whole old pack (200,000 entities on a re-import).
    const edits = await db.edits.toArray();
    const still = new Set(pack.entities.map((e) => e.id));
    const dropped = [...new Set(edits.filter((e) => e.kind !== 'add-entity' && !still.has(e.entityId)).map((e) => e.entityId))];
    const before = dropped.length ? await getEntitiesWithSources(db, dropped, { inPack: replacing ?? pack.id }) : new Map<string, EntityWithSources>();
    await installPack(db, pack, origin, install);
    if (replacing && replacing !== pack.id) await removePack(db, replacing);
    const kept: string[] = [];
    // In the old pack's order (the map's). An unreadable old entity is not in it: it cannot
    // be kept as the user's own, and is listed by factBaseWarnings.
    for (const old of before.values()) {
      for (const conflict of findConflicts(old.entity, null, edits, old.sources)) {
        await saveEdits(db, resolveConflict(conflict, 'mine'));
        kept.push(old.entity.id);
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

const warningsCache = new WeakMap<FactBaseDB, { revision: number; maxIds: number; value: Promise<FactBaseWarnings> }>();

/**
 * What the options page should warn about: entities hidden because they are unreadable.
 * Finding them reads every stored entity, so the answer is built once per revision however
 * many callers ask at once (single-flight); a failure is not kept. Nothing on the page or
 * card path waits for it.
 */
export async function factBaseWarnings(db: FactBaseDB, maxIds = 20): Promise<FactBaseWarnings> {
  const revision = await getRevision(db);
  const cached = warningsCache.get(db);
  if (cached?.revision === revision && cached.maxIds === maxIds) return cached.value;
  const value = readWarnings(db, maxIds);
  warningsCache.set(db, { revision, maxIds, value });
  value.catch(() => {
    if (warningsCache.get(db)?.value === value) warningsCache.delete(db);
  });
  return value;
}

async function readWarnings(db: FactBaseDB, maxIds: number): Promise<FactBaseWarnings> {
  const [{ bad }, edits] = await Promise.all([readEntities(db), db.edits.toArray()]);
  const own: BadEntity[] = userEntities(edits).flatMap((e) => {
    const problem = entityProblem(e);
    return problem ? [{ packId: 'your entities', id: String((e as { id?: unknown }).id ?? '?'), problem }] : [];
  });
  const all = [...bad, ...own];
  const shown = all.slice(0, maxIds);
  return { badEntities: { count: all.length, ids: shown.map((b) => b.id), details: shown } };
}
