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

const FIRST = ['Aibek', 'Aigerim', 'Akylbek', 'Alisher', 'Asel', 'Askar', 'Azamat', 'Bakhyt', 'Bekzod', 'Dariga', 'Dilnoza', 'Erlan', 'Farrukh', 'Gulnara', 'Islam', 'Jamshid', 'Kairat', 'Kamila', 'Madina', 'Marat', 'Nurlan', 'Rustam', 'Saule', 'Serik', 'Timur', 'Ulugbek', 'Zarina', 'Zhanna', 'Bolat', 'Daniyar', 'Elmira', 'Gulzhan', 'Ilyas', 'Karlygash', 'Lola', 'Murat', 'Nargiza', 'Olzhas', 'Parviz', 'Rakhat', 'Sanjar', 'Shakhlo', 'Talgat', 'Umid', 'Yerlan', 'Zafar', 'Ainura', 'Bakyt', 'Chingiz', 'Dastan', 'Emil', 'Firuza', 'Gani', 'Jyldyz', 'Kanat', 'Meerim', 'Nurbek', 'Omurbek', 'Salima', 'Tilek'];
const LAST = FIRST.map((f) => `${f}ov`);
const COUNTRIES = ['kz', 'kg', 'tj', 'tm', 'uz', 'ru', 'cn', 'af'];

function generate(entities: number): string {
  const lines: string[] = [];
  const people = Math.round(entities * 0.8);
  const positions = Math.max(1, Math.round(entities / 10));
  const meta = (i: number) => ({ datasets: ['bench'], first_seen: `2021-0${(i % 9) + 1}-01T00:00:00`, last_seen: '2026-11-20T00:00:00' });
  for (let p = 0; p < positions; p++) {
    lines.push(JSON.stringify({ id: `pos-${p}`, schema: 'Position', properties: { name: [`Deputy Minister, department ${p}`], country: [COUNTRIES[p % COUNTRIES.length]] }, ...meta(p) }));
  }
  for (let i = 0; i < entities; i++) {
    const country = COUNTRIES[i % COUNTRIES.length]!;
    if (i < people) {
      const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
      lines.push(JSON.stringify({
        id: `person-${i}`, schema: 'Person', caption: name,
        properties: { name: [name], alias: [name.toUpperCase()], birthDate: [`19${50 + (i % 40)}-0${(i % 9) + 1}-1${i % 10}`], country: [country], topics: ['role.pep'], gender: [i % 2 ? 'male' : 'female'] },
        ...meta(i),
      }));
      lines.push(JSON.stringify({
        id: `occ-${i}`, schema: 'Occupancy',
        properties: { holder: [`person-${i}`], post: [`pos-${i % positions}`], startDate: [`20${10 + (i % 10)}-01-15`], ...(i % 3 ? { endDate: ['2023-06-30'] } : { status: ['current'] }) },
        ...meta(i),
      }));
    } else {
      lines.push(JSON.stringify({ id: `org-${i}`, schema: 'Organization', caption: `Holding ${i}`, properties: { name: [`Holding ${i} LLP`], country: [country] }, ...meta(i) }));
    }
  }
  return lines.join('\n');
}

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
