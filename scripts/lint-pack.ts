/**
 * Lint a fact pack against the editorial rules in docs/fact-pack.md.
 *   npm run lint:pack                         lint assets/packs/central-asia.json
 *   npm run lint:pack -- path/to/pack.json    lint another pack
 *   npm run lint:pack -- --today=2026-11-23   judge dates as of another day
 *   npm run lint:pack -- --coverage-json      print only the coverage (with the per-office table) as JSON
 *   npm run lint:pack -- --wikidata-query     print the SPARQL query "Check against Wikidata" sends for this pack
 * Prints errors, warnings, a coverage table and a per-office table; exits 1 when there are errors
 * (with --coverage-json too, so a script can still tell).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES, type FactPack } from '../lib/factbase/schema';
import { lintPack, type CoverageRow, type CoverageTable, type LintIssue } from '../lib/factbase/lint';
import { officeTotalsLine } from '../lib/factbase/coverage';
import { validatePack } from '../lib/factbase/schema';
import { buildQuery, trackedOffices } from '../lib/wikidata/query';
import { inflectRussian } from '../lib/match/inflect';
import { localToday } from '../lib/dates/today';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv: string[]): { file: string; today: string; json: boolean; query: boolean } {
  const today = argv.find((a) => a.startsWith('--today='))?.slice('--today='.length) ?? localToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--today must be YYYY-MM-DD, got "${today}"`);
  const file = argv.find((a) => !a.startsWith('--'));
  return { file: file ? resolve(file) : join(root, 'assets/packs/central-asia.json'), today, json: argv.includes('--coverage-json'), query: argv.includes('--wikidata-query') };
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function printIssues(label: string, issues: LintIssue[]): void {
  if (issues.length === 0) return;
  console.log(`\n${label} (${issues.length}):`);
  for (const i of issues) console.log(`  [${i.rule}] ${i.where}: ${i.message}`);
}

export function formatCoverage(table: CoverageTable): string {
  const header = ['country', ...ENTITY_TYPES, 'total', 'current roles', 'confirmed <1y'];
  const cells = (r: CoverageRow) => [
    r.country,
    ...ENTITY_TYPES.map((t) => String(r.byType[t])),
    String(r.total),
    String(r.currentRoles),
    String(r.currentRolesConfirmed),
  ];
  const rows = [header, ...table.rows.map(cells), cells(table.totals)];
  const widths = header.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.slice(1, -1).map(line), rule, line(rows[rows.length - 1]!)].join('\n');
}

/** One line per office: key, current holder(s), newest confirming source, confirmed within 12 months. */
export function formatOffices(table: CoverageTable): string {
  const header = ['office', 'current holder(s)', 'last confirmed', 'confirmed <12 months'];
  const rows = table.offices.map((o) => [
    o.office,
    o.holders.length ? o.holders.map((h) => h.name).join(' + ') : '(none current)',
    o.lastConfirmed ?? '—',
    o.holders.length === 0 ? '—' : o.confirmed ? 'yes' : `no (last ${o.lastConfirmed ?? 'never'})`,
  ]);
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), '', officeTotalsLine(table.officeTotals)].join('\n');
}

function main(): void {
  const { file, today, json, query } = parseArgs(process.argv.slice(2));
  let pack: FactPack;
  try {
    // Typed as a pack for the linter; its first rule is schema validation, so nothing is trusted yet.
    pack = JSON.parse(readFileSync(file, 'utf8')) as FactPack;
  } catch (e) {
    fail(`${file}: cannot read as JSON: ${(e as Error).message}`);
  }
  if (query) {
    // The extension builds it from the stored (validated) pack: validate here too, so defaults match.
    const valid = validatePack(pack);
    if (!valid.ok) fail(`${file}: not a valid pack: ${valid.errors.slice(0, 3).join('; ')}`);
    const built = buildQuery(trackedOffices(valid.pack.entities));
    if (!built.ok) fail(built.error);
    console.log(built.query);
    console.error(`${built.offices.length} offices; ${new URLSearchParams({ query: built.query }).toString().length} bytes as the form body sent`);
    return;
  }
  // The same inflector the matcher compiles with, so "inflectable" means "will be found declined on pages".
  const result = lintPack(pack, { today, inflect: inflectRussian });
  if (json) {
    console.log(JSON.stringify({ file, today, errors: result.errors.length, warnings: result.warnings.length, ...result.coverage, officeTotalsLine: officeTotalsLine(result.coverage.officeTotals) }, null, 2));
    if (result.errors.length > 0) process.exitCode = 1;
    return;
  }

  console.log(`linting ${file} as of ${today}`);
  printIssues('errors', result.errors);
  printIssues('warnings', result.warnings);
  console.log(`\ncoverage (persons' current roles confirmed by a source dated within a year of ${today}):\n`);
  console.log(formatCoverage(result.coverage));
  console.log(`\noffices (current holders; confirmed = a cited source dated within a year of ${today}):\n`);
  console.log(formatOffices(result.coverage));
  console.log(`\n${result.errors.length} error(s), ${result.warnings.length} warning(s)`);
  if (result.errors.length > 0) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
