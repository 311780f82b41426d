/**
 * The import entry point for the options page: guess the format from the file, run the
 * matching importer. Guessing looks only at the file name and the first line / first
 * 4 KB, so it stays instant on a 25 MB OpenSanctions file.
 */
import { importCsv } from './csv';
import { importOpenSanctions, type OpenSanctionsOptions } from './opensanctions';
import { importPackJson } from './pack-json';
import { stripBom, type ImportResult } from './types';
import { importWikidata } from './wikidata';

export type { ImportOptions, ImportResult } from './types';
export { createOpenSanctionsImport, type OpenSanctionsOptions } from './opensanctions';
export { importCsv, importOpenSanctions, importPackJson, importWikidata };

export type ImportFormat = 'pack-json' | 'csv' | 'opensanctions' | 'wikidata';

export const IMPORT_FORMATS: readonly { format: ImportFormat; label: string }[] = [
  { format: 'pack-json', label: 'Silk Lens pack (JSON)' },
  { format: 'csv', label: 'CSV (see docs/import-formats.md)' },
  { format: 'opensanctions', label: 'OpenSanctions FollowTheMoney (JSON lines)' },
  { format: 'wikidata', label: 'Wikidata SPARQL result (JSON)' },
];

export function detectFormat(fileName: string, text: string): ImportFormat | undefined {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'csv';
  const head = stripBom(text.slice(0, 4096)).trimStart();
  if (!head.startsWith('{')) return name.endsWith('.json') ? 'pack-json' : undefined;
  const firstLine = head.split('\n', 1)[0] ?? '';
  if (/"schema"\s*:/.test(firstLine) && /"properties"\s*:/.test(firstLine)) return 'opensanctions';
  if (/"head"\s*:/.test(head) && /"vars"\s*:/.test(head)) return 'wikidata';
  return 'pack-json';
}

export function runImport(format: ImportFormat, text: string, options: OpenSanctionsOptions): ImportResult {
  switch (format) {
    case 'pack-json':
      return importPackJson(text);
    case 'csv':
      return importCsv(text, options);
    case 'opensanctions':
      return importOpenSanctions(text, options);
    case 'wikidata':
      return importWikidata(text, options);
  }
}

