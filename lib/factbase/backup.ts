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
