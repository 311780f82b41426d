/**
 * The fact base: one Dexie database in the extension origin. Only the background
 * and the options page open it; content scripts run in the page's origin, where
 * IndexedDB would belong to the web site, so they only send messages.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Entity, FactPack, Source } from './schema';
import type { UserEdit } from './overlay';

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

/** A subscribed feed and what the last attempts gave. */
export interface FeedRecord {
  url: string;
  /** Pack id the feed last delivered (its entities live in the pack tables). */
  packId?: string;
  /** Base64 Ed25519 key: packs from this feed must carry a valid signature. */
  publicKey?: string;
  /** Set by enterprise policy: shown as managed, cannot be removed by the user. */
  managed: boolean;
  intervalHours: number;
  addedAt: string;
  etag?: string;
  lastModified?: string;
  lastChecked?: string;
  lastSuccess?: string;
  version?: string;
  lastError?: { message: string; at: string };
  /** Failed attempts since the last success: failing feeds are retried sooner. */
  failures?: number;
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
  }
}

export function packRecord(pack: FactPack, origin: PackOrigin, installedAt: string, from?: string): PackRecord {
  const { entities, sources: _sources, signature: _signature, format: _format, ...meta } = pack;
  return { ...meta, origin, installedAt, entityCount: entities.length, ...(from ? { from } : {}) };
}
