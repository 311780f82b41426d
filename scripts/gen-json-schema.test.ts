import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, renderFactPackJsonSchema } from './gen-json-schema';
import { validatePack, type FactPack } from '../lib/factbase/schema';
import { lintPack } from '../lib/factbase/lint';

type Node = Record<string, unknown>;

/**
 * Just enough of a draft-07 validator for the keywords the generated schema uses,
 * so the bundled pack can be checked without a new dependency. `KNOWN` is checked
 * against the schema below: a keyword this validator would skip fails the test.
 */
const KNOWN = new Set([
  '$schema', '$id', '$comment', '$defs', '$ref', 'title', 'default',
  'type', 'properties', 'required', 'additionalProperties', 'propertyNames',
  'items', 'minItems', 'minLength', 'maxLength', 'pattern', 'format', 'enum', 'const', 'anyOf',
]);

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function validate(root: Node, schema: Node, value: unknown, path = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/$defs/', '');
    return validate(root, (root.$defs as Record<string, Node>)[name]!, value, path);
  }
  const errors: string[] = [];
  const t = jsonType(value);
  if (schema.type !== undefined && schema.type !== t && !(schema.type === 'number' && t === 'integer')) return [`${path}: expected ${String(schema.type)}, got ${t}`];
  if ('const' in schema && schema.const !== value) errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: not one of ${schema.enum.join(', ')}`);
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => validate(root, s as Node, value, path).length === 0)) errors.push(`${path}: matches no alternative`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${path}: too short`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) errors.push(`${path}: too long`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: does not match ${schema.pattern}`);
    if (schema.format === 'uri' && !URL.canParse(value)) errors.push(`${path}: not a URI`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${path}: too few items`);
    if (schema.items) value.forEach((item, i) => errors.push(...validate(root, schema.items as Node, item, `${path}[${i}]`)));
  }
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Node>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in obj)) errors.push(`${path}.${key}: required`);
    for (const [key, v] of Object.entries(obj)) {
      if (schema.propertyNames) errors.push(...validate(root, schema.propertyNames as Node, key, `${path}{${key}}`));
      if (props[key]) errors.push(...validate(root, props[key], v, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
      else if (typeof schema.additionalProperties === 'object') errors.push(...validate(root, schema.additionalProperties as Node, v, `${path}.${key}`));
    }
  }
  return errors;
}

function keywords(node: unknown, found = new Set<string>(), isMap = false): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => keywords(n, found));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, child] of Object.entries(node)) {
      if (!isMap) found.add(key);
      if (key === 'enum' || key === 'const' || key === 'default' || key === 'required') continue;
      keywords(child, found, !isMap && (key === 'properties' || key === '$defs'));
    }
  }
  return found;
}

const committed = readFileSync(SCHEMA_PATH, 'utf8');
const schema = JSON.parse(committed) as Node;
const bundled = JSON.parse(readFileSync(new URL('../assets/packs/central-asia.json', import.meta.url), 'utf8')) as unknown;

describe('docs/fact-pack.schema.json', () => {
  it('equals freshly generated output (run `npm run schema` after changing lib/factbase/schema.ts)', () => {
    expect(committed).toBe(renderFactPackJsonSchema());
  });

  it('uses only keywords the test validator understands', () => {
    const unknown = [...keywords(schema)].filter((k) => !KNOWN.has(k));
    expect(unknown, 'teach validate() these keywords or the pack check below is hollow').toEqual([]);
  });

  it('accepts the bundled pack', () => {
    expect(validate(schema, schema, bundled)).toEqual([]);
  });

  const minimal = {
    format: 'silklens-pack/1', id: 'p', title: 'T', publisher: 'P', version: '1', published: '2026-11',
    sources: [{ id: 's', title: 'Akorda', publisher: 'Akorda', date: '2026', url: 'https://www.akorda.kz/' }],
    entities: [{ id: 'kazakhstan', type: 'country', names: { en: 'Kazakhstan' }, facts: [{ text: 'Capital: Astana.', date: '2022-09', sources: ['s'] }], checked: '2026-11' }],
  };
  const broken: { name: string; change: (p: typeof minimal) => unknown }[] = [
    { name: 'another format', change: (p) => ({ ...p, format: 'silklens-pack/2' }) },
    { name: 'a day-less date with a bad month', change: (p) => ({ ...p, published: '2026-13' }) },
    { name: 'a whitespace-only title', change: (p) => ({ ...p, title: '   ' }) },
    { name: 'an unknown top-level field', change: (p) => ({ ...p, extra: 1 }) },
    { name: 'names without en', change: (p) => ({ ...p, entities: [{ ...p.entities[0]!, names: { ru: 'Казахстан' } }] }) },
    { name: 'a name in an unknown language', change: (p) => ({ ...p, entities: [{ ...p.entities[0]!, names: { en: 'Kazakhstan', de: 'Kasachstan' } }] }) },
    { name: 'a fact without sources', change: (p) => ({ ...p, entities: [{ ...p.entities[0]!, facts: [{ text: 'x', date: '2022', sources: [] }] }] }) },
    { name: 'a source with an ftp url', change: (p) => ({ ...p, sources: [{ ...p.sources[0]!, url: 'ftp://example.org/' }] }) },
  ];
  it('accepts a minimal pack that validatePack accepts', () => {
    expect(validatePack(minimal).ok).toBe(true);
    expect(validate(schema, schema, minimal)).toEqual([]);
  });
  it.each(broken)('rejects, like validatePack: $name', ({ change }) => {
    const pack = change(minimal);
    expect(validatePack(pack).ok, 'validatePack rejects it').toBe(false);
    expect(validate(schema, schema, pack), 'the JSON Schema rejects it too').not.toEqual([]);
  });
});

describe('docs/fact-pack.md example', () => {
  const md = readFileSync(new URL('../docs/fact-pack.md', import.meta.url), 'utf8');
  const block = /## Example[\s\S]*?```json\n([\s\S]*?)\n```/.exec(md)?.[1];

  it('is a valid pack that lints clean, as the doc promises', () => {
    expect(block, 'the doc has a json block under ## Example').toBeDefined();
    const pack = JSON.parse(block!) as FactPack;
    expect(validatePack(pack)).toMatchObject({ ok: true });
    expect(validate(schema, schema, pack), 'the JSON Schema accepts it').toEqual([]);
    const { errors, warnings } = lintPack(pack, { today: '2026-11-23' });
    expect([...errors, ...warnings]).toEqual([]);
  });
});
