/**
 * CSV import: one row per claim (a role or a fact), rows of the same entity grouped by
 * `entity_id` (or, when that is empty, by `type` + `name_en`). Parsed with papaparse so
 * quoted commas and line breaks inside cells work. Rows are numbered as a spreadsheet
 * shows them: the header is row 1.
 *
 * Columns (header names are case-insensitive; order is free; documented in docs/import-formats.md):
 *   entity_id        optional; lower-case-hyphenated; default: slug of name_en, de-duplicated
 *   type             required per entity: person | country | region | organization | event
 *   name_en          required per entity; name_ru, name_kk, name_ky, name_tg, name_tk, name_uz optional
 *   alias, alias_ru  optional; several separated by "|"; alias_ru aliases are Russian (declined)
 *   gender           optional: m | f       country, description: optional
 *   role_title       a role; role_title_ru, role_office, role_from, role_to optional
 *                    (empty role_to = still held as of the source)
 *   fact_text        a fact; fact_date required with it; fact_tags optional ("|"-separated)
 *   source_title, source_publisher, source_date  required on every row with a role or a fact
 *   source_url       optional http(s) URL
 * Entity-level cells (type, names, gender, country, description) may repeat on every row
 * of the entity; a different value on a later row is an error, not a silent overwrite.
 */
import Papa from 'papaparse';
import { ENTITY_TYPES, LANGS, type EntityType, type FactPackInput, type Lang } from '../schema';
import { IdAllocator } from './slug';
import { ErrorList, finishImport, isIsoDate, packHeader, stripBom, type ImportOptions, type ImportResult } from './types';

type EntityInput = FactPackInput['entities'][number];
type SourceInput = FactPackInput['sources'][number];

const NAME_COLUMNS = LANGS.map((lang) => `name_${lang}`);
const ENTITY_COLUMNS = ['entity_id', 'type', ...NAME_COLUMNS, 'alias', 'alias_ru', 'gender', 'country', 'description'];
const CLAIM_COLUMNS = ['role_title', 'role_title_ru', 'role_office', 'role_from', 'role_to', 'fact_text', 'fact_date', 'fact_tags'];
const SOURCE_COLUMNS = ['source_title', 'source_publisher', 'source_date', 'source_url'];
const CSV_COLUMNS: readonly string[] = [...ENTITY_COLUMNS, ...CLAIM_COLUMNS, ...SOURCE_COLUMNS];
const REQUIRED_COLUMNS = ['type', 'name_en'];
/** No cell in a fact base needs more; a longer one is a broken quote swallowing the file. */
const MAX_CELL = 10_000;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Row = Record<string, string>;
interface Group { fields: Row; fieldRows: Record<string, number>; rows: { row: number; cells: Row }[] }

export interface CsvImportOptions extends ImportOptions {
  /** Called after every parsed slice of the file, with characters done and in total. */
  onProgress?: (done: number, total: number) => void;
  /** Test seam: characters per parsed slice (PARSE_SLICE). */
  sliceChars?: number;
}

/**
 * Papaparse reads the text a slice at a time: on 200,000 generated rows
 * (scripts/fixtures/csv-generator.ts, Node 20 on the shared 2-core machine) whole-string
 * parsing took 2.9 s and 1 MiB slices 1.5 s, and slices give the progress bar its steps.
 */
const PARSE_SLICE = 1 << 20;

export function importCsv(text: string, options: CsvImportOptions): ImportResult {
  const body = stripBom(text);
  if (body.trim() === '') return { ok: false, errors: ['the file is empty'] };
  const errors = new ErrorList();
  // Empty lines are kept (and skipped below) so row numbers match what a spreadsheet shows.
  const rows: string[][] = [];
  // A string input with `chunk` is parsed synchronously, slice by slice (papaparse 5.7;
  // its typings list `chunk` for files only, hence `complete`, which runs at the end).
  Papa.parse<string[]>(body, {
    skipEmptyLines: false,
    chunkSize: options.sliceChars ?? PARSE_SLICE,
    complete: () => undefined,
    chunk: (slice: Papa.ParseResult<string[]>) => {
      for (const e of slice.errors) {
        if (e.code === 'UndetectableDelimiter') continue; // one-column files: papaparse falls back to ',' which is right
        // A slice numbers its rows from 0: add the rows of the slices before it.
        const where = e.row === undefined ? '' : `row ${rows.length + e.row + 1}: `;
        errors.add(e.code === 'MissingQuotes' ? `${where}a quoted cell is never closed (truncated file?)` : `${where}${e.message}`);
      }
      for (const row of slice.data) rows.push(row);
      options.onProgress?.(Math.min(slice.meta.cursor, body.length), body.length);
    },
  });
  if (errors.count) return { ok: false, errors: errors.toArray() };

  const [headerCells = [], ...records] = rows;
  const header = headerCells.map((h) => h.trim().toLowerCase());
  const warnings: string[] = [];
  checkHeader(header, errors, warnings);
  if (errors.count) return { ok: false, errors: errors.toArray() };
  if (records.every(isBlank)) return { ok: false, errors: ['no data rows after the header'] };

  const groups = new Map<string, Group>();
  records.forEach((cells, i) => {
    const row = i + 2;
    if (isBlank(cells)) return;
    if (cells.length !== header.length) {
      errors.add(`row ${row}: has ${cells.length} cells but the header has ${header.length}`);
      return;
    }
    const values: Row = {};
    header.forEach((column, c) => (values[column] = (cells[c] ?? '').trim()));
    const long = header.find((column) => (values[column] ?? '').length > MAX_CELL);
    if (long) return errors.add(`row ${row}: ${long} is ${values[long]?.length} characters long (limit ${MAX_CELL})`);
    addRow(groups, row, values, errors);
  });
  if (errors.count) return { ok: false, errors: errors.toArray() };
  return buildPack([...groups.values()], options, errors, warnings);
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

function checkHeader(header: string[], errors: ErrorList, warnings: string[]): void {
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) errors.add(`header (row 1): missing required column(s) ${missing.join(', ')}`);
  header.forEach((column, i) => {
    const first = header.indexOf(column);
    if (first !== i) errors.add(`header (row 1): column "${column}" appears twice (columns ${first + 1} and ${i + 1})`);
  });
  const unknown = header.filter((c) => !CSV_COLUMNS.includes(c));
  if (unknown.length) warnings.push(`ignored unknown column(s): ${unknown.join(', ')}`);
}

function addRow(groups: Map<string, Group>, row: number, v: Row, errors: ErrorList): void {
  const id = v.entity_id ?? '';
  if (id && !ID.test(id)) return errors.add(`row ${row}: entity_id "${id}" must be lower-case ascii words joined by hyphens`);
  if (!id && !v.name_en) return errors.add(`row ${row}: needs entity_id or name_en to say which entity it is about`);
  const key = id ? `id:${id}` : `name:${v.type ?? ''}:${v.name_en ?? ''}`;
  let group = groups.get(key);
  if (!group) groups.set(key, (group = { fields: {}, fieldRows: {}, rows: [] }));
  for (const column of ENTITY_COLUMNS) {
    const value = v[column];
    if (!value || column.startsWith('alias')) continue;
    const known = group.fields[column];
    if (known === undefined) {
      group.fields[column] = value;
      group.fieldRows[column] = row;
    } else if (known !== value) {
      errors.add(`row ${row}: ${column} "${value}" conflicts with "${known}" on row ${group.fieldRows[column]} for the same entity`);
    }
  }
  group.rows.push({ row, cells: v });
}

function buildPack(groups: Group[], options: ImportOptions, errors: ErrorList, warnings: string[]): ImportResult {
  const ids = new IdAllocator();
  for (const g of groups) if (g.fields.entity_id) ids.reserve(g.fields.entity_id);
  const sources = new Map<string, SourceInput>();
  const entities: EntityInput[] = [];
  for (const g of groups) {
    const entity = buildEntity(g, ids, options.today, errors);
    if (!entity) continue;
    for (const { row, cells } of g.rows) addClaims(entity, row, cells, sources, errors);
    entities.push(entity);
  }
  if (errors.count) return { ok: false, errors: errors.toArray() };
  const pack: FactPackInput = {
    ...packHeader(options, { id: 'csv-import', title: 'CSV import', publisher: 'CSV import' }),
    sources: [...sources.values()],
    entities,
  };
  return finishImport(pack, warnings);
}

function buildEntity(g: Group, ids: IdAllocator, today: string, errors: ErrorList): EntityInput | undefined {
  const f = g.fields;
  const where = `rows ${g.rows.map((r) => r.row).join(', ')}`;
  const type = f.type?.toLowerCase();
  if (!type) return void errors.add(`${where}: entity has no type (one of ${ENTITY_TYPES.join(', ')})`);
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
    return void errors.add(`row ${g.fieldRows.type}: type "${f.type}" is not one of ${ENTITY_TYPES.join(', ')}`);
  }
  if (!f.name_en) return void errors.add(`${where}: entity has no name_en`);
  if (f.gender && f.gender !== 'm' && f.gender !== 'f') {
    return void errors.add(`row ${g.fieldRows.gender}: gender "${f.gender}" must be m or f`);
  }
  if (f.country && !ID.test(f.country)) {
    return void errors.add(`row ${g.fieldRows.country}: country "${f.country}" must be an entity id such as kazakhstan`);
  }
  const names: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) if (f[`name_${lang}`]) names[lang] = f[`name_${lang}`];
  const aliases = new Map<string, { text: string; lang?: Lang }>();
  for (const { cells } of g.rows) {
    for (const text of split(cells.alias)) aliases.set(text, { text });
    for (const text of split(cells.alias_ru)) aliases.set(text, { text, lang: 'ru' });
  }
  return {
    id: f.entity_id ?? ids.allocate(f.name_en, f.name_en),
    type: type as EntityType,
    names,
    ...(f.gender ? { gender: f.gender as 'm' | 'f' } : {}),
    ...(f.country ? { country: f.country } : {}),
    ...(f.description ? { description: f.description } : {}),
    aliases: [...aliases.values()],
    roles: [],
    facts: [],
    checked: today,
  };
}

function addClaims(entity: EntityInput, row: number, v: Row, sources: Map<string, SourceInput>, errors: ErrorList): void {
  const hasRole = Boolean(v.role_title);
  const hasFact = Boolean(v.fact_text);
  const orphanRole = ['role_title_ru', 'role_office', 'role_from', 'role_to'].find((c) => v[c] && !hasRole);
  if (orphanRole) return errors.add(`row ${row}: ${orphanRole} is set but role_title is empty`);
  const orphanFact = ['fact_date', 'fact_tags'].find((c) => v[c] && !hasFact);
  if (orphanFact) return errors.add(`row ${row}: ${orphanFact} is set but fact_text is empty`);
  if (!hasRole && !hasFact) return;
  const sourceId = sourceFor(row, v, sources, errors);
  if (!sourceId) return;
  if (hasRole) {
    for (const column of ['role_from', 'role_to']) {
      if (v[column] && !isIsoDate(v[column])) return errors.add(`row ${row}: ${column} "${v[column]}" must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
    entity.roles?.push({
      title: v.role_title ?? '',
      ...(v.role_title_ru ? { titleRu: v.role_title_ru } : {}),
      ...(v.role_office ? { office: v.role_office } : {}),
      ...(v.role_from ? { from: v.role_from } : {}),
      to: v.role_to || null,
      sources: [sourceId],
    });
  }
  if (hasFact) {
    if (!v.fact_date) return errors.add(`row ${row}: the fact has no fact_date; every fact needs a date`);
    if (!isIsoDate(v.fact_date)) return errors.add(`row ${row}: fact_date "${v.fact_date}" must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    const tags = split(v.fact_tags);
    entity.facts?.push({ text: v.fact_text ?? '', date: v.fact_date, sources: [sourceId], ...(tags.length ? { tags } : {}) });
  }
}

/** Rows citing the same title/publisher/date/url share one source. */
function sourceFor(row: number, v: Row, sources: Map<string, SourceInput>, errors: ErrorList): string | undefined {
  const missing = ['source_title', 'source_publisher', 'source_date'].filter((c) => !v[c]);
  if (missing.length) return void errors.add(`row ${row}: a role or fact needs a source; missing ${missing.join(', ')}`);
  const date = v.source_date ?? '';
  if (!isIsoDate(date)) return void errors.add(`row ${row}: source_date "${date}" must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const url = v.source_url;
  if (url && !/^https?:\/\/[^\s]+$/.test(url)) return void errors.add(`row ${row}: source_url "${url}" must be an http(s) URL`);
  const key = JSON.stringify([v.source_title, v.source_publisher, date, url ?? '']);
  let source = sources.get(key);
  if (!source) {
    source = { id: `csv-${sources.size + 1}`, title: v.source_title ?? '', publisher: v.source_publisher ?? '', date, ...(url ? { url } : {}) };
    sources.set(key, source);
  }
  return source.id;
}

function split(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean);
}
