/**
 * Wikidata office holders from a SPARQL query result in JSON
 * (`application/sparql-results+json`: `{ head: { vars }, results: { bindings } }`).
 * One row per (person, position held) statement: P39 "position held" with its P580
 * "start time" and P582 "end time" qualifiers. Rows of one person become one entity with
 * one role per row; each role cites the person's Wikidata page, dated by the import.
 *
 * Expected query (also in docs/import-formats.md; run at https://query.wikidata.org and
 * download as JSON). Only person, personLabel and positionLabel are required:
 *
 *   SELECT ?person ?personLabel ?personDescription ?nameRu ?position ?positionLabel
 *          ?start ?startPrecision ?end ?endPrecision WHERE {
 *     VALUES ?position { wd:Q… }                      # the offices you want
 *     ?person p:P39 ?held . ?held ps:P39 ?position .
 *     OPTIONAL { ?held pqv:P580 [ wikibase:timeValue ?start; wikibase:timePrecision ?startPrecision ] }
 *     OPTIONAL { ?held pqv:P582 [ wikibase:timeValue ?end; wikibase:timePrecision ?endPrecision ] }
 *     OPTIONAL { ?person rdfs:label ?nameRu FILTER(LANG(?nameRu) = "ru") }
 *     SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
 *   }
 *
 * Precision matters: Wikidata stores "1994" as 1994-01-01T00:00:00Z with precision 9, so
 * without ?startPrecision a year would read as 1 January.
 */
import type { FactPackInput, Lang } from '../schema';
import { parseJson } from './pack-json';
import { IdAllocator } from './slug';
import { ErrorList, dateOnly, finishImport, packHeader, type ImportOptions, type ImportResult } from './types';

type EntityInput = FactPackInput['entities'][number];
type Binding = Record<string, { type: string; value: string }>;

const REQUIRED_VARS = ['person', 'personLabel', 'positionLabel'];
const NAME_VARS: Partial<Record<string, Lang>> = { nameRu: 'ru', nameKk: 'kk', nameKy: 'ky', nameTg: 'tg', nameTk: 'tk', nameUz: 'uz' };
const ITEM = /^https?:\/\/www\.wikidata\.org\/entity\/(Q\d+)$/;
/** wikibase:timePrecision: 9 year, 10 month, 11 day; coarser (decade, century) is too vague for a role. */
const PRECISION_LENGTH: Record<string, number> = { '9': 4, '10': 7, '11': 10 };

interface Person { qid: string; entity: EntityInput; roleKeys: Set<string> }

export function importWikidata(text: string, options: ImportOptions): ImportResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const shape = checkShape(parsed.value);
  if (typeof shape === 'string') return { ok: false, errors: [shape] };
  const { vars, bindings } = shape;
  const missing = REQUIRED_VARS.filter((v) => !vars.includes(v));
  if (missing.length) return { ok: false, errors: [`head.vars: missing ${missing.join(', ')}; see docs/import-formats.md for the expected query`] };
  if (bindings.length === 0) return { ok: false, errors: ['results.bindings is empty: the query returned no rows'] };

  const errors = new ErrorList();
  const warnings: string[] = [];
  if (!vars.includes('startPrecision') && vars.includes('start')) {
    warnings.push('the result has no ?startPrecision/?endPrecision: dates are taken as full dates (a bare year shows as 1 January)');
  }
  const ids = new IdAllocator();
  const people = new Map<string, Person>();
  const counts = { unlabelled: 0, vagueDates: 0, vagueEnd: 0, noPosition: 0 };

  bindings.forEach((raw, i) => {
    const row = checkBinding(raw, i, errors);
    if (!row) return;
    const qid = ITEM.exec(row.person?.value ?? '')?.[1];
    if (!qid) return errors.add(`results.bindings[${i}].person: "${row.person?.value ?? ''}" is not a Wikidata item URI`);
    const label = row.personLabel?.value.trim() ?? '';
    // The label service falls back to the bare Q-id when an item has no label in the language.
    if (!label || label === qid) return void counts.unlabelled++;
    const start = timeValue(row, 'start', i, errors);
    const end = timeValue(row, 'end', i, errors);
    if (start === 'vague') counts.vagueDates++;
    if (start === null || end === null) return;
    // A decade-precision end still means the office ended; "to: null" would say it is held.
    if (end === 'vague') return void counts.vagueEnd++;
    let person = people.get(qid);
    if (!person) {
      person = { qid, entity: newEntity(qid, label, row, ids, options.today), roleKeys: new Set() };
      people.set(qid, person);
    }
    const title = row.positionLabel?.value.trim();
    if (!title || ITEM.test(`http://www.wikidata.org/entity/${title}`)) return void counts.noPosition++;
    const key = JSON.stringify([title, start, end]);
    if (person.roleKeys.has(key)) return; // the same statement repeats when OPTIONALs multiply rows
    person.roleKeys.add(key);
    const from = start === 'vague' ? undefined : start;
    person.entity.roles?.push({ title, ...(from ? { from } : {}), to: end ?? null, sources: [`wd-${qid.toLowerCase()}`] });
  });
  if (errors.count) return { ok: false, errors: errors.toArray() };
  if (counts.unlabelled) warnings.push(`${counts.unlabelled} rows skipped: the person has no English label`);
  if (counts.noPosition) warnings.push(`${counts.noPosition} rows had no position label; no role was added for them`);
  if (counts.vagueDates) warnings.push(`${counts.vagueDates} start dates coarser than a year were left out`);
  if (counts.vagueEnd) warnings.push(`${counts.vagueEnd} roles skipped: their end date is coarser than a year`);

  const entities = [...people.values()].map((p) => p.entity);
  const sources = [...people.values()].map((p) => ({
    id: `wd-${p.qid.toLowerCase()}`,
    title: `Wikidata: ${p.entity.names.en} (${p.qid})`,
    publisher: 'Wikidata',
    date: options.today,
    url: `https://www.wikidata.org/wiki/${p.qid}`,
    note: 'position held (P39) with start time (P580) and end time (P582), as retrieved on the import date',
  }));
  const header = packHeader(options, { id: 'wikidata-import', title: 'Wikidata import', publisher: 'Wikidata' });
  return finishImport({ ...header, sources, entities }, warnings);
}

function checkShape(value: unknown): { vars: string[]; bindings: unknown[] } | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a SPARQL JSON result: expected a JSON object with head and results';
  const { head, results } = value as { head?: { vars?: unknown }; results?: { bindings?: unknown } };
  if (!head || !Array.isArray(head.vars) || !head.vars.every((v) => typeof v === 'string')) {
    return 'not a SPARQL JSON result: head.vars must be a list of variable names';
  }
  if (!results || !Array.isArray(results.bindings)) return 'not a SPARQL JSON result: results.bindings must be a list';
  return { vars: head.vars as string[], bindings: results.bindings };
}

function checkBinding(raw: unknown, i: number, errors: ErrorList): Binding | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return void errors.add(`results.bindings[${i}]: must be an object`);
  for (const [name, cell] of Object.entries(raw)) {
    const c = cell as { type?: unknown; value?: unknown } | null;
    if (typeof c !== 'object' || c === null || typeof c.type !== 'string' || typeof c.value !== 'string') {
      return void errors.add(`results.bindings[${i}].${name}: must be { type, value } with string values`);
    }
  }
  return raw as Binding;
}

/** undefined: no date given; 'vague': coarser than a year; null: an error was recorded. */
function timeValue(row: Binding, name: 'start' | 'end', i: number, errors: ErrorList): string | 'vague' | undefined | null {
  const cell = row[name];
  if (!cell) return undefined;
  const full = dateOnly(cell.value);
  if (!full || full.length !== 10) {
    errors.add(`results.bindings[${i}].${name}: "${cell.value}" is not a date`);
    return null;
  }
  const precision = row[`${name}Precision`]?.value;
  if (precision === undefined) return full;
  const length = PRECISION_LENGTH[precision];
  if (length === undefined) return 'vague';
  return full.slice(0, length);
}

function newEntity(qid: string, label: string, row: Binding, ids: IdAllocator, today: string): EntityInput {
  const names: Partial<Record<Lang, string>> = { en: label };
  for (const [variable, lang] of Object.entries(NAME_VARS)) {
    const name = row[variable]?.value.trim();
    if (lang && name) names[lang] = name;
  }
  const description = row.personDescription?.value.trim();
  return {
    id: ids.allocate(label, qid),
    type: 'person',
    names,
    ...(description ? { description } : {}),
    aliases: [],
    roles: [],
    facts: [],
    checked: today,
  };
}
