/**
 * Whole-database backup and restore.
 *
 * - backupText: dexie-export-import's JSON format (what users already have), plus an
 *   `exportedAt` field at the top.
 * - parseBackup (backup-parse.ts): validates every row of every table; changes nothing.
 * - restoreBackup: first writes a copy of the current fact base into a second database
 *   (PREVIOUS_DB), then replaces every table in ONE Dexie transaction (clear + bulkPut), so
 *   a failure anywhere leaves the fact base exactly as it was. The copy stays until the next
 *   restore so the user can undo this one (undoLastRestore); forgetPreviousDatabase drops it.
 * - Managed feeds come from policy, never from a file: the backup's are dropped (with a
 *   warning in the summary) and the current ones are kept, due for a fresh fetch.
 */
import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { FactBaseDB, type FeedRecord } from './db';
import { parseBackup, summarize, TABLE_NAMES, type BackupSummary, type BackupTables, type ValidBackup } from './backup-parse';
import { bumpRevision, getRevision } from './store';

export { parseBackup, type BackupCheck, type BackupSummary, type ValidBackup } from './backup-parse';

/** The copy of the fact base taken before a restore: what "undo the last restore" puts back. */
export const PREVIOUS_DB = 'silklens-previous';

export async function backupText(db: FactBaseDB, now: () => Date = () => new Date()): Promise<string> {
  const text = await (await exportDB(db, { prettyJson: false })).text();
  const head = '{"formatName":"dexie","formatVersion":1,';
  // Splice rather than parse and re-serialise a file that may be tens of megabytes.
  if (!text.startsWith(head)) throw new Error('unexpected export format from dexie-export-import');
  return `${head}"exportedAt":${JSON.stringify(now().toISOString())},${text.slice(head.length)}`;
}

/** What a restore would replace: the current fact base, counted like a backup's summary. */
export async function summarizeDatabase(db: FactBaseDB): Promise<BackupSummary> {
  return summarize(await readTables(db), undefined, []);
}

/** Replace the whole fact base with a validated backup, atomically; the previous one is kept for undo. */
export async function restoreBackup(db: FactBaseDB, backup: ValidBackup, options: { previousName?: string } = {}): Promise<void> {
  const previous = new FactBaseDB(options.previousName ?? PREVIOUS_DB);
  try {
    // Persist the current fact base first: if this fails (quota), nothing was touched.
    const current = await readTables(db);
    await previous.transaction('rw', previous.tables, async () => {
      for (const name of TABLE_NAMES) {
        await previous.table(name).clear();
        await previous.table(name).bulkPut(current[name]);
      }
    });
  } finally {
    previous.close();
  }
  await replaceAll(db, backup.tables);
}

/** Put back the fact base as it was before the last restore; then forget that copy. */
export async function undoLastRestore(db: FactBaseDB, options: { previousName?: string } = {}): Promise<void> {
  const name = options.previousName ?? PREVIOUS_DB;
  if (!(await Dexie.exists(name))) throw new Error('there is no restore to undo');
  const previous = new FactBaseDB(name);
  let tables: BackupTables;
  try {
    // The copy goes through the same checks as a file: it is read back from disk.
    const text = JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: exportShape(await readTables(previous), db.name, previous.verno) });
    const checked = parseBackup(text, { databaseName: db.name });
    if (!checked.ok) throw new Error(`the copy taken before the last restore cannot be used: ${checked.error}`);
    tables = checked.backup.tables;
  } finally {
    previous.close();
  }
  await replaceAll(db, tables);
  await Dexie.delete(name);
}

/** Whether undoLastRestore has something to put back, and what. */
export async function previousDatabaseSummary(options: { previousName?: string } = {}): Promise<BackupSummary | undefined> {
  const name = options.previousName ?? PREVIOUS_DB;
  if (!(await Dexie.exists(name))) return undefined;
  const previous = new FactBaseDB(name);
  try {
    return await summarizeDatabase(previous);
  } finally {
    previous.close();
  }
}

/** Drop the copy kept for undo (it holds the user's notes too). */
export async function forgetPreviousDatabase(options: { previousName?: string } = {}): Promise<void> {
  await Dexie.delete(options.previousName ?? PREVIOUS_DB);
}

/**
 * One transaction over every table: clear, then write. The current managed feeds stay
 * (policy owns them) but are due at once, since the packs they delivered may be gone.
 * The revision moves past both the current and the backup's, so every cache recompiles.
 */
async function replaceAll(db: FactBaseDB, tables: BackupTables): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const revision = await getRevision(db);
    const managed = (await db.feeds.toArray()).filter((f) => f.managed).map(refetch);
    for (const name of TABLE_NAMES) await db.table(name).clear();
    await db.packs.bulkPut(tables.packs);
    await db.entityChunks.bulkPut(tables.entityChunks);
    await db.sourceChunks.bulkPut(tables.sourceChunks);
    await db.meta.bulkPut(tables.meta);
    await db.feeds.bulkPut([...tables.feeds.filter((f) => !managed.some((m) => m.url === f.url)), ...managed]);
    await db.edits.bulkPut(tables.edits);
    await bumpRevision(db, revision);
  });
}

function refetch(feed: FeedRecord): FeedRecord {
  const { etag: _e, lastModified: _m, lastChecked: _c, packId: _p, version: _v, ...rest } = feed;
  return rest;
}

async function readTables(db: FactBaseDB): Promise<BackupTables> {
  const [packs, entityChunks, sourceChunks, meta, feeds, edits] = await db.transaction('r', db.tables, () =>
    Promise.all([db.packs.toArray(), db.entityChunks.toArray(), db.sourceChunks.toArray(), db.meta.toArray(), db.feeds.toArray(), db.edits.toArray()]),
  );
  return { packs, entityChunks, sourceChunks, meta, feeds, edits };
}

function exportShape(tables: BackupTables, databaseName: string, databaseVersion: number) {
  return {
    databaseName,
    databaseVersion,
    tables: TABLE_NAMES.map((name) => ({ name, schema: '', rowCount: tables[name].length })),
    data: TABLE_NAMES.map((name) => ({ tableName: name, inbound: true, rows: tables[name] })),
  };
}

// ── For the options page until it moves to parseBackup + restoreBackup (engineer B).
export async function backupDatabase(db: FactBaseDB): Promise<Blob> {
  return new Blob([await backupText(db)], { type: 'application/json' });
}

export async function restoreDatabase(db: FactBaseDB, file: Blob): Promise<{ tables: number; rows: number }> {
  const checked = parseBackup(await file.text(), { databaseName: db.name });
  if (!checked.ok) throw new Error(checked.error);
  await restoreBackup(db, checked.backup);
  const t = checked.backup.tables;
  return { tables: TABLE_NAMES.length, rows: TABLE_NAMES.reduce((n, name) => n + t[name].length, 0) };
}
