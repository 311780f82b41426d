/**
 * OpenSanctions data in FollowTheMoney JSON lines (the `entities.ftm.json` export): one
 * record per line, `{ id, schema, properties: { prop: string[] }, datasets, first_seen,
 * last_seen }`. Person and Organization (and its kin) become entities; Position +
 * Occupancy (holder → post, startDate/endDate) become dated roles of the holder.
 *
 * Lines may come in any order (an Occupancy before its Person), so records are collected
 * first and linked in `finish`. `createOpenSanctionsImport` takes lines one at a time so
 * the caller can feed a file stream without holding it as one string.
 *
 * Every claim cites its record's page on opensanctions.org, built from the record id
 * (https://www.opensanctions.org/entities/<id>/), dated by the record's last_seen.
 */
import type { FactPackInput } from '../schema';
import { ErrorList, packHeader, stripBom, type ImportOptions, type ImportResult } from './types';
import { buildFtmPack, type FtmRecord } from './opensanctions-build';

export interface OpenSanctionsOptions extends ImportOptions {
  /** Called every 1,000 lines and once at the end, with lines done and lines in total. */
  onProgress?: (done: number, total: number) => void;
  /** Longer lines are refused: no real record is near this, a corrupt file can be. */
  maxLineLength?: number;
}

const DEFAULT_MAX_LINE = 1_000_000;
const PROGRESS_EVERY = 1000;

export interface OpenSanctionsImport {
  addLine(line: string): void;
  finish(): ImportResult;
}

export function createOpenSanctionsImport(options: OpenSanctionsOptions): OpenSanctionsImport {
  const maxLine = options.maxLineLength ?? DEFAULT_MAX_LINE;
  const errors = new ErrorList();
  const records: FtmRecord[] = [];
  const seen = new Map<string, number>();
  let lineNo = 0;

  function addLine(raw: string): void {
    lineNo++;
    const line = lineNo === 1 ? stripBom(raw).trim() : raw.trim();
    if (line === '') return;
    if (line.length > maxLine) return errors.add(`line ${lineNo}: ${line.length} characters long, more than the ${maxLine} allowed`);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return errors.add(`line ${lineNo}: not valid JSON${lineNo > 1 && !line.endsWith('}') ? ' (cut off?)' : ''}`);
    }
    const record = checkRecord(value, lineNo, errors);
    if (!record) return;
    const first = seen.get(record.id);
    if (first !== undefined) return errors.add(`line ${lineNo}: id "${record.id}" already appeared on line ${first}`);
    seen.set(record.id, lineNo);
    records.push(record);
  }

  function finish(): ImportResult {
    if (errors.count) return { ok: false, errors: errors.toArray() };
    if (records.length === 0) return { ok: false, errors: ['the file is empty: no FollowTheMoney records found'] };
    const header: Omit<FactPackInput, 'sources' | 'entities'> = packHeader(options, {
      id: 'opensanctions-import',
      title: 'OpenSanctions import',
      publisher: 'OpenSanctions',
    });
    return buildFtmPack(records, header, options.today);
  }

  return { addLine, finish };
}

/** Lines of a file, walked with indexOf so no array of 100k strings is built. */
function* linesOf(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    yield text.slice(start, end);
    start = end + 1;
  }
}

function countLines(text: string): number {
  let total = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) total++;
  return text.length && !text.endsWith('\n') ? total + 1 : total;
}

/** Import a whole file. */
export function importOpenSanctions(text: string, options: OpenSanctionsOptions): ImportResult {
  const reader = createOpenSanctionsImport(options);
  const total = countLines(text);
  let done = 0;
  for (const line of linesOf(text)) {
    reader.addLine(line);
    if (++done % PROGRESS_EVERY === 0) options.onProgress?.(done, total);
  }
  options.onProgress?.(done, total);
  return reader.finish();
}

function checkRecord(value: unknown, line: number, errors: ErrorList): FtmRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return void errors.add(`line ${line}: expected a JSON object (one FollowTheMoney record per line)`);
  }
  const r = value as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '') return void errors.add(`line ${line}: id must be a non-empty string`);
  if (typeof r.schema !== 'string') return void errors.add(`line ${line}: schema must be a string (record ${r.id})`);
  if (typeof r.properties !== 'object' || r.properties === null || Array.isArray(r.properties)) {
    return void errors.add(`line ${line}: properties must be an object (record ${r.id})`);
  }
  const properties: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(r.properties)) {
    if (!Array.isArray(list)) return void errors.add(`line ${line}: properties.${key} must be a list (record ${r.id})`);
    if (list.some((x) => typeof x === 'object' && x !== null)) {
      return void errors.add(
        `line ${line}: properties.${key} holds nested records: this is the nested export; use the FollowTheMoney entities file (entities.ftm.json)`,
      );
    }
    if (!list.every((x) => typeof x === 'string')) return void errors.add(`line ${line}: properties.${key} must be a list of strings (record ${r.id})`);
    properties[key] = list as string[];
  }
  const datasets = Array.isArray(r.datasets) ? r.datasets.filter((d): d is string => typeof d === 'string') : [];
  return {
    id: r.id,
    schema: r.schema,
    properties,
    datasets,
    caption: typeof r.caption === 'string' ? r.caption : undefined,
    firstSeen: typeof r.first_seen === 'string' ? r.first_seen : undefined,
    lastSeen: typeof r.last_seen === 'string' ? r.last_seen : undefined,
  };
}
