/**
 * Reads and writes of the fact base. Each exported write is one Dexie transaction over
 * every table it touches, so a failure (quota, crash, bad data) leaves the previous
 * state whole. Writes that belong together (a pack replaced with the user's edits
 * re-applied, a feed switching packs, a restore) call these inside their own wider
 * transaction: Dexie then runs the inner call as part of the outer one, so the whole
 * operation commits or rolls back as one.
 *
 * Entities and sources are stored in chunks (db.ts, CHUNK_SIZE); lookups by id use
 * an index built from the packs' id lists, cached until the revision moves.
 */
import type { FactBaseDB, PackOrigin, PackRecord } from './db';
import { CHUNK_SIZE, chunked, packRecord } from './db';
import { entityProblem } from './entity-check';
import { validatePack, type Entity, type FactPack, type Source } from './schema';

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
    await db.entityChunks.where('packId').equals(pack.id).delete();
    await db.sourceChunks.where('packId').equals(pack.id).delete();
    await db.packs.put(record);
    await db.entityChunks.bulkPut(chunked(valid.entities).map((entities, chunk) => ({ packId: pack.id, chunk, entities })));
    await db.sourceChunks.bulkPut(chunked(valid.sources).map((sources, chunk) => ({ packId: pack.id, chunk, sources })));
    await bumpRevision(db);
  });
  return record;
}

export async function removePack(db: FactBaseDB, packId: string): Promise<void> {
  await db.transaction('rw', packTables(db), async () => {
    await db.entityChunks.where('packId').equals(packId).delete();
    await db.sourceChunks.where('packId').equals(packId).delete();
    await db.packs.delete(packId);
    await bumpRevision(db);
  });
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

/** Packs newest first: when several define the same entity id, the newest install wins. */
function byRecency(packs: PackRecord[]): PackRecord[] {
  return [...packs].sort((a, b) => b.installedAt.localeCompare(a.installedAt));
}

/** A stored entity readers skip because it would break them (see entity-check.ts). */
export interface BadEntity { packId: string; id: string; problem: string }

/** Every entity once (the newest install of an id wins: a feed's data over the bundled pack). */
export async function allEntities(db: FactBaseDB): Promise<Entity[]> {
  return (await readEntities(db)).entities;
}

/** allEntities plus the entities it skipped as unreadable, for a warning the options page shows. */
export async function readEntities(db: FactBaseDB): Promise<{ entities: Entity[]; bad: BadEntity[] }> {
  const [packs, chunks] = await Promise.all([db.packs.toArray(), db.entityChunks.toArray()]);
  const byPack = new Map<string, Entity[][]>();
  for (const c of chunks) {
    const list = byPack.get(c.packId) ?? [];
    list[c.chunk] = c.entities;
    byPack.set(c.packId, list);
  }
  const seen = new Set<string>();
  const entities: Entity[] = [];
  const bad: BadEntity[] = [];
  for (const pack of byRecency(packs)) {
    for (const chunk of byPack.get(pack.id) ?? []) {
      for (const e of chunk ?? []) {
        const problem = entityProblem(e);
        if (problem) {
          const id = typeof (e as { id?: unknown } | null)?.id === 'string' ? (e as { id: string }).id : '?';
          bad.push({ packId: pack.id, id, problem });
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

interface IdIndex {
  revision: number;
  /** entity id → [pack id, position] of its newest install */
  entities: Map<string, [string, number]>;
  /** pack id → source id → position */
  sources: Map<string, Map<string, number>>;
}

const indexes = new WeakMap<FactBaseDB, IdIndex>();

async function idIndex(db: FactBaseDB): Promise<IdIndex> {
  const revision = await getRevision(db);
  const cached = indexes.get(db);
  if (cached && cached.revision === revision) return cached;
  const packs = byRecency(await db.packs.toArray());
  const entities = new Map<string, [string, number]>();
  const sources = new Map<string, Map<string, number>>();
  for (const p of packs) {
    p.ids.forEach((id, i) => {
      if (!entities.has(id)) entities.set(id, [p.id, i]);
    });
    sources.set(p.id, new Map(p.sourceIds.map((id, i) => [id, i])));
  }
  const index = { revision, entities, sources };
  indexes.set(db, index);
  return index;
}

export interface EntityWithSources {
  entity: Entity;
  packId: string;
  sources: Source[];
}

/** One entity with the sources its facts and roles cite, from the pack that defines it. */
export async function getEntityWithSources(db: FactBaseDB, id: string): Promise<EntityWithSources | undefined> {
  const index = await idIndex(db);
  const where = index.entities.get(id);
  if (!where) return undefined;
  const [packId, position] = where;
  const chunk = await db.entityChunks.get([packId, Math.floor(position / CHUNK_SIZE)]);
  const entity = chunk?.entities[position % CHUNK_SIZE];
  if (!entity || entity.id !== id) return undefined; // the index is stale: a write raced this read
  if (entityProblem(entity)) return undefined; // unreadable: listed by factBaseWarnings instead
  const cited = [...new Set([...entity.facts.flatMap((f) => f.sources), ...entity.roles.flatMap((r) => r.sources)])];
  const positions = index.sources.get(packId) ?? new Map<string, number>();
  const wanted = [...new Set(cited.flatMap((s) => (positions.has(s) ? [Math.floor(positions.get(s)! / CHUNK_SIZE)] : [])))];
  const chunks = await db.sourceChunks.bulkGet(wanted.map((c) => [packId, c] as [string, number]));
  const byId = new Map(chunks.flatMap((c) => c?.sources ?? []).map((s) => [s.id, s]));
  return { entity, packId, sources: cited.flatMap((s) => byId.get(s) ?? []) };
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
