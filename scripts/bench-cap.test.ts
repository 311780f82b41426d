import { describe, expect, it } from 'vitest';
import { CapRecord } from './bench-cap';

describe('mark.js cap record', () => {
  const record = new CapRecord();
  record.add({ mode: 'array', entities: 0, chars: 60_000 });
  record.add({ mode: 'regexp', entities: 50_000, chars: 4_000_000 });

  it.each([
    { cell: { mode: 'array', entities: 0, chars: 60_000 }, capped: true, rule: 'the capped cell itself is not run again' },
    { cell: { mode: 'array', entities: 10_000, chars: 600_000 }, capped: true, rule: 'more terms on more text cannot end sooner' },
    { cell: { mode: 'array', entities: 0, chars: 59_999 }, capped: false, rule: 'less text may end under the cap: it runs' },
    { cell: { mode: 'regexp', entities: 10_000, chars: 5_000_000 }, capped: false, rule: 'fewer terms may end under the cap: it runs' },
    { cell: { mode: 'regexp', entities: 200_000, chars: 4_000_000 }, capped: true, rule: 'a bigger base on as much text is capped' },
    { cell: { mode: 'regexp', entities: 0, chars: 60_000 }, capped: false, rule: "one mode's cap says nothing of the other's" },
  ] as const)('$rule', ({ cell, capped, rule }) => expect(record.dominatedBy(cell) !== undefined, rule).toBe(capped));

  it('caps nothing before any run reached the cap', () => {
    expect(new CapRecord().dominatedBy({ mode: 'array', entities: 200_000, chars: 5_000_000 }), 'an empty record dominates no cell').toBeUndefined();
  });
});
