/**
 * Whole-database backup and restore (dexie-export-import). A restore checks the
 * file first and keeps an in-memory copy of the current database: if the restore
 * fails half-way, that copy is put back, so a bad file never loses what was stored.
 */
import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import type { FactBaseDB } from './db';

export const BACKUP_TABLES = ['packs', 'entityChunks', 'sourceChunks', 'meta', 'feeds', 'edits'] as const;

export async function backupDatabase(db: FactBaseDB): Promise<Blob> {
  return exportDB(db, { prettyJson: false });
}

export async function restoreDatabase(db: FactBaseDB, file: Blob): Promise<{ tables: number; rows: number }> {
  let meta;
  try {
    meta = await peakImportFile(file);
  } catch (error) {
    throw new Error(`not a Silk Lens backup (unreadable: ${String(error)})`);
  }
  if (meta.formatName !== 'dexie') throw new Error('not a Silk Lens backup (unknown format)');
  if (meta.data.databaseName !== db.name) throw new Error(`not a Silk Lens backup (database "${meta.data.databaseName}")`);
  const known = new Set(db.tables.map((t) => t.name));
  const unknown = meta.data.tables.map((t) => t.name).filter((n) => !known.has(n));
  if (unknown.length) throw new Error(`backup has tables this version does not know: ${unknown.join(', ')}`);
  const safety = await exportDB(db);
  try {
    await importInto(db, file, { clearTablesBeforeImport: true, acceptVersionDiff: true, acceptMissingTables: true });
  } catch (error) {
    await importInto(db, safety, { clearTablesBeforeImport: true, acceptVersionDiff: true });
    throw new Error(`restore failed, the previous fact base was put back: ${String(error)}`);
  }
  return { tables: meta.data.tables.length, rows: meta.data.tables.reduce((n, t) => n + t.rowCount, 0) };
}

// TEMPORARY until C's backup.ts lands: the four functions of the contract with engineer C
// (parseBackup, restoreBackup, backupText, summarizeDatabase), thin wrappers over the code
// above so the background's handlers compile and work. The lead takes C's file at merge.
export interface BackupSummary { exportedAt?: string; packs: { id: string; title: string; version: string; origin: string; entityCount: number }[]; edits: number; notes: number; ownEntities: number; feeds: number }
export interface ValidBackup { text: string }
export type BackupCheck = { ok: true; backup: ValidBackup; summary: BackupSummary } | { ok: false; error: string };

interface DexieExportShape {
  formatName?: unknown;
  data?: { databaseName?: unknown; tables?: { name: string }[]; data?: { tableName: string; rows: unknown[] }[] };
}

function summarizeRows(rows: Map<string, unknown[]>): BackupSummary {
  const packs = (rows.get('packs') ?? []) as { id: string; title: string; version: string; origin: string; entityCount: number }[];
  const edits = (rows.get('edits') ?? []) as { kind?: string }[];
  return {
    packs: packs.map(({ id, title, version, origin, entityCount }) => ({ id, title, version, origin, entityCount })),
    edits: edits.length,
    notes: edits.filter((e) => e.kind === 'note').length,
    ownEntities: edits.filter((e) => e.kind === 'add-entity').length,
    feeds: (rows.get('feeds') ?? []).length,
  };
}

export function parseBackup(text: string): BackupCheck {
  let json: DexieExportShape;
  try {
    json = JSON.parse(text) as DexieExportShape;
  } catch (error) {
    return { ok: false, error: `not a Silk Lens backup (unreadable: ${String(error)})` };
  }
  if (!json || json.formatName !== 'dexie' || !json.data) return { ok: false, error: 'not a Silk Lens backup (unknown format)' };
  if (json.data.databaseName !== 'silklens') return { ok: false, error: `not a Silk Lens backup (database "${String(json.data.databaseName)}")` };
  const rows = new Map((json.data.data ?? []).map((t) => [t.tableName, Array.isArray(t.rows) ? t.rows : []]));
  return { ok: true, backup: { text }, summary: summarizeRows(rows) };
}

export async function restoreBackup(db: FactBaseDB, backup: ValidBackup): Promise<void> {
  await restoreDatabase(db, new Blob([backup.text], { type: 'application/json' }));
}

export async function backupText(db: FactBaseDB): Promise<string> {
  return (await backupDatabase(db)).text();
}

export async function summarizeDatabase(db: FactBaseDB): Promise<BackupSummary> {
  const [packs, edits, feeds] = await Promise.all([db.packs.toArray(), db.edits.toArray(), db.feeds.toArray()]);
  return summarizeRows(new Map<string, unknown[]>([['packs', packs], ['edits', edits], ['feeds', feeds]]));
}
