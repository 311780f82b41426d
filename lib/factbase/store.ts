/**
 * Reads and writes of the fact base. Each exported write is one Dexie transaction over
 * every table it touches, so a failure (quota, crash, bad data) leaves the previous
 * state whole. Writes that belong together (a pack replaced with the user's edits
 * re-applied, a feed switching packs, a restore) call these inside their own wider
 * transaction: Dexie then runs the inner call as part of the outer one, so the whole
 * operation commits or rolls back as one.
 *
 * Entities and sources are stored in chunks (db.ts, CHUNK_SIZE) that carry their ids in a
 * multiEntry index: a lookup by id (lookup.ts) costs the ids asked for, never an index of
 * the whole base.
 */
import Dexie from 'dexie';
import type { FactBaseDB, PackOrigin, PackRecord } from './db';
import { chunked, entityChunk, packRecord, sourceChunk } from './db';
import { entityProblem } from './entity-check';
import { validatePack, type Entity, type FactPack } from './schema';
import { packsNewestFirst } from './lookup';

// Lookups by id live in lookup.ts; exported here too, where readers have always found them.
export { getEntitiesWithSources, getEntityWithSources, packsNewestFirst, type EntityWithSources } from './lookup';

const REVISION_KEY = 'revision';

export interface InstallOptions {
  from?: string;
  now?: () => Date;
  /**
   * The pack is the output of validatePack in this same context (an import preview,
   * a feed fetch): skip validating 50,000 entities a second time (~1 s).
   */
  prevalidated?: boolean;
}

/** The tables a pack write touches (the revision lives in meta). */
export function packTables(db: FactBaseDB) {
  return [db.packs, db.entityChunks, db.sourceChunks, db.meta];
}

/** Replace a pack (metadata, entities, sources) atomically; bumps the revision. */
export async function installPack(db: FactBaseDB, pack: FactPack, origin: PackOrigin, options: InstallOptions = {}): Promise<PackRecord> {
  let valid = pack;
  if (!options.prevalidated) {
    // Callers may hand us objects that never went through JSON: check them here.
    const checked = validatePack(pack);
    if (!checked.ok) throw new Error(`pack ${pack.id} is invalid: ${checked.errors.slice(0, 5).join('; ')}`);
    valid = checked.pack;
  }
  const now = (options.now ?? (() => new Date()))();
  const record = packRecord(valid, origin, now.toISOString(), options.from);
  await db.transaction('rw', packTables(db), async () => {
    await deleteChunks(db, pack.id);
    await db.packs.put(record);
    await db.entityChunks.bulkPut(chunked(valid.entities).map((entities, chunk) => entityChunk(pack.id, chunk, entities)));
    await db.sourceChunks.bulkPut(chunked(valid.sources).map((sources, chunk) => sourceChunk(pack.id, chunk, sources)));
    await bumpRevision(db);
  });
  return record;
}

export async function removePack(db: FactBaseDB, packId: string): Promise<void> {
  await db.transaction('rw', packTables(db), async () => {
    await deleteChunks(db, packId);
    await db.packs.delete(packId);
    await bumpRevision(db);
  });
}

/**
 * A pack's chunks go by a range of their primary key, which IndexedDB deletes without
 * reading them; a delete through the `packId` index makes Dexie read every record first.
 */
async function deleteChunks(db: FactBaseDB, packId: string): Promise<void> {
  const range = [[packId, Dexie.minKey], [packId, Dexie.maxKey]] as const;
  await db.entityChunks.where(':id').between(...range).delete();
  await db.sourceChunks.where(':id').between(...range).delete();
}

/**
 * The one place the revision moves. Call it inside the transaction of the write it
 * counts, so the counter and the data commit together (a reader never caches a
 * dictionary against a revision whose data is not there yet).
 */
export async function bumpRevision(db: FactBaseDB, atLeast = 0): Promise<number> {
  return db.transaction('rw', db.meta, async () => {
    const current = await db.meta.get(REVISION_KEY);
    const next = Math.max(typeof current?.value === 'number' ? current.value : 0, atLeast) + 1;
    await db.meta.put({ key: REVISION_KEY, value: next });
    return next;
  });
}

/** A counter that moves on every write; the compiled dictionary is cached against it. */
export async function getRevision(db: FactBaseDB): Promise<number> {
  const current = await db.meta.get(REVISION_KEY);
  return typeof current?.value === 'number' ? current.value : 0;
}

export async function getPack(db: FactBaseDB, packId: string): Promise<PackRecord | undefined> {
  return db.packs.get(packId);
}

export async function listPacks(db: FactBaseDB): Promise<PackRecord[]> {
  return db.packs.toArray();
}

/** A stored entity readers skip because it would break them (see entity-check.ts). */
export interface BadEntity { packId: string; id: string; problem: string }

/** Every entity once (the newest install of an id wins: a feed's data over the bundled pack). */
export async function allEntities(db: FactBaseDB): Promise<Entity[]> {
  return (await readEntities(db)).entities;
}

/** allEntities plus the entities it skipped as unreadable, for a warning the options page shows. */
export async function readEntities(db: FactBaseDB): Promise<{ entities: Entity[]; bad: BadEntity[] }> {
  const [packs, chunks] = await db.transaction('r', [db.packs, db.entityChunks], () => Promise.all([packsNewestFirst(db), db.entityChunks.toArray()]));
  const byPack = new Map<string, Entity[][]>();
  for (const c of chunks) {
    const list = byPack.get(c.packId) ?? [];
    list[c.chunk] = c.entities;
    byPack.set(c.packId, list);
  }
  const seen = new Set<string>();
  const entities: Entity[] = [];
  const bad: BadEntity[] = [];
  for (const packId of packs) {
    for (const chunk of byPack.get(packId) ?? []) {
      for (const e of chunk ?? []) {
        const problem = entityProblem(e);
        if (problem) {
          const id = typeof (e as { id?: unknown } | null)?.id === 'string' ? (e as { id: string }).id : '?';
          bad.push({ packId, id, problem });
          continue;
        }
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        entities.push(e);
      }
    }
  }
  return { entities, bad };
}

/** Export a stored pack back as a FactPack (lossless: what was installed comes back). */
export async function exportPack(db: FactBaseDB, packId: string): Promise<FactPack | undefined> {
  const meta = await db.packs.get(packId);
  if (!meta) return undefined;
  const [entityChunks, sourceChunks] = await Promise.all([
    db.entityChunks.where('packId').equals(packId).sortBy('chunk'),
    db.sourceChunks.where('packId').equals(packId).sortBy('chunk'),
  ]);
  const { origin: _o, from: _f, installedAt: _i, entityCount: _c, ids: _ids, sourceIds: _sids, ...rest } = meta;
  return {
    format: 'silklens-pack/1',
    ...rest,
    sources: sourceChunks.flatMap((c) => c.sources),
    entities: entityChunks.flatMap((c) => c.entities),
  };
}
