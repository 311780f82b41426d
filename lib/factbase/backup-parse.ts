/**
 * Reading a backup file: everything is checked before anything is written.
 *
 * Backups are written by dexie-export-import (backup.ts), so the file format stays the one
 * users already have. Reading is our own parse of that JSON format rather than
 * `importInto`: importInto writes rows as it reads them, and a restore must first know
 * that every row of every table is valid (backup-schema.ts), the links are http(s), no
 * managed feed comes from a file, and the tables agree with one another.
 *
 * The format: `{ formatName: "dexie", formatVersion: 1, data: { databaseName,
 * databaseVersion, tables: [{ name, schema, rowCount }], data: [{ tableName, inbound,
 * rows }] } }`; rows may carry `$types` (typeson) for values JSON cannot hold.
 */
import * as v from 'valibot';
import { chunkLegacyPacks, MAX_CHUNK_SIZE, DB_VERSION, idsOf, type EntityChunk, type FeedRecord, type LegacyRow, type MetaRecord, type PackRecord, type SourceChunk } from './db';
import type { UserEdit } from './overlay';
import type { Entity, Source } from './schema';
import { EditRow, EntityChunkRow, FeedRow, MetaRow, PackRow, SourceChunkRow } from './backup-schema';
import { parseJson } from './importers/pack-json';
import type { StoreSummary } from '../messages';

export interface BackupTables {
  packs: PackRecord[];
  entityChunks: EntityChunk[];
  sourceChunks: SourceChunk[];
  meta: MetaRecord[];
  feeds: FeedRecord[];
  edits: UserEdit[];
}
export const TABLE_NAMES = ['packs', 'entityChunks', 'sourceChunks', 'meta', 'feeds', 'edits'] as const;

declare const checked: unique symbol;
/** A backup every row of which passed validation: only parseBackup makes one. */
export interface ValidBackup {
  readonly tables: BackupTables;
  readonly databaseVersion: number;
  readonly exportedAt?: string;
  /** Things left out on purpose (managed feeds), for the confirmation. */
  readonly warnings: string[];
  readonly [checked]: true;
}

/** The summary the options page shows (lib/messages.ts), with what a restore leaves out (managed feeds). */
export type BackupSummary = StoreSummary & { warnings: string[] };

export type BackupCheck = { ok: true; backup: ValidBackup; summary: BackupSummary } | { ok: false; error: string };

/** The tables each database version had (db.ts); v1–v2 rows are converted on read. */
const LEGACY_TABLES: Record<number, string[]> = {
  1: ['packs', 'entities', 'sources', 'meta'],
  2: ['packs', 'entities', 'sources', 'meta', 'feeds', 'edits'],
};

class Refused extends Error {}
const refuse = (message: string): never => {
  throw new Refused(message);
};
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Validate a whole backup file; changes nothing. `databaseName`: whose backups we accept. */
export function parseBackup(text: string, options: { databaseName?: string } = {}): BackupCheck {
  try {
    const backup = readBackup(text, options.databaseName ?? 'silklens');
    return { ok: true, backup, summary: summarize(backup.tables, backup.exportedAt, backup.warnings) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.message };
    return { ok: false, error: `this backup could not be read: ${String(error)}` };
  }
}

function readBackup(text: string, databaseName: string): ValidBackup {
  const json = parseJson(text);
  if (!json.ok) {
    return refuse(/ends before/.test(json.error) ? 'this backup is incomplete: the file ends before its end (cut off during download or copy?)' : `not a Silk Lens backup: ${json.error}`);
  }
  const top = json.value;
  if (!isObject(top) || top.formatName !== 'dexie' || !isObject(top.data)) return refuse('not a Silk Lens backup: this JSON file is something else (a fact pack? import it under Import instead)');
  if (top.formatVersion !== 1) return refuse(`this backup uses a file format this version cannot read (format version ${String(top.formatVersion)})`);
  const data = top.data;
  if (data.databaseName !== databaseName) return refuse(`not a Silk Lens backup: it is a backup of another database ("${String(data.databaseName)}")`);
  const version = data.databaseVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse('not a Silk Lens backup: it has no valid database version');
  if (version > DB_VERSION) {
    return refuse(`this backup was made by a newer version of Silk Lens (database version ${version}; this version reads up to ${DB_VERSION}): update Silk Lens, then restore it`);
  }
  const expected = LEGACY_TABLES[version] ?? [...TABLE_NAMES];
  const rows = tableRows(data, expected);
  const raw = version < 3 ? convertLegacy(rows) : version === 3 ? withChunkIds(rows) : rows;
  const warnings: string[] = [];
  const tables: BackupTables = {
    packs: validateRows('packs', raw.packs ?? [], PackRow),
    entityChunks: validateRows('entityChunks', raw.entityChunks ?? [], EntityChunkRow),
    sourceChunks: validateRows('sourceChunks', raw.sourceChunks ?? [], SourceChunkRow),
    meta: validateRows('meta', raw.meta ?? [], MetaRow),
    feeds: dropManaged(validateRows('feeds', raw.feeds ?? [], FeedRow), warnings),
    edits: validateRows('edits', raw.edits ?? [], EditRow) as UserEdit[],
  };
  checkConsistency(tables);
  const exportedAt = typeof top.exportedAt === 'string' && !Number.isNaN(Date.parse(top.exportedAt)) ? top.exportedAt : undefined;
  return { tables, databaseVersion: version, warnings, ...(exportedAt ? { exportedAt } : {}) } as unknown as ValidBackup;
}

/** Rows per table name, `$types` decoded; every expected table present, no unknown one. */
function tableRows(data: Record<string, unknown>, expected: string[]): Record<string, unknown[]> {
  if (!Array.isArray(data.tables) || !Array.isArray(data.data)) return refuse('this backup is incomplete: its table list is missing');
  const declared = new Map<string, number>();
  for (const t of data.tables) {
    if (!isObject(t) || typeof t.name !== 'string' || typeof t.rowCount !== 'number') return refuse('this backup is damaged: a table description is malformed');
    declared.set(t.name, t.rowCount);
  }
  const unknown = [...declared.keys()].filter((n) => !expected.includes(n));
  if (unknown.length) return refuse(`this backup has tables this version does not know (${unknown.join(', ')}): it is not from Silk Lens, or from an unknown version`);
  const out: Record<string, unknown[]> = {};
  for (const entry of data.data) {
    if (!isObject(entry) || typeof entry.tableName !== 'string' || !Array.isArray(entry.rows)) return refuse('this backup is damaged: a table is malformed');
    if (!expected.includes(entry.tableName)) return refuse(`this backup has a table this version does not know (${entry.tableName})`);
    if (entry.inbound !== true) return refuse(`this backup is damaged: table ${entry.tableName} is not in the expected layout`);
    out[entry.tableName] = [...(out[entry.tableName] ?? []), ...entry.rows.map((row, i) => decodeTypes(row, entry.tableName as string, i))];
  }
  for (const name of expected) {
    if (!declared.has(name) || !out[name]) return refuse(`this backup is incomplete: table ${name} is missing`);
    if (out[name]!.length !== declared.get(name)) return refuse(`this backup is incomplete: table ${name} has ${out[name]!.length} of its ${declared.get(name)} rows`);
  }
  return out;
}

/**
 * Undo typeson's `$types` annotations: dexie-export-import marks every array
 * ("arrayNonindexKeys", a plain JSON array here) and every undefined value ("undef").
 * Any other type (dates, blobs, typed arrays) is nothing Silk Lens stores: refused.
 */
function decodeTypes(row: unknown, table: string, index: number): unknown {
  if (!isObject(row) || !('$types' in row)) return row;
  const { $types: types, ...rest } = row;
  if (!isObject(types)) return refuse(`this backup is damaged: table ${table}, row ${index + 1} has malformed type marks`);
  for (const [path, type] of Object.entries(types)) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let parent: unknown = rest;
    for (const k of keys) parent = isObject(parent) || Array.isArray(parent) ? (parent as Record<string, unknown>)[k] : undefined;
    const holder = parent as Record<string, unknown> | undefined;
    if (type === 'arrayNonindexKeys' && holder && Array.isArray(holder[last])) continue;
    if (type === 'undef' && holder && (isObject(holder) || Array.isArray(holder))) {
      delete holder[last];
      continue;
    }
    return refuse(`this backup holds a value Silk Lens never stores (table ${table}, row ${index + 1}, ${path}: ${String(type)})`);
  }
  return rest;
}

function convertLegacy(rows: Record<string, unknown[]>): Record<string, unknown[]> {
  const shaped = (name: string, check: (r: Record<string, unknown>) => boolean) =>
    (rows[name] ?? []).map((r, i) => (isObject(r) && check(r) ? r : refuse(`this backup is damaged: table ${name}, row ${i + 1} is malformed`)));
  const packs = shaped('packs', (r) => typeof r.id === 'string') as unknown as PackRecord[];
  const entities = shaped('entities', (r) => typeof r.packId === 'string' && 'data' in r) as unknown as LegacyRow<Entity>[];
  const sources = shaped('sources', (r) => typeof r.packId === 'string' && 'data' in r) as unknown as LegacyRow<Source>[];
  const orphan = [...entities, ...sources].find((r) => !packs.some((p) => p.id === r.packId));
  if (orphan) refuse(`this backup is damaged: rows of pack "${orphan.packId}" have no pack record`);
  const converted = chunkLegacyPacks(packs, entities, sources);
  return { ...rows, ...converted, feeds: rows.feeds ?? [], edits: rows.edits ?? [] };
}

/** v3 chunks had no `ids` (db.ts v4): give each the ids of its items, as the v4 upgrade does. */
function withChunkIds(rows: Record<string, unknown[]>): Record<string, unknown[]> {
  const withIds = (list: unknown[] | undefined, items: 'entities' | 'sources') =>
    (list ?? []).map((r) => (isObject(r) && Array.isArray(r[items]) && !('ids' in r) ? { ...r, ids: idsOf(r[items]) } : r));
  return { ...rows, entityChunks: withIds(rows.entityChunks, 'entities'), sourceChunks: withIds(rows.sourceChunks, 'sources') };
}

function validateRows<S extends v.GenericSchema>(table: string, rows: unknown[], schema: S): v.InferOutput<S>[] {
  return rows.map((row, i) => {
    const result = v.safeParse(schema, row);
    if (result.success) return result.output;
    const id = isObject(row) ? String(row.id ?? row.url ?? row.key ?? row.packId ?? '') : '';
    const issue = result.issues[0]!;
    const path = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('').replace(/^\./, '');
    return refuse(`this backup has an invalid row (table ${table}, row ${i + 1}${id ? ` "${id}"` : ''}${path ? `, ${path}` : ''}): ${issue.message}`);
  });
}

function dropManaged(feeds: FeedRecord[], warnings: string[]): FeedRecord[] {
  const managed = feeds.filter((f) => f.managed);
  if (managed.length) {
    warnings.push(`${managed.length} feed${managed.length > 1 ? 's' : ''} managed by an organisation (${managed.map((f) => f.url).join(', ')}) not restored: managed feeds come from policy, never from a file`);
  }
  return feeds.filter((f) => !f.managed);
}

function checkConsistency(t: BackupTables): void {
  const unique = (table: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const k of keys) {
      if (seen.has(k)) refuse(`this backup is damaged: table ${table} has "${k}" twice`);
      seen.add(k);
    }
  };
  unique('packs', t.packs.map((p) => p.id));
  unique('feeds', t.feeds.map((f) => f.url));
  unique('edits', t.edits.map((e) => e.id));
  unique('meta', t.meta.map((m) => m.key));
  unique('entityChunks', t.entityChunks.map((c) => `${c.packId} #${c.chunk}`));
  unique('sourceChunks', t.sourceChunks.map((c) => `${c.packId} #${c.chunk}`));
  const packs = new Map(t.packs.map((p) => [p.id, p]));
  for (const c of [...t.entityChunks, ...t.sourceChunks]) {
    if (!packs.has(c.packId)) refuse(`this backup is damaged: a chunk of pack "${c.packId}" has no pack record`);
  }
  // Lookups by id go through each chunk's `ids` (db.ts): a list that disagrees with the chunk would hide or misplace entities.
  const checkIds = (table: string, c: { packId: string; chunk: number; ids: string[] }, items: readonly unknown[]) => {
    const own = idsOf(items);
    if (c.ids.length !== own.length || c.ids.some((id, i) => id !== own[i])) refuse(`this backup is damaged: table ${table}, chunk ${c.chunk} of pack "${c.packId}" lists ids its items do not have`);
  };
  for (const c of t.entityChunks) checkIds('entityChunks', c, c.entities);
  for (const c of t.sourceChunks) checkIds('sourceChunks', c, c.sources);
  for (const pack of t.packs) {
    const ids = chunkItems(t.entityChunks.filter((c) => c.packId === pack.id).map((c) => [c.chunk, c.entities] as const), pack.id, 'entity').map((e) => e.id);
    const sourceIds = chunkItems(t.sourceChunks.filter((c) => c.packId === pack.id).map((c) => [c.chunk, c.sources] as const), pack.id, 'source').map((s) => s.id);
    if (ids.join('\n') !== pack.ids.join('\n')) refuse(`this backup is damaged: pack "${pack.id}" lists entities its chunks do not hold`);
    if (sourceIds.join('\n') !== pack.sourceIds.join('\n')) refuse(`this backup is damaged: pack "${pack.id}" lists sources its chunks do not hold`);
    unique(`pack ${pack.id}`, ids);
    unique(`pack ${pack.id} sources`, sourceIds);
  }
}

/**
 * Chunks 0..n-1, none empty nor over MAX_CHUNK_SIZE (a card reads its entity's whole
 * chunk). Sizes may differ: packs stored before v4 have chunks of 500, later ones of CHUNK_SIZE.
 */
function chunkItems<T>(chunks: (readonly [number, T[]])[], packId: string, what: string): T[] {
  const sorted = [...chunks].sort((a, b) => a[0] - b[0]);
  sorted.forEach(([n, items], i) => {
    if (n !== i) refuse(`this backup is damaged: ${what} chunk ${i} of pack "${packId}" is missing`);
    if (items.length === 0 || items.length > MAX_CHUNK_SIZE) refuse(`this backup is damaged: ${what} chunk ${n} of pack "${packId}" has ${items.length} items`);
  });
  return sorted.flatMap(([, items]) => items);
}

export function summarize(t: BackupTables, exportedAt: string | undefined, warnings: string[]): BackupSummary {
  return {
    ...(exportedAt ? { exportedAt } : {}),
    packs: t.packs.map((p) => ({ id: p.id, title: p.title, version: p.version, origin: p.origin, entityCount: p.entityCount })),
    edits: t.edits.length,
    notes: t.edits.filter((e) => e.kind === 'note').length,
    ownEntities: t.edits.filter((e) => e.kind === 'add-entity').length,
    feeds: t.feeds.length,
    warnings,
  };
}
