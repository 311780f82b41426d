/**
 * One entry point for the options page's Import: pick the importer from the
 * file name and content, run it, report progress. Pure (text in, result out).
 */
import { importCsv } from './importers/csv';
import { importOpenSanctions, importOpenSanctionsAsync } from './importers/opensanctions';
import { slugify } from './importers/slug';
import { importPackJson } from './importers/pack-json';
import { importWikidata } from './importers/wikidata';
import type { ImportResult } from './importers/types';

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
      return importCsv(text, meta);
    case 'opensanctions':
      return importOpenSanctions(text, openSanctionsOptions(options));
    case 'wikidata':
      return importWikidata(text, { ...meta, publisher: 'Wikidata (imported)' });
  }
}

/** As runImport, but a long OpenSanctions file yields to the page between slices (progress bar). */
export async function runImportAsync(text: string, options: RunImportOptions): Promise<ImportResult> {
  return options.format === 'opensanctions' ? importOpenSanctionsAsync(text, openSanctionsOptions(options)) : runImport(text, options);
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop()?.replace(/\.[^.]+$/, '') ?? fileName;
}

