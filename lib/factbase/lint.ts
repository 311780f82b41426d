/**
 * Pack linter: the editorial rules a pack must meet beyond the schema
 * (docs/fact-pack.md). The schema says a pack is well-formed; the linter says it
 * is fit to ship: every source used and traceable, no surface form silently
 * shared by two entities, people with roles and a gender (needed to decline
 * their names), nothing dated in the future, enough facts to be worth a card.
 *
 * Pure: the date and the Russian inflector are parameters, so it runs in tests
 * before lib/match/inflect.ts exists and never depends on the clock.
 */
import * as v from 'valibot';
import { buildCoverage, type CoverageTable } from './coverage';
import { earliestDay, latestDay } from './dates';
import { checkProvenance } from './lint-provenance';
import { judgeSourceUrl } from './lint-sources';
export type { CoverageRow, CoverageTable } from './coverage';
import {
  ENTITY_TYPES,
  Entity as EntitySchema,
  Source as SourceSchema,
  validatePack,
  type Entity,
  type EntityType,
  type FactPack,
  type Source,
} from './schema';

export type LintRule =
  | 'schema'
  | 'unused-source'
  | 'source-url'
  | 'unknown-source'
  | 'unknown-entity'
  | 'duplicate-surface-form'
  | 'person-role'
  | 'person-gender'
  | 'future-date'
  | 'role-order'
  | 'fact-count'
  | 'native-name'
  | 'inflect'
  | 'mirror-source'
  | 'url-host'
  | 'wikipedia-only'
  | 'checked-backing'
  | 'checked-with'
  | 'linkless-only-source'
  | 'figure-attribution';

export interface LintIssue {
  rule: LintRule;
  /** Where, by id rather than index so authors find it in their fragment: `entity kassym-jomart-tokayev facts[2]`. */
  where: string;
  message: string;
}

/** Same contract as `inflectRussian` in lib/match/inflect.ts: every case form, nominative included. */
export type Inflect = (form: string, opts: { type: EntityType; gender?: 'm' | 'f' }) => string[];

export interface LintOptions {
  /** ISO date (YYYY-MM-DD) the pack is judged at. */
  today: string;
  /** Without it the inflection rule is skipped (the caller says so). */
  inflect?: Inflect;
}

export interface LintResult {
  errors: LintIssue[];
  warnings: LintIssue[];
  coverage: CoverageTable;
}

/** Fewer facts than this makes a thin card: a warning, zero is an error. */
const MIN_FACTS = 3;
/** A card shows six; the options page lists all. More than eight means the key ones are diluted. */
const MAX_FACTS = 8;

/** The national language of each country, for the native-name rule. */
const NATIONAL_LANG: Record<string, 'kk' | 'ky' | 'tg' | 'tk' | 'uz'> = {
  kazakhstan: 'kk', kyrgyzstan: 'ky', tajikistan: 'tg', turkmenistan: 'tk', uzbekistan: 'uz',
};

export function lintPack(pack: FactPack, options: LintOptions): LintResult {
  const errors: LintIssue[] = [];
  const warnings: LintIssue[] = [];
  const parts = parsedParts(pack, errors);
  const { sources, entities } = parts;

  checkSources(parts, options.today, errors);
  checkReferences(entities, parts.entityIds, errors);
  checkSurfaceForms(entities, errors);
  for (const e of entities) checkEntity(e, options, errors, warnings);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  for (const e of entities) checkProvenance(e, sourceById, errors, warnings);

  return { errors, warnings, coverage: buildCoverage(entities, sources, options.today) };
}

interface PackParts {
  /** Sources and entities that are valid on their own (with schema defaults applied). */
  sources: Source[];
  entities: Entity[];
  /**
   * Ids and citations of every item, valid or not: an entity that fails the schema
   * still exists as far as references go, so its one schema error does not cascade
   * into "unknown entity" and "unused source" errors elsewhere.
   */
  sourceIds: Set<string>;
  entityIds: Set<string>;
  cited: Set<string>;
}

/** Schema errors, then the parts of the pack the other rules can safely read. */
function parsedParts(pack: FactPack, errors: LintIssue[]): PackParts {
  const result = validatePack(pack);
  const raw = (key: 'sources' | 'entities'): Record<string, unknown>[] => {
    const value: unknown = typeof pack === 'object' && pack !== null ? (pack as Record<string, unknown>)[key] : undefined;
    return Array.isArray(value) ? value.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];
  };
  const ids = (items: Record<string, unknown>[]) => new Set(items.flatMap((x) => (typeof x.id === 'string' ? [x.id] : [])));
  const rawEntities = raw('entities');
  const strings = (list: unknown) => (Array.isArray(list) ? list.filter((c): c is string => typeof c === 'string') : []);
  // The sources of a recorded check (`checkedWith`) are used too: they back the entity's `checked` date.
  const citations = rawEntities.flatMap((e) => [
    ...[e.facts, e.roles].flatMap((list) => (Array.isArray(list) ? list : [])).flatMap((x: unknown) =>
      strings(typeof x === 'object' && x !== null ? (x as { sources?: unknown }).sources : undefined),
    ),
    ...strings(e.checkedWith),
  ]);
  const common = { sourceIds: ids(raw('sources')), entityIds: ids(rawEntities), cited: new Set(citations) };
  if (result.ok) return { sources: result.pack.sources, entities: result.pack.entities, ...common };

  // The unknown-source rule reports these with the entity id; the schema's copy would only repeat them.
  for (const message of result.errors) {
    if (!message.includes(': unknown source "')) errors.push({ rule: 'schema', where: 'pack', message });
  }
  const valid = <T>(schema: v.GenericSchema<unknown, T>, items: unknown[]): T[] =>
    items.flatMap((x) => {
      const r = v.safeParse(schema, x);
      return r.success ? [r.output] : [];
    });
  return { sources: valid(SourceSchema, raw('sources')), entities: valid(EntitySchema, rawEntities), ...common };
}

function checkSources(parts: PackParts, today: string, errors: LintIssue[]): void {
  for (const s of parts.sources) {
    const where = `source ${s.id}`;
    if (!parts.cited.has(s.id)) errors.push({ rule: 'unused-source', where, message: 'not cited by any fact or role' });
    // Seeds are the researchers' starting reading list, often print or reposted; everything else must be checkable.
    if (!s.url && !s.id.startsWith('seed-')) {
      errors.push({ rule: 'source-url', where, message: 'needs a url (only seed-* sources may go without)' });
    }
    if (isFuture(s.date, today)) errors.push({ rule: 'future-date', where, message: `dated ${s.date}, after ${today}` });
    if (s.url) {
      for (const verdict of judgeSourceUrl(s.url)) {
        if (verdict.kind === 'mirror') {
          errors.push({ rule: 'mirror-source', where, message: `${verdict.host}: ${verdict.why}; cite the original reporting (or the Wikipedia article itself, with a second source)` });
        } else if (verdict.kind === 'trailing-dot') {
          errors.push({ rule: 'url-host', where, message: `host "${verdict.host}" ends with a dot; write it without` });
        }
      }
    }
  }
  for (const e of parts.entities) {
    const check = (ids: string[], where: string) => {
      for (const id of ids) {
        if (!parts.sourceIds.has(id)) errors.push({ rule: 'unknown-source', where: `entity ${e.id} ${where}`, message: `cites unknown source "${id}"` });
      }
    };
    e.facts.forEach((f, i) => check(f.sources, `facts[${i}]`));
    e.roles.forEach((r, i) => check(r.sources, `roles[${i}]`));
    if (e.checkedWith) check(e.checkedWith, 'checkedWith');
  }
}

function checkReferences(entities: Entity[], ids: Set<string>, errors: LintIssue[]): void {
  for (const e of entities) {
    const miss = (id: string, field: string) => {
      if (!ids.has(id)) errors.push({ rule: 'unknown-entity', where: `entity ${e.id} ${field}`, message: `points at unknown entity "${id}"` });
    };
    if (e.country !== undefined) miss(e.country, 'country');
    e.related.forEach((r, i) => miss(r.entity, `related[${i}]`));
    // Title resolution looks the office's country up, so `president:kazakhstan` needs a `kazakhstan` entity.
    e.roles.forEach((r, i) => {
      if (r.office) miss(r.office.slice(r.office.indexOf(':') + 1), `roles[${i}].office`);
    });
  }
}

/** The matcher's comparison key: case-folded, ё read as е (Russian text mostly writes е), spaces collapsed. */
export function surfaceKey(form: string): string {
  return form.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/**
 * A form shared by several entities is fine only when every one of them declares it
 * `ambiguous` on an alias: then the matcher knows to resolve it from page context
 * instead of silently picking whichever entity was compiled last.
 */
function checkSurfaceForms(entities: Entity[], errors: LintIssue[]): void {
  const owners = new Map<string, { shown: string; ids: Set<string>; marked: Set<string> }>();
  const add = (key: string, shown: string, id: string, ambiguous: boolean) => {
    const entry = owners.get(key) ?? { shown, ids: new Set<string>(), marked: new Set<string>() };
    entry.ids.add(id);
    if (ambiguous) entry.marked.add(id);
    owners.set(key, entry);
  };
  for (const e of entities) {
    for (const name of Object.values(e.names)) add(surfaceKey(name), name, e.id, false);
    for (const a of e.aliases) add(surfaceKey(a.text), a.text, e.id, a.ambiguous === true);
  }
  for (const { shown, ids, marked } of owners.values()) {
    if (ids.size < 2) continue;
    const unmarked = [...ids].filter((id) => !marked.has(id));
    if (unmarked.length === 0) continue;
    errors.push({
      rule: 'duplicate-surface-form',
      where: `entities ${[...ids].join(', ')}`,
      message: `"${shown}" is shared but not marked ambiguous by ${unmarked.join(', ')} (add an alias with ambiguous: true to each, or drop it)`,
    });
  }
}

function checkEntity(e: Entity, options: LintOptions, errors: LintIssue[], warnings: LintIssue[]): void {
  const where = `entity ${e.id}`;
  if (e.type === 'person') {
    if (e.roles.length === 0) errors.push({ rule: 'person-role', where, message: 'a person needs at least one role' });
    if (!e.gender) errors.push({ rule: 'person-gender', where, message: 'a person needs a gender (m/f) to decline the name' });
  }
  if (e.facts.length === 0) errors.push({ rule: 'fact-count', where, message: 'has no facts' });
  else if (e.facts.length > MAX_FACTS) {
    warnings.push({ rule: 'fact-count', where, message: `has ${e.facts.length} facts; keep the ${MAX_FACTS} that matter most` });
  } else if (e.facts.length < MIN_FACTS) {
    warnings.push({ rule: 'fact-count', where, message: `has ${e.facts.length} fact(s); aim for at least ${MIN_FACTS}` });
  }
  e.facts.forEach((f, i) => {
    if (isFuture(f.date, options.today)) errors.push({ rule: 'future-date', where: `${where} facts[${i}]`, message: `dated ${f.date}, after ${options.today}` });
  });
  const lang = NATIONAL_LANG[e.type === 'country' ? e.id : (e.country ?? '')];
  if (lang && e.type !== 'event' && !e.names[lang]) {
    warnings.push({ rule: 'native-name', where, message: `no name in the national language (${lang})` });
  }
  if (isFuture(e.checked, options.today)) errors.push({ rule: 'future-date', where: `${where} checked`, message: `${e.checked} is after ${options.today}` });
  e.roles.forEach((r, i) => {
    if (r.from && r.to && earliestDay(r.from) > latestDay(r.to)) {
      errors.push({ rule: 'role-order', where: `${where} roles[${i}]`, message: `from ${r.from} is after to ${r.to}` });
    }
  });
  if (options.inflect) checkInflection(e, options.inflect, errors, warnings);
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Mirrors compileDictionary (lib/match/compile.ts): every Cyrillic name and every
 * Cyrillic alias not marked `inflect: false` or `caseSensitive` is declined, so each
 * must come back with at least its own nominative. "No case forms" is only a warning,
 * and only for aliases, where the author can say `inflect: false`; acronyms (ГКНБ)
 * are indeclinable by design.
 */
function checkInflection(e: Entity, inflect: Inflect, errors: LintIssue[], warnings: LintIssue[]): void {
  const forms = [
    ...Object.entries(e.names).map(([lang, text]) => ({ text, where: `names.${lang}`, alias: false })),
    ...e.aliases.flatMap((a, i) =>
      a.inflect === false || a.caseSensitive === true ? [] : [{ text: a.text, where: `aliases[${i}]`, alias: true }],
    ),
  ].filter((f) => CYRILLIC.test(f.text));
  for (const { text, where, alias } of forms) {
    const at = `entity ${e.id} ${where}`;
    let declined: string[];
    try {
      declined = inflect(text, { type: e.type, ...(e.gender ? { gender: e.gender } : {}) });
    } catch (err) {
      errors.push({ rule: 'inflect', where: at, message: `"${text}" cannot be declined: ${(err as Error).message}` });
      continue;
    }
    const keys = new Set(declined.filter((d) => typeof d === 'string' && d.trim() !== '').map(surfaceKey));
    if (!keys.has(surfaceKey(text))) {
      errors.push({ rule: 'inflect', where: at, message: `declining "${text}" does not give back its nominative` });
    } else if (keys.size === 1 && alias && !isAcronym(text)) {
      warnings.push({ rule: 'inflect', where: at, message: `"${text}" has no case forms; set inflect: false if it really does not decline` });
    }
  }
}

function isAcronym(text: string): boolean {
  return text.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** Future only when the whole period is after today: `2026-11` is not future on 2026-11-23. */
function isFuture(date: string, today: string): boolean {
  return earliestDay(date) > today;
}
