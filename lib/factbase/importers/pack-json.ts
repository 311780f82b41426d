/**
 * Silk Lens pack JSON (`silklens-pack/1`, see docs/fact-pack.md): the export format, the
 * feed format and the bundled format. Parsing is split out (`parseJson`) because feeds
 * must check the signature on the raw JSON before valibot trims strings and fills defaults.
 */
import { PACK_FORMAT, validatePack } from '../schema';
import { stripBom, type ImportResult } from './types';

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string };

/** JSON.parse with a message a user can act on: where it broke, and whether it was cut short. */
export function parseJson(text: string): JsonParse {
  const body = stripBom(text);
  if (body.trim() === '') return { ok: false, error: 'the file is empty' };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    return { ok: false, error: describeJsonError(body, (e as Error).message) };
  }
}

function describeJsonError(text: string, message: string): string {
  if (text.trimStart().startsWith('<')) return 'not valid JSON: this is an HTML or XML page (wrong address, or a login page?)';
  // V8 says "Unexpected end of JSON input", SpiderMonkey "unexpected end of data".
  if (/end of (JSON input|data)|Unterminated string/i.test(message) && !/position \d+/.test(message)) {
    return `not valid JSON: the file ends before the JSON is complete (truncated download?)`;
  }
  const position = /position (\d+)/.exec(message);
  const bare = message
    .replace(/, ".*is not valid JSON$/s, '') // V8 quotes (the start of) the input here
    .replace(/\s*(in JSON )?at position \d+.*$/, '')
    .replace(/\s*\(line \d+ column \d+\)/, '');
  if (!position) return `not valid JSON: ${bare}`;
  const offset = Number(position[1]);
  if (offset >= text.trimEnd().length) {
    return `not valid JSON: the file ends before the JSON is complete (truncated download?)`;
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${bare}`;
}

/**
 * Checks that a parsed value claims to be a Silk Lens pack before the full schema runs,
 * so a user who picks the wrong file hears "this is not a pack", not 200 path errors.
 */
export function checkPackFormat(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `not a Silk Lens pack: expected a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`;
  }
  const format = (value as { format?: unknown }).format;
  if (format === undefined) {
    const hint = 'results' in value && 'head' in value ? ' (this looks like a Wikidata SPARQL result: use the Wikidata import)' : '';
    return `not a Silk Lens pack: no "format" field${hint}`;
  }
  if (format === PACK_FORMAT) return undefined;
  if (typeof format === 'string' && format.startsWith('silklens-pack/')) {
    return `format "${format}" is not supported by this version of Silk Lens (it reads "${PACK_FORMAT}")`;
  }
  return `not a Silk Lens pack: format is ${JSON.stringify(format)}, expected "${PACK_FORMAT}"`;
}

/** Import a pack file as-is; options are unused (a pack carries its own ids and dates). */
export function importPackJson(text: string): ImportResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const formatError = checkPackFormat(parsed.value);
  if (formatError) return { ok: false, errors: [formatError] };
  const result = validatePack(parsed.value);
  if (!result.ok) return { ok: false, errors: result.errors };
  const warnings: string[] = [];
  const cited = new Set(result.pack.entities.flatMap((e) => [...e.facts, ...e.roles].flatMap((x) => x.sources)));
  const unused = result.pack.sources.filter((s) => !cited.has(s.id));
  if (unused.length) warnings.push(`${unused.length} sources are never cited: ${unused.slice(0, 5).map((s) => s.id).join(', ')}${unused.length > 5 ? ', …' : ''}`);
  return { ok: true, pack: result.pack, warnings };
}
