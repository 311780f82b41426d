/**
 * The import staging area: where the options page's import worker leaves a parsed,
 * checked pack for the background to preview and apply. A separate IndexedDB database
 * of the extension's origin, never the fact base (the background stays its one writer):
 * the worker writes it, the background reads it and drops it.
 *
 * Why not messages: a pack crossed Chrome's JSON messaging as one string (39.9 MiB at
 * 50,000 OpenSanctions entities, ~2 s to carry) and a 200,000-entity CSV makes 71 MiB,
 * past the 64 MiB limit. IndexedDB takes the objects by structured clone in the worker's
 * own thread, has no size cap, and the staged pack outlives a sleeping service worker,
 * so Apply never has to send it again (scripts/bench-import-browser.ts measures both).
 *
 * A half-written stage can never be applied: the chunks and the manifest go in one
 * transaction (a terminated worker aborts it), and the reader checks the manifest's
 * chunk, entity and source counts and a checksum of every id before handing the pack on.
 * Raw IndexedDB rather than Dexie: Dexie is the fact base's library, confined to the
 * background by the boundary rules, and two object stores need no more.
 */
import type { Entity, FactPack, Source } from '../schema';

export const STAGING_DB = 'silklens-import-staging';
const STAGES = 'stages';
const CHUNKS = 'chunks';
/** Entities (and sources) per stored record: 100 records for a 200,000-entity pack. */
export const STAGE_CHUNK = 2000;
/** An import larger than this is refused before anything is staged, diffed or written. */
export const MAX_IMPORT_ENTITIES = 200_000;
/** A stage nobody applied or discarded (a crashed page) is dropped after this long. */
export const STAGE_MAX_AGE_MS = 60 * 60 * 1000;

type PackHeader = Omit<FactPack, 'entities' | 'sources'>;

export interface StageManifest {
  stageId: string;
  createdAt: number;
  header: PackHeader;
  entities: number;
  sources: number;
  chunks: number;
  checksum: number;
}

interface StageChunk {
  stageId: string;
  index: number;
  entities: Entity[];
  sources: Source[];
}

export type StageRead = { ok: true; pack: FactPack } | { ok: false; error: string };

function open(idb: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = idb.open(STAGING_DB, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STAGES, { keyPath: 'stageId' });
      request.result.createObjectStore(CHUNKS, { keyPath: ['stageId', 'index'] });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('could not open the import staging database'));
    request.onblocked = () => reject(new Error('the import staging database is held open by an older version of Silk Lens'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('the staging transaction was aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('the staging transaction failed'));
  });
}

/**
 * FNV-1a over every entity id (with its claim counts) and source id, in order: a stage
 * missing or mixing chunks, or cut short, does not add up to its manifest.
 */
export function stageChecksum(entities: readonly Entity[], sources: readonly Source[]): number {
  let h = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193); // separator: "ab"+"c" differs from "a"+"bc"
  };
  for (const e of entities) mix(`${e.id}:${e.roles.length}:${e.facts.length}:${e.aliases.length}`);
  for (const s of sources) mix(s.id);
  return h >>> 0;
}

/**
 * Stage a checked pack under `stageId`, replacing every earlier stage (one import at a
 * time). Resolves once the transaction has committed; `onProgress` counts entities
 * handed to IndexedDB.
 */
export async function writeStage(
  pack: FactPack,
  stageId: string,
  options: { idb?: IDBFactory; now?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<StageManifest> {
  const db = await open(options.idb ?? indexedDB);
  try {
    const { entities, sources, ...header } = pack;
    const chunks = Math.max(1, Math.ceil(entities.length / STAGE_CHUNK), Math.ceil(sources.length / STAGE_CHUNK));
    const manifest: StageManifest = {
      stageId, createdAt: options.now ?? Date.now(), header, entities: entities.length, sources: sources.length, chunks,
      checksum: stageChecksum(entities, sources),
    };
    const tx = db.transaction([STAGES, CHUNKS], 'readwrite');
    const committed = done(tx);
    tx.objectStore(STAGES).clear();
    tx.objectStore(CHUNKS).clear();
    // Every put is issued before the first await: the transaction stays open until all land.
    for (let index = 0; index < chunks; index++) {
      const slice = (list: readonly unknown[]) => list.slice(index * STAGE_CHUNK, (index + 1) * STAGE_CHUNK);
      const chunk = { stageId, index, entities: slice(entities), sources: slice(sources) } as StageChunk;
      const put = tx.objectStore(CHUNKS).put(chunk);
      put.onsuccess = () => options.onProgress?.(Math.min((index + 1) * STAGE_CHUNK, entities.length), entities.length);
    }
    // The manifest last: a reader that finds it finds every chunk of the same transaction.
    tx.objectStore(STAGES).put(manifest);
    await committed;
    return manifest;
  } finally {
    db.close();
  }
}

/** The staged pack, or why it cannot be used (gone, cut short, or not adding up). */
export async function readStage(stageId: string, idb: IDBFactory = indexedDB): Promise<StageRead> {
  const db = await open(idb);
  try {
    const tx = db.transaction([STAGES, CHUNKS], 'readonly');
    const committed = done(tx);
    const manifest = request<StageManifest | undefined>(tx.objectStore(STAGES).get(stageId));
    const chunks = request<StageChunk[]>(tx.objectStore(CHUNKS).getAll(IDBKeyRange.bound([stageId, 0], [stageId, Infinity])));
    const [m, list] = await Promise.all([manifest, chunks, committed]);
    if (!m) return { ok: false, error: 'this import is no longer staged (cancelled, replaced by another import, or older than an hour): choose the file again' };
    if (list.length !== m.chunks || list.some((c, i) => c.index !== i)) {
      return { ok: false, error: `the staged import is incomplete (${list.length} of ${m.chunks} parts): choose the file again` };
    }
    const entities = list.flatMap((c) => c.entities);
    const sources = list.flatMap((c) => c.sources);
    if (entities.length !== m.entities || sources.length !== m.sources || stageChecksum(entities, sources) !== m.checksum) {
      return { ok: false, error: 'the staged import does not match what was staged (count or checksum): choose the file again' };
    }
    if (entities.length > MAX_IMPORT_ENTITIES) return { ok: false, error: `an import holds at most ${MAX_IMPORT_ENTITIES} entities` };
    return { ok: true, pack: { ...m.header, entities, sources } };
  } finally {
    db.close();
  }
}

/**
 * Drop every stage, or only one (`stageId`: a cancel must not drop a newer import's
 * stage), or only stages created before `olderThan`.
 */
export async function dropStages(options: { idb?: IDBFactory; olderThan?: number; stageId?: string } = {}): Promise<void> {
  const db = await open(options.idb ?? indexedDB);
  try {
    const tx = db.transaction([STAGES, CHUNKS], 'readwrite');
    const committed = done(tx);
    if (options.stageId !== undefined) {
      tx.objectStore(STAGES).delete(options.stageId);
      tx.objectStore(CHUNKS).delete(IDBKeyRange.bound([options.stageId, 0], [options.stageId, Infinity]));
    } else if (options.olderThan === undefined) {
      tx.objectStore(STAGES).clear();
      tx.objectStore(CHUNKS).clear();
    } else {
      const cutoff = options.olderThan;
      const all = tx.objectStore(STAGES).getAll();
      // Deletes issued from the success callback, while the transaction is surely active.
      all.onsuccess = () => {
        for (const m of all.result as StageManifest[]) {
          if (m.createdAt >= cutoff) continue;
          tx.objectStore(STAGES).delete(m.stageId);
          tx.objectStore(CHUNKS).delete(IDBKeyRange.bound([m.stageId, 0], [m.stageId, Infinity]));
        }
      };
    }
    await committed;
  } finally {
    db.close();
  }
}

function request<T>(r: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result as T);
    r.onerror = () => reject(r.error ?? new Error('a staging request failed'));
  });
}
