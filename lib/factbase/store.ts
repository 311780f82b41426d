/**
 * Reads and writes of the fact base. Every write is one Dexie transaction over
 * every table it touches, so a failure (quota, crash, bad data) leaves the
 * previous state whole: nothing is ever half-written.
 */
import type { FactBaseDB, PackOrigin, PackRecord } from './db';
import { packRecord } from './db';
import { validatePack, type Entity, type FactPack, type Source } from './schema';

const REVISION_KEY = 'revision';

/** Replace a pack (metadata, entities, sources) atomically; bumps the revision. */
export async function installPack(
  db: FactBaseDB,
  pack: FactPack,
  origin: PackOrigin,
  options: { from?: string; now?: () => Date } = {},
): Promise<PackRecord> {
  // Re-validate here too: callers may hand us objects that never went through JSON.
  const checked = validatePack(pack);
  if (!checked.ok) throw new Error(`pack ${pack.id} is invalid: ${checked.errors.slice(0, 5).join('; ')}`);
  const now = (options.now ?? (() => new Date()))();
  const record = packRecord(checked.pack, origin, now.toISOString(), options.from);
  await db.transaction('rw', [db.packs, db.entities, db.sources, db.meta], async () => {
    await db.entities.where('packId').equals(pack.id).delete();
    await db.sources.where('packId').equals(pack.id).delete();
    await db.packs.put(record);
    await db.entities.bulkPut(checked.pack.entities.map((e, order) => ({ packId: pack.id, id: e.id, type: e.type, order, data: e })));
    await db.sources.bulkPut(checked.pack.sources.map((s, order) => ({ packId: pack.id, id: s.id, order, data: s })));
    await bumpRevision(db);
  });
  return record;
}

export async function removePack(db: FactBaseDB, packId: string): Promise<void> {
  await db.transaction('rw', [db.packs, db.entities, db.sources, db.meta], async () => {
    await db.entities.where('packId').equals(packId).delete();
    await db.sources.where('packId').equals(packId).delete();
    await db.packs.delete(packId);
    await bumpRevision(db);
  });
}

async function bumpRevision(db: FactBaseDB): Promise<void> {
  const current = await db.meta.get(REVISION_KEY);
  await db.meta.put({ key: REVISION_KEY, value: (typeof current?.value === 'number' ? current.value : 0) + 1 });
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

/**
 * Every entity once. When several packs define the same id, the most recently
 * installed pack wins (a feed's newer data over the bundled pack).
 */
export async function allEntities(db: FactBaseDB): Promise<Entity[]> {
  const [packs, records] = await Promise.all([db.packs.toArray(), db.entities.toArray()]);
  const installed = new Map(packs.map((p) => [p.id, p.installedAt]));
  const byId = new Map<string, { at: string; entity: Entity }>();
  for (const r of records) {
    const at = installed.get(r.packId) ?? '';
    const prev = byId.get(r.id);
    if (!prev || at > prev.at) byId.set(r.id, { at, entity: r.data });
  }
  return [...byId.values()].map((v) => v.entity);
}

export interface EntityWithSources {
  entity: Entity;
  packId: string;
  sources: Source[];
}

/** One entity with the sources its facts and roles cite, from the pack that defines it. */
export async function getEntityWithSources(db: FactBaseDB, id: string): Promise<EntityWithSources | undefined> {
  const records = await db.entities.where('id').equals(id).toArray();
  if (records.length === 0) return undefined;
  const packs = new Map((await db.packs.bulkGet(records.map((r) => r.packId))).flatMap((p) => (p ? [[p.id, p]] : [])));
  records.sort((a, b) => (packs.get(b.packId)?.installedAt ?? '').localeCompare(packs.get(a.packId)?.installedAt ?? ''));
  const record = records[0]!;
  const cited = new Set([...record.data.facts.flatMap((f) => f.sources), ...record.data.roles.flatMap((r) => r.sources)]);
  const sources = (await db.sources.bulkGet([...cited].map((s) => [record.packId, s] as [string, string])))
    .flatMap((s) => (s ? [s.data] : []));
  return { entity: record.data, packId: record.packId, sources };
}

/** Export a stored pack back as a FactPack (lossless: what was installed comes back). */
export async function exportPack(db: FactBaseDB, packId: string): Promise<FactPack | undefined> {
  const meta = await db.packs.get(packId);
  if (!meta) return undefined;
  const [entities, sources] = await Promise.all([
    db.entities.where('packId').equals(packId).toArray(),
    db.sources.where('packId').equals(packId).toArray(),
  ]);
  const { origin: _o, from: _f, installedAt: _i, entityCount: _c, ...rest } = meta;
  return {
    format: 'silklens-pack/1',
    ...rest,
    // Stored order, so export → import → export is byte-for-byte stable.
    sources: sources.sort((a, b) => a.order - b.order).map((s) => s.data),
    entities: entities.sort((a, b) => a.order - b.order).map((e) => e.data),
  };
}
