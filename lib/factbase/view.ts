/**
 * The fact base as the user sees it: pack entities with the user's overlay applied
 * (edits, hidden facts and entities, notes, entities of their own). Everything that
 * shows or matches entities reads through here, so an edit shows everywhere.
 */
import type { FactBaseDB } from './db';
import { allEntities, getEntityWithSources } from './store';
import { applyOverlay, findConflicts, userEntities, type Conflict, type EditChanges, type OverlaidEntity, type UserEdit } from './overlay';
import type { Entity, Source } from './schema';

/** Every entity the user has not hidden, edits applied; the user's own entities included. */
export async function visibleEntities(db: FactBaseDB): Promise<Entity[]> {
  const [entities, edits] = await Promise.all([allEntities(db), db.edits.toArray()]);
  const out: Entity[] = [];
  const seen = new Set<string>();
  for (const e of entities) {
    seen.add(e.id);
    const view = applyOverlay(e, edits);
    if (view && !view.hidden) out.push(view.entity);
  }
  for (const own of userEntities(edits)) {
    if (seen.has(own.id)) continue;
    const view = applyOverlay(own.id, edits);
    if (view && !view.hidden) out.push(view.entity);
  }
  return out;
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
    const current = await db.meta.get('revision');
    await db.meta.put({ key: 'revision', value: (typeof current?.value === 'number' ? current.value : 0) + 1 });
  });
}
