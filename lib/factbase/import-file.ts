/**
 * One entry point for the options page's Import: decode the file's bytes (see
 * importers/encoding.ts), pick the importer from the file name and content, run it,
 * report progress. Pure (bytes or text in, result out); the options page runs it in a
 * worker (import-job.ts), so nothing here yields to a UI thread.
 */
import { importCsv } from './importers/csv';
import { importOpenSanctions } from './importers/opensanctions';
import { slugify } from './importers/slug';
import { importPackJson } from './importers/pack-json';
import { importWikidata } from './importers/wikidata';
import type { ImportResult } from './importers/types';
import { decodeAs, detectEncoding, firstInvalidUtf8, type TextEncoding } from './importers/encoding';

export type ImportFormat = 'pack' | 'csv' | 'opensanctions' | 'wikidata';

export const FORMAT_LABEL: Record<ImportFormat, string> = {
  pack: 'Silk Lens pack (JSON)',
  csv: 'CSV (see docs/import-formats.md)',
  opensanctions: 'OpenSanctions FollowTheMoney (JSON lines)',
  wikidata: 'Wikidata SPARQL result (JSON)',
};

/** Guess the format; the user can override it in the form. */
export function detectFormat(fileName: string, text: string): ImportFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'csv';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson') || name.endsWith('.ftm.json')) return 'opensanctions';
  const head = text.slice(0, 2000).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') && /"format"\s*:\s*"silklens-pack/.test(head)) return 'pack';
  if (head.startsWith('{') && /"head"\s*:\s*\{\s*"vars"/.test(head)) return 'wikidata';
  // A JSON object per line with a FollowTheMoney schema field.
  const firstLine = head.split('\n', 1)[0] ?? '';
  if (firstLine.startsWith('{') && firstLine.endsWith('}') && /"schema"\s*:/.test(firstLine)) return 'opensanctions';
  return 'pack';
}

export interface RunImportOptions {
  format: ImportFormat;
  today: string;
  fileName: string;
  /** CSV: characters parsed of the text; OpenSanctions: lines read of the file. */
  onProgress?: (done: number, total: number) => void;
}

/** Pack id and title for an imported file: re-importing the same file replaces its pack. */
function importMeta(fileName: string, today: string, fallbackId: string) {
  const base = baseName(fileName);
  return { today, packId: `import-${slugify(base).slice(0, 60).replace(/-+$/, '') || fallbackId}`, title: `Imported: ${base}`, publisher: 'Imported by the user' };
}

function openSanctionsOptions(options: RunImportOptions) {
  return {
    ...importMeta(options.fileName, options.today, options.format),
    publisher: 'OpenSanctions (imported)',
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
}

export function runImport(text: string, options: RunImportOptions): ImportResult {
  const meta = importMeta(options.fileName, options.today, options.format);
  switch (options.format) {
    case 'pack':
      return importPackJson(text);
    case 'csv':
      return importCsv(text, { ...meta, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    case 'opensanctions':
      return importOpenSanctions(text, openSanctionsOptions(options));
    case 'wikidata':
      return importWikidata(text, { ...meta, publisher: 'Wikidata (imported)' });
  }
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop()?.replace(/\.[^.]+$/, '') ?? fileName;
}


export type DecodedImport =
  | {
      ok: true;
      text: string;
      encoding: TextEncoding;
      /** certain: valid UTF-8 or a byte order mark; guessed: scored among Cyrillic code pages; chosen: the user's pick. */
      how: 'certain' | 'guessed' | 'chosen';
      /** U+FFFD characters in the text: the user must be told before anything is imported. */
      replacements: number;
    }
  | { ok: false; error: string };

/**
 * Bytes → text for one format. Pack JSON, OpenSanctions and Wikidata files are UTF-8 by
 * their specifications (RFC 8259 for JSON), so anything else is refused with the offset
 * of the first bad byte rather than imported as mojibake. A CSV is decoded as the user
 * chose, else as UTF-8 when valid, else as the best-scoring Cyrillic code page.
 */
export function decodeImport(bytes: Uint8Array, format: ImportFormat, chosen?: TextEncoding): DecodedImport {
  if (format !== 'csv') {
    const bad = firstInvalidUtf8(bytes);
    if (bad !== null) {
      return {
        ok: false,
        error: `this file is not UTF-8 text (byte ${bad + 1} is not valid UTF-8), and ${FORMAT_LABEL[format]} files are UTF-8 by specification; export or save it as UTF-8 and import it again`,
      };
    }
    return { ok: true, ...decodeAs(bytes, 'utf-8'), how: 'certain' };
  }
  if (chosen) return { ok: true, ...decodeAs(bytes, chosen), how: 'chosen' };
  const detected = detectEncoding(bytes);
  return { ok: true, ...decodeAs(bytes, detected.encoding), how: detected.how };
}

/** Enough of the file, read leniently, to recognise its format. */
export function sniffText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
}

export interface ImportBytesOptions extends Omit<RunImportOptions, 'format'> {
  /** Omitted: detected from the file name and content. */
  format?: ImportFormat;
  /** CSV only: the encoding the user picked; omitted: detected. */
  encoding?: TextEncoding;
}

export type ImportBytesResult =
  | { format: ImportFormat; decoded: Extract<DecodedImport, { ok: true }>; result: ImportResult }
  | { format: ImportFormat; decoded: Extract<DecodedImport, { ok: false }>; result: { ok: false; errors: string[] } };

/** Decode and import a file as the options page does; the caller previews the result. */
export async function importBytes(bytes: Uint8Array, options: ImportBytesOptions): Promise<ImportBytesResult> {
  const format = options.format ?? detectFormat(options.fileName, sniffText(bytes));
  const decoded = decodeImport(bytes, format, format === 'csv' ? options.encoding : undefined);
  if (!decoded.ok) return { format, decoded, result: { ok: false, errors: [decoded.error] } };
  const { encoding: _e, format: _f, ...run } = options;
  return { format, decoded, result: runImport(decoded.text, { ...run, format }) };
}
