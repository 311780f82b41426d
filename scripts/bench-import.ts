/**
 * Benchmark: import a synthetic OpenSanctions FollowTheMoney file of 50,000 entities
 * (40,000 people, 10,000 organisations) plus 5,000 positions and 40,000 occupancies,
 * generated in memory. The issue's budget: under 10 s on a laptop-class machine.
 *
 *   node --import tsx scripts/bench-import.ts [entities=50000]
 *
 * Names repeat on purpose (60 × 60 first/last combinations) so id de-duplication is
 * exercised the way a real sanctions list with many namesakes exercises it.
 */
import { diffPacks } from '../lib/factbase/diff';
import { importOpenSanctions } from '../lib/factbase/importers/opensanctions';
import { generateFtm as generate } from './fixtures/ftm-generator';

const entities = Number(process.argv[2] ?? 50_000);
let t = performance.now();
const text = generate(entities);
const generated = performance.now() - t;
console.log(`generated ${entities} entities, ${text.split('\n').length} lines, ${(text.length / 1024 / 1024).toFixed(1)} MB in ${generated.toFixed(0)} ms`);

const runs: number[] = [];
let progressCalls = 0;
let result: ReturnType<typeof importOpenSanctions> | undefined;
for (let run = 0; run < 3; run++) {
  t = performance.now();
  result = importOpenSanctions(text, { today: '2026-11-23', onProgress: () => progressCalls++ });
  runs.push(performance.now() - t);
}
if (!result?.ok) throw new Error(`import failed: ${result?.errors.slice(0, 5).join('\n')}`);
const { pack } = result;
console.log(`import (parse + link + validate), 3 runs: ${runs.map((r) => `${r.toFixed(0)} ms`).join(', ')}; budget 10,000 ms`);
console.log(`  → ${pack.entities.length} entities, ${pack.sources.length} sources, ${pack.entities.reduce((n, e) => n + e.roles.length, 0)} roles, ${pack.entities.reduce((n, e) => n + e.facts.length, 0)} facts; ${progressCalls / 3} progress calls per run`);
console.log(`  warnings: ${result.warnings.join(' | ')}`);

t = performance.now();
const diff = diffPacks(pack, pack);
console.log(`diffPacks(pack, same pack): ${(performance.now() - t).toFixed(0)} ms (${diff.unchanged} unchanged)`);
t = performance.now();
const first = diffPacks(null, pack);
console.log(`diffPacks(null, pack): ${(performance.now() - t).toFixed(0)} ms (${first.added.length} added)`);
const worst = Math.max(...runs);
if (worst > 10_000) {
  console.error(`FAIL: slowest import ${worst.toFixed(0)} ms is over the 10 s budget`);
  process.exit(1);
}
