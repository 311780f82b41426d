import { describe, expect, it } from 'vitest';
import { failedCell, mark, median, percentile, ratio, type Cell } from './bench-grid';

describe('median and percentile', () => {
  it.each([
    { xs: [], want: null, rule: 'no samples: not measured' },
    { xs: [5], want: 5, rule: 'one sample is its own median' },
    { xs: [9, 1, 5], want: 5, rule: 'odd count: the middle one, whatever the order' },
    { xs: [1, 2, 3, 100], want: 2, rule: 'even count: the lower middle (an observed value, never an average)' },
  ])('median: $rule', ({ xs, want, rule }) => expect(median(xs), rule).toBe(want));

  it.each([
    { xs: [], p: 95, want: null, rule: 'no samples: not measured' },
    { xs: Array.from({ length: 20 }, (_, i) => i + 1), p: 95, want: 19, rule: 'p95 of 1..20 is the 19th value' },
    { xs: Array.from({ length: 20 }, (_, i) => i + 1), p: 50, want: 10, rule: 'p50 of 1..20 is the 10th value' },
    { xs: [3, 1, 2], p: 100, want: 3, rule: 'p100 is the largest' },
  ])('percentile: $rule', ({ xs, p, want, rule }) => expect(percentile(xs, p), rule).toBe(want));

  it('does not reorder the samples it is given', () => {
    const xs = [3, 1, 2];
    median(xs);
    percentile(xs, 50);
    expect(xs, 'statistics sort a copy').toEqual([3, 1, 2]);
  });
});

describe('ratio', () => {
  it.each([
    { a: 10, b: 4, want: 2.5, rule: 'plain division' },
    { a: null, b: 4, want: null, rule: 'an unmeasured numerator gives no ratio' },
    { a: 10, b: null, want: null, rule: 'an unmeasured denominator gives no ratio' },
    { a: 10, b: 0, want: null, rule: 'no ratio to zero' },
    { a: 10, b: Number.POSITIVE_INFINITY, want: null, rule: 'no ratio to a capped (over the cap) baseline' },
  ])('$rule', ({ a, b, want, rule }) => expect(ratio(a, b), rule).toBe(want));
});

describe('mark (targets beside numbers)', () => {
  const cell = (over: Partial<Cell>): Cell => ({ ...failedCell('bundled', 0, '1m-en-dense', 1, 1), runs: 5, mentions: 1, ...over });
  it.each([
    { c: cell({ silklens_ms: 90 }), field: 'silklens_ms', want: ' ✓', rule: '1 MB dense with the bundled pack: 90 ms meets ≤ 100 ms' },
    { c: cell({ silklens_ms: 101 }), field: 'silklens_ms', want: ' ✗', rule: '1 MB dense with the bundled pack: 101 ms misses ≤ 100 ms' },
    { c: cell({ base: '10k', entities: 10_000, silklens_ms: 101 }), field: 'silklens_ms', want: '', rule: 'no paint-time target at 10k entities' },
    { c: cell({ base: '200k', entities: 200_000, page: '1m-ru-sparse', load_to_paint_ms: 250 }), field: 'load_to_paint_ms', want: ' ✓', rule: '200k, 1 MB: ≤ 300 ms after load' },
    { c: cell({ base: '200k', entities: 200_000, page: '100k-en-dense', load_to_paint_ms: 200 }), field: 'load_to_paint_ms', want: ' ✗', rule: '200k, 100 KB: ≤ 150 ms after load' },
    { c: cell({ base: '200k', entities: 200_000, page: '100k-en-dense', silklens_ms: 200 }), field: 'silklens_ms', want: '', rule: 'the 200k targets count from load, not from the script start' },
    { c: cell({ silklens_to_walk: 7 }), field: 'silklens_to_walk', want: ' ✗', rule: 'bundled pack, 1 MB: scan start → frame ≤ 6× the walk' },
    { c: cell({ page: '100k-en-dense', bytes_to_page: 301 * 1024 }), field: 'bytes_to_page', want: ' ✗', rule: 'a 100 KB page gets ≤ 300 KB' },
    { c: cell({ bytes_to_page: 301 * 1024 }), field: 'bytes_to_page', want: '', rule: 'the bytes target is for 100 KB pages only' },
    { c: cell({ heap_mb: 29 }), field: 'heap_mb', want: ' ✓', rule: 'content-script heap ≤ 30 MB everywhere' },
    { c: cell({ heap_mb: null }), field: 'heap_mb', want: '', rule: 'not measured: no verdict' },
    { c: cell({ silklens_to_markjs_regexp: 0.6 }), field: 'silklens_to_markjs_regexp', want: ' ✗', rule: '≤ 0.5× markRegExp at the bundled pack' },
    { c: failedCell('200k', 200_000, '100k-en-dense', 1, 5), field: 'load_to_paint_ms', want: '', rule: 'a page that never settled has no number to judge (its run fails instead)' },
  ] as const)('$rule', ({ c, field, want, rule }) => expect(mark(c, field), rule).toBe(want));
});
