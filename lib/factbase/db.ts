/**
 * The fact base: one Dexie database in the extension origin. Only the background
 * and the options page open it; content scripts run in the page's origin, where
 * IndexedDB would belong to the web site, so they only send messages.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Entity, FactPack, Source } from './schema';

export type PackOrigin = 'bundled' | 'feed' | 'import' | 'user';

/** A pack as stored: its metadata without entities and sources (those have tables). */
export interface PackRecord {
  id: string;
  title: string;
  publisher: string;
  version: string;
  published: string;
  description?: string;
  license?: string;
  origin: PackOrigin;
  /** Feed URL or file name it came from. */
  from?: string;
  installedAt: string;
  entityCount: number;
}

export interface EntityRecord {
  packId: string;
  id: string;
  type: Entity['type'];
  /** Position in the pack, so an export gives entities back in their authored order. */
  order: number;
  data: Entity;
}

export interface SourceRecord {
  packId: string;
  id: string;
  order: number;
  data: Source;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export class FactBaseDB extends Dexie {
  packs!: EntityTable<PackRecord, 'id'>;
  entities!: Dexie.Table<EntityRecord, [string, string]>;
  sources!: Dexie.Table<SourceRecord, [string, string]>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name = 'silklens', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      packs: 'id, origin',
      entities: '[packId+id], id, packId, type',
      sources: '[packId+id], packId',
      meta: 'key',
    });
  }
}

export function packRecord(pack: FactPack, origin: PackOrigin, installedAt: string, from?: string): PackRecord {
  const { entities, sources: _sources, signature: _signature, format: _format, ...meta } = pack;
  return { ...meta, origin, installedAt, entityCount: entities.length, ...(from ? { from } : {}) };
}
