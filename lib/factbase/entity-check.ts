/**
 * A cheap structural check of a stored entity, run on every read that feeds the matcher,
 * the card or the options list. Stored entities were validated on the way in (pack
 * schema, backup schema); this guards against anything that got past (an older build,
 * a hand-edited database): one entity with `names: null` must not stop every page from
 * being highlighted nor the options page from loading. It checks exactly the fields
 * readers dereference (compileDictionary, applyOverlay, the card), not the whole schema:
 * a full valibot run costs far more per compile. Measured on Node 20 here, 50,000
 * entities (the bundled pack's, repeated): this check 11–34 ms; valibot's Entity schema
 * 270–280 ms as `v.is` and about 2.3 s as a full parse; on every recompile.
 */
import { ENTITY_TYPES } from './schema';

const TYPES = new Set<string>(ENTITY_TYPES);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStringArray = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
/** Required arrays: the schema fills in `[]` for missing ones and readers rely on that. */
const arrayOf = (x: unknown, item: (i: unknown) => boolean) => Array.isArray(x) && x.every(item);

const alias = (a: unknown) => isObject(a) && typeof a.text === 'string' && (a.context === undefined || isStringArray(a.context));
const role = (r: unknown) => isObject(r) && typeof r.title === 'string' && isStringArray(r.sources);
const fact = (f: unknown) => isObject(f) && typeof f.text === 'string' && typeof f.date === 'string' && isStringArray(f.sources) && (f.tags === undefined || isStringArray(f.tags));
const relation = (r: unknown) => isObject(r) && typeof r.entity === 'string' && typeof r.relation === 'string';

/** undefined when the entity is safe to read; else what is wrong with it (one phrase). */
export function entityProblem(e: unknown): string | undefined {
  if (!isObject(e)) return 'not an object';
  if (typeof e.id !== 'string' || !e.id) return 'no id';
  if (typeof e.type !== 'string' || !TYPES.has(e.type)) return 'unknown type';
  if (!isObject(e.names) || typeof e.names.en !== 'string' || !Object.values(e.names).every((n) => typeof n === 'string')) return 'names missing or not text';
  if (!arrayOf(e.aliases, alias)) return 'bad aliases';
  if (!arrayOf(e.roles, role)) return 'bad roles';
  if (!arrayOf(e.facts, fact)) return 'bad facts';
  if (!arrayOf(e.related, relation)) return 'bad related';
  if (e.country !== undefined && typeof e.country !== 'string') return 'bad country';
  if (e.description !== undefined && typeof e.description !== 'string') return 'bad description';
  return undefined;
}
