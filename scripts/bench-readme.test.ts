import { describe, expect, it } from 'vitest';
import { failedCell } from './bench-grid';
import { readmeTable } from './bench-readme';

const cell = (over: Record<string, unknown>) => ({ ...failedCell('50k', 50_000, '1m-en-dense', 1_000_000, 19_043), mentions: 19_043, ...over });
const run = (over: Record<string, unknown>) => ({ machine: '2 × Test CPU', runs: 5, wall_s: 2_400, complete: true, hit_count_mismatches: [], imports: {}, grid: [cell({ silklens_ms: 125.5, scan_to_paint_ms: 35.5, markjs_array_ms: '>60000', bytes_to_page: 4_148_693 })], ...over });
const row = (md: string) => md.split('\n').find((l) => l.startsWith('| +50,000'))!;

describe('README table from a bench run', () => {
  it('names the machine, the runs and the wall time of the same run', () => {
    expect(readmeTable(run({})).split('\n')[0], 'the machine line comes from the JSON').toBe('Machine: 2 × Test CPU; medians of 5 loads; 40.0 min wall time; 1 cells.');
  });

  it.each([
    { text: '| 19,043 (= 19,043) |', rule: 'mentions beside the reference, with "=" when equal' },
    { text: '| 126 | 36 |', rule: 'load → painted and scan → painted, rounded' },
    { text: '| >60000 |', rule: 'a capped mark.js run shows the cap string' },
    { text: '| 4,051 |', rule: 'bytes to the page in kB' },
    { text: '| – (–) |', rule: 'unmeasured fields show "–"' },
  ])('$rule', ({ text, rule }) => expect(row(readmeTable(run({}))), rule).toContain(text));

  it('reads load → painted from load_to_paint_ms once the bench writes it (silklens_ms is then scan → frame)', () => {
    const md = readmeTable(run({ grid: [cell({ load_to_paint_ms: 140, silklens_ms: 30 })] }));
    expect(row(md), 'load_to_paint_ms, then silklens_ms').toContain('| 140 | 30 |');
  });

  it.each([
    { over: { complete: false }, text: '**This run did not complete**', rule: 'a partial --out file says it is partial' },
    { over: { hit_count_mismatches: ['50k 1m-en-dense run 1: extension 1 mentions, reference 2'] }, text: '**The run failed** (1): 50k 1m-en-dense run 1', rule: 'a failed run says so above its table' },
    { over: { grid: [cell({ mentions: 5 })] }, text: '5 (≠ 19,043)', rule: 'a count that differs is marked ≠' },
  ])('$rule', ({ over, text, rule }) => expect(readmeTable(run(over)), rule).toContain(text));

  it('makes a table of no rows, not a crash, from a JSON without a grid', () => {
    expect(readmeTable({}).split('\n')[0], 'missing fields are named as missing').toBe('Machine: not recorded; medians of ? loads; ? min wall time; 0 cells.');
  });
});
