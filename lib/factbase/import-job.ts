/**
 * One import, as the options page's worker runs it: bytes → decode → parse → check →
 * stage (importers/staging.ts), posting progress on the way. The pack itself never goes
 * back to the page: the page gets what the preview shows (counts, sample names, the
 * encoding, warnings) and the background reads the pack from the staging area.
 *
 * The worker protocol (requests in, progress and one outcome out) is declared here so
 * the worker file and the page that starts it compile against the same types.
 */
import { detectFormat, importBytes, sniffText, type DecodedImport, type ImportFormat } from './import-file';
import type { TextEncoding } from './importers/encoding';
import { MAX_IMPORT_ENTITIES, writeStage } from './importers/staging';
import type { FactPack } from './schema';

export interface ImportJobRequest {
  /** The file's bytes, transferred to the worker (the page keeps its own copy for re-decoding). */
  bytes: ArrayBuffer;
  fileName: string;
  /** Omitted: detected from the file name and content. */
  format?: ImportFormat;
  /** CSV only: the encoding the user picked. */
  encoding?: TextEncoding;
  today: string;
  /** Where the checked pack is staged; the page chooses it so it can discard it on cancel. */
  stageId: string;
}

/** parse: characters (CSV) or lines (OpenSanctions) of the file; check: building and validating (no steps); stage: entities stored. */
export type ImportPhase = 'parse' | 'check' | 'stage';
export interface ImportJobProgress {
  kind: 'progress';
  phase: ImportPhase;
  done: number;
  total: number;
  /** What `done` counts while parsing: an OpenSanctions file is read line by line, a CSV slice by slice. */
  unit: 'lines' | 'characters' | 'entities';
}

export type DecodedSummary = Omit<Extract<DecodedImport, { ok: true }>, 'text'> & { format: ImportFormat };

/** What the preview shows before the background's diff: enough to see a wrong encoding at once. */
export interface StagedSummary {
  title: string;
  version: string;
  entities: number;
  /** The first entities' names in every language. */
  sampleNames: string[];
}

export type ImportJobOutcome =
  | { kind: 'staged'; stageId: string; decoded: DecodedSummary; warnings: string[]; pack: StagedSummary }
  | { kind: 'failed'; errors: string[]; decoded?: DecodedSummary };

export type ImportWorkerMessage = ImportJobProgress | ImportJobOutcome;

const SAMPLE_NAMES = 5;

export interface ImportJobDeps {
  /** Test seam: the entity limit (MAX_IMPORT_ENTITIES). */
  maxEntities?: number;
  stage?: (pack: FactPack, stageId: string, onProgress: (done: number, total: number) => void) => Promise<unknown>;
}

export async function runImportJob(
  request: ImportJobRequest,
  post: (message: ImportJobProgress) => void,
  deps: ImportJobDeps = {},
): Promise<ImportJobOutcome> {
  const bytes = new Uint8Array(request.bytes);
  // Detected here, not left to importBytes: progress names its unit by the format.
  const format = request.format ?? detectFormat(request.fileName, sniffText(bytes));
  let checking = false;
  const { decoded: decodedFull, result } = await importBytes(bytes, {
    format,
    ...(request.encoding ? { encoding: request.encoding } : {}),
    today: request.today,
    fileName: request.fileName,
    onProgress: (done, total) => {
      if (checking) return;
      post({ kind: 'progress', phase: 'parse', done, total, unit: format === 'opensanctions' ? 'lines' : 'characters' });
      // The importers report parsing only; what follows is building and the schema check.
      if (done >= total) {
        checking = true;
        post({ kind: 'progress', phase: 'check', done: 0, total: 0, unit: 'entities' });
      }
    },
  });
  if (!decodedFull.ok) return { kind: 'failed', errors: [decodedFull.error] };
  const { text: _text, ...rest } = decodedFull;
  const decoded: DecodedSummary = { ...rest, format };
  if (!result.ok) return { kind: 'failed', errors: result.errors, decoded };
  const { pack } = result;
  const max = deps.maxEntities ?? MAX_IMPORT_ENTITIES;
  if (pack.entities.length > max) {
    return { kind: 'failed', errors: [`an import holds at most ${max.toLocaleString('en')} entities; this file has ${pack.entities.length.toLocaleString('en')}: split it into smaller files`], decoded };
  }
  const stage = deps.stage ?? ((p, id, onProgress) => writeStage(p, id, { onProgress }));
  try {
    await stage(pack, request.stageId, (done, total) => post({ kind: 'progress', phase: 'stage', done, total, unit: 'entities' }));
  } catch (error) {
    return { kind: 'failed', errors: [`could not hand the import to the fact base: ${error instanceof Error ? error.message : String(error)}`], decoded };
  }
  return {
    kind: 'staged',
    stageId: request.stageId,
    decoded,
    warnings: result.warnings,
    pack: {
      title: pack.title,
      version: pack.version,
      entities: pack.entities.length,
      sampleNames: pack.entities.slice(0, SAMPLE_NAMES).map((e) => [...new Set(Object.values(e.names).filter(Boolean))].join(' / ')),
    },
  };
}
