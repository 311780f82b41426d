/**
 * Generate docs/fact-pack.schema.json (JSON Schema, draft-07) from the valibot
 * schema in lib/factbase/schema.ts, for pack authors' editors and other tools.
 *   npm run schema             write docs/fact-pack.schema.json
 *   npm run schema -- --check  exit 1 if the committed file is out of date
 * scripts/gen-json-schema.test.ts fails when the committed file drifts.
 *
 * Conversion errors throw: a new valibot construct in schema.ts that JSON Schema
 * cannot say must be handled here on purpose, not dropped without a word.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import { Alias, Entity, Fact, FactPack, PACK_FORMAT, Relation, Role, Source } from '../lib/factbase/schema';

export const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs/fact-pack.schema.json');

/** The `names` record: `v.pipe(v.record(Lang, …), v.check(has en))`. */
const namesPipe = Entity.entries.names.pipe;

/**
 * Pack-level checks JSON Schema cannot express (unique ids, cited sources exist).
 * validatePack and the linter enforce them; the schema says so in `$comment`.
 */
const packLevelChecks = new Set<unknown>(FactPack.pipe.slice(1));

const config: ConversionConfig = {
  target: 'draft-07',
  errorMode: 'throw',
  definitions: { Source, Alias, Role, Fact, Relation, Entity },
  overrideAction: ({ valibotAction, jsonSchema }) => {
    // `NonEmpty` trims before checking length, so whitespace-only text is empty: require one non-space character.
    if (valibotAction.type === 'trim') return { ...jsonSchema, pattern: '\\S' };
    if (valibotAction === namesPipe[1]) return { ...jsonSchema, required: ['en'] };
    if (packLevelChecks.has(valibotAction)) return { ...jsonSchema };
    return undefined;
  },
  overrideSchema: ({ valibotSchema, jsonSchema }) =>
    // Keys are languages: draft-07 `propertyNames` with an enum says exactly that.
    valibotSchema === namesPipe[0] ? { ...jsonSchema } : undefined,
};

export function buildFactPackJsonSchema(): JsonSchema {
  const { $schema, ...body } = toJsonSchema(FactPack, config);
  return {
    $schema,
    $id: 'https://silklens.invalid/fact-pack.schema.json',
    title: `Silk Lens fact pack (${PACK_FORMAT})`,
    $comment:
      'Generated from lib/factbase/schema.ts by scripts/gen-json-schema.ts; do not edit. ' +
      'Not expressible here, enforced by validatePack: entity ids and source ids are unique, every source id a fact or role cites exists. ' +
      'Editorial rules (npm run lint:pack) are in docs/fact-pack.md.',
    ...body,
  };
}

export function renderFactPackJsonSchema(): string {
  return JSON.stringify(buildFactPackJsonSchema(), null, 2) + '\n';
}

function main(): void {
  const text = renderFactPackJsonSchema();
  if (process.argv.includes('--check')) {
    const current = existsSync(SCHEMA_PATH) ? readFileSync(SCHEMA_PATH, 'utf8') : '';
    if (current !== text) {
      console.error('docs/fact-pack.schema.json is out of date: run `npm run schema`');
      process.exit(1);
    }
    console.log('docs/fact-pack.schema.json is up to date');
    return;
  }
  writeFileSync(SCHEMA_PATH, text);
  console.log(`wrote ${SCHEMA_PATH}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
