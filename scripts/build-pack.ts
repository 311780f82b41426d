/**
 * Merge assets/packs/central-asia/*.json fragments into assets/packs/central-asia.json.
 *   npm run build:pack            write the merged pack (fails on any schema error)
 *   npm run build:pack -- --check exit 1 if the committed pack differs from the fragments
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeFragments, type PackFragment } from '../lib/factbase/fragments';
import { validatePack, type FactPackInput } from '../lib/factbase/schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'assets/packs/central-asia');
const out = join(root, 'assets/packs/central-asia.json');

const header = JSON.parse(readFileSync(join(dir, '_pack.json'), 'utf8')) as FactPackInput;
header.entities ??= [];
const fragments = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== '_pack.json')
  .map((name) => {
    try {
      return { name, fragment: JSON.parse(readFileSync(join(dir, name), 'utf8')) as PackFragment };
    } catch (e) {
      console.error(`${name}: not valid JSON: ${(e as Error).message}`);
      process.exit(1);
    }
  });
const merged = mergeFragments(header, fragments);
const result = validatePack(merged);
if (!result.ok) {
  console.error(`central-asia pack is invalid (${result.errors.length} errors):`);
  for (const e of result.errors.slice(0, 50)) console.error(`  ${e}`);
  process.exit(1);
}
const text = JSON.stringify(merged, null, 1) + '\n';
if (process.argv.includes('--check')) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== text) {
    console.error('assets/packs/central-asia.json is out of date: run `npm run build:pack`');
    process.exit(1);
  }
  console.log(`pack up to date: ${merged.entities.length} entities, ${merged.sources.length} sources`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}: ${merged.entities.length} entities, ${merged.sources.length} sources`);
}
