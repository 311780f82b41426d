/**
 * The fact base: one Dexie database in the extension origin. Only the background opens
 * it (the one writer; the boundary rules in .dependency-cruiser.cjs enforce this): the
 * options page and popup send messages (lib/messages.ts), and content scripts, which run
 * in the page's origin where IndexedDB would belong to the web site, only send messages.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Entity, FactPack, Source } from './schema';
import type { UserEdit } from './overlay';
import type { FeedRow, PackOrigin, PackRow } from '../messages';

export type { PackOrigin };

/** A pack as stored: the Data tab's row (lib/messages.ts) plus what only the store needs. */
export interface PackRecord extends PackRow {
  description?: string;
  license?: string;
  /** Entity ids in pack order: the chunks' ids (EntityChunk.ids) one after another. */
  ids: string[];
  /** Source ids in pack order, chunked the same way. */
  sourceIds: string[];
}

/**
 * A pack's entities are stored in chunks of CHUNK_SIZE, in pack order. Measured in
 * Chromium: writing 50,000 entities one record each took 5.2–6.0 s (the per-record
 * cost dominates; indexes barely matter), in chunks of 500 it took 0.35 s. Lookups by
 * id go through each chunk's `ids`, a multiEntry index (schema v4): a card reads the
 * chunks holding the ids asked for, never a whole-base index. A card pays for its whole
 * chunk, so chunks are smaller since v4: at 200,000 entities, reading the chunks of 500
 * random ids took 3.0 s at 500 per chunk and 0.36 s at 50 (a loaded machine), while
 * writes barely differed between 50 and 500. Chunks written before (500) stay valid:
 * nothing relies on the size but the cap a backup is checked against (MAX_CHUNK_SIZE).
 * The `ids` index is not free: in a page, bare writes of 50,000 entities took ~0.5 s with
 * it against ~0.3 s without; through the options page, Apply at 50,000 took 2.4–3.0 s with
 * it against 1.4 s without (a loaded machine).
 */
export const CHUNK_SIZE = 100;
/** The most items any version put in one chunk. */
export const MAX_CHUNK_SIZE = 500;

export interface EntityChunk {
  packId: string;
  chunk: number;
  /** The ids of `entities`, in order: indexed (multiEntry) so a lookup by id finds the chunk. */
  ids: string[];
  entities: Entity[];
}

export interface SourceChunk {
  packId: string;
  chunk: number;
  /** The ids of `sources`, in order, indexed like EntityChunk.ids. */
  ids: string[];
  sources: Source[];
}

/** A chunk as written: its id list taken from its items. */
export function entityChunk(packId: string, chunk: number, entities: Entity[]): EntityChunk {
  return { packId, chunk, ids: idsOf(entities), entities };
}
export function sourceChunk(packId: string, chunk: number, sources: Source[]): SourceChunk {
  return { packId, chunk, ids: idsOf(sources), sources };
}

/**
 * The string ids of items, in order. A stored item without a string id (a damaged row)
 * is left out: it cannot be looked up by id anyway, and readers list it as unreadable.
 */
export function idsOf(items: readonly unknown[]): string[] {
  return items.flatMap((item) => {
    const id = (item as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [id] : [];
  });
}

/** A subscribed feed as stored: the Feeds tab's row (lib/messages.ts) plus its HTTP validators. */
export interface FeedRecord extends FeedRow {
  etag?: string;
  lastModified?: string;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export class FactBaseDB extends Dexie {
  packs!: EntityTable<PackRecord, 'id'>;
  entityChunks!: Dexie.Table<EntityChunk, [string, number]>;
  sourceChunks!: Dexie.Table<SourceChunk, [string, number]>;
  meta!: EntityTable<MetaRecord, 'key'>;
  feeds!: EntityTable<FeedRecord, 'url'>;
  /** The user's overlay (lib/factbase/overlay.ts): never touched by pack updates. */
  edits!: EntityTable<UserEdit, 'id'>;

  constructor(name = 'silklens', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      packs: 'id, origin',
      entities: '[packId+id], id, packId, type',
      sources: '[packId+id], packId',
      meta: 'key',
    });
    // v2: feeds and the user's edit overlay.
    this.version(2).stores({
      feeds: 'url',
      edits: 'id, entityId, kind',
    });
    // v3: entities and sources in chunks (see CHUNK_SIZE). Every pack's rows are converted
    // into chunks, so imports (CSV, OpenSanctions, Wikidata), feed packs and the notes on
    // their entities survive. Dexie 4 keeps a table deleted in a version's stores() open to
    // that version's upgrade and deletes it only afterwards (dexie.mjs updateTablesAndIndexes:
    // `upgradeSchema[table] = oldSchema[table]` for diff.del), so the old tables are readable here.
    this.version(3)
      .stores({
        entities: null,
        sources: null,
        entityChunks: '[packId+chunk], packId',
        sourceChunks: '[packId+chunk], packId',
      })
      .upgrade((tx) => chunkLegacyRows(tx));
    // v4: chunks carry their ids, indexed multiEntry, so a card finds its entity's chunk
    // without an index of the whole base; packs are indexed by install time, the order
    // in which the newest install of an id wins. Existing chunks get their ids here.
    this.version(4)
      .stores({
        packs: 'id, origin, installedAt',
        entityChunks: '[packId+chunk], packId, *ids',
        sourceChunks: '[packId+chunk], packId, *ids',
      })
      .upgrade(async (tx) => {
        // A damaged chunk (no item list) gets no ids rather than failing the upgrade, which
        // would leave the database unopenable.
        const list = (items: unknown) => (Array.isArray(items) ? idsOf(items) : []);
        await tx.table<EntityChunk>('entityChunks').toCollection().modify((c) => void (c.ids = list(c.entities)));
        await tx.table<SourceChunk>('sourceChunks').toCollection().modify((c) => void (c.ids = list(c.sources)));
      });
  }
}

/** The schema version FactBaseDB opens at (Dexie's verno): backups record it. */
export const DB_VERSION = 4;

/** v1–v2 row shapes: one record per entity or source, `order` = position in the pack. */
export interface LegacyRow<T> { packId: string; id: string; order?: number; data: T }

/**
 * v1–v2 rows in the v3 shape: pack records gain their id lists, entities and sources go
 * into chunks in pack order. Pure, so a v1–v2 backup file is converted the same way.
 * Rows of a pack without a pack record were unreachable before and stay behind.
 */
export function chunkLegacyPacks(
  packs: Omit<PackRecord, 'ids' | 'sourceIds'>[],
  entities: LegacyRow<Entity>[],
  sources: LegacyRow<Source>[],
): { packs: PackRecord[]; entityChunks: EntityChunk[]; sourceChunks: SourceChunk[] } {
  const group = <T>(rows: LegacyRow<T>[]) => {
    const byPack = new Map<string, LegacyRow<T>[]>();
    for (const r of rows) byPack.set(r.packId, [...(byPack.get(r.packId) ?? []), r]);
    for (const list of byPack.values()) list.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    return byPack;
  };
  const entityRows = group(entities);
  const sourceRows = group(sources);
  const out = { packs: [] as PackRecord[], entityChunks: [] as EntityChunk[], sourceChunks: [] as SourceChunk[] };
  for (const pack of packs) {
    const own = (entityRows.get(pack.id) ?? []).map((r) => r.data);
    const cited = (sourceRows.get(pack.id) ?? []).map((r) => r.data);
    out.packs.push({ ...pack, entityCount: own.length, ids: own.map((e) => e.id), sourceIds: cited.map((s) => s.id) });
    out.entityChunks.push(...chunked(own).map((list, chunk) => entityChunk(pack.id, chunk, list)));
    out.sourceChunks.push(...chunked(cited).map((list, chunk) => sourceChunk(pack.id, chunk, list)));
  }
  return out;
}

async function chunkLegacyRows(tx: Transaction): Promise<void> {
  const [packs, entities, sources] = await Promise.all([
    tx.table<PackRecord, string>('packs').toArray(),
    tx.table<LegacyRow<Entity>>('entities').toArray(),
    tx.table<LegacyRow<Source>>('sources').toArray(),
  ]);
  const converted = chunkLegacyPacks(packs, entities, sources);
  await tx.table('packs').bulkPut(converted.packs);
  await tx.table('entityChunks').bulkPut(converted.entityChunks);
  await tx.table('sourceChunks').bulkPut(converted.sourceChunks);
}

export function packRecord(pack: FactPack, origin: PackOrigin, installedAt: string, from?: string): PackRecord {
  const { entities, sources, signature: _signature, format: _format, ...meta } = pack;
  return {
    ...meta,
    origin,
    installedAt,
    entityCount: entities.length,
    ids: entities.map((e) => e.id),
    sourceIds: sources.map((s) => s.id),
    ...(from ? { from } : {}),
  };
}

export function chunked<T>(items: T[], size = CHUNK_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
