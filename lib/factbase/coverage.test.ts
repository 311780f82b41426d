import { describe, expect, it } from 'vitest';
import { buildCoverage, officeTotalsLine } from './coverage';
import type { Entity, Role, Source } from './schema';

const TODAY = '2026-12-03';
const sources: Source[] = [
  { id: 'fresh', title: 'Fresh', publisher: 'P', date: '2026-06-01', url: 'https://example.org/1' },
  { id: 'edge-month', title: 'Month of a year ago', publisher: 'P', date: '2025-12', url: 'https://example.org/2' },
  { id: 'old', title: 'Old', publisher: 'P', date: '2024', url: 'https://example.org/3' },
  { id: 'day-in', title: 'A year ago to the day', publisher: 'P', date: '2025-12-03', url: 'https://example.org/4' },
];
const role = (office: string, sourceIds: string[], to: string | null = null): Role => ({ title: `Holder of ${office}`, office, to, sources: sourceIds });
const person = (id: string, roles: Role[]): Entity => ({
  id, type: 'person', names: { en: id.toUpperCase() }, aliases: [], roles, facts: [], related: [], checked: '2026-11-01',
});

describe('buildCoverage: per office', () => {
  const entities = [
    person('a', [role('president:x', ['fresh', 'old'])]),
    person('b', [role('president:x', ['old'], '2020'), role('prime-minister:x', ['edge-month'])]),
    person('c', [role('speaker:x', ['day-in'])]),
    person('d', [role('minister:x', ['old'], '2021')]),
    person('e', [role('deputy:x', ['fresh']), { title: 'Unkeyed', to: null, sources: ['old'] }]),
    person('f', [role('deputy:x', ['old'])]),
  ];
  const { offices, officeTotals } = buildCoverage(entities, sources, TODAY);
  const byKey = new Map(offices.map((o) => [o.office, o]));

  it('lists every office key once, sorted, with only current roles as holders', () => {
    expect(offices.map((o) => o.office), 'one row per office key, unkeyed roles left out').toEqual(['deputy:x', 'minister:x', 'president:x', 'prime-minister:x', 'speaker:x']);
    expect(byKey.get('president:x')!.holders.map((h) => h.entityId), 'a past holder is not a current holder').toEqual(['a']);
    expect(byKey.get('minister:x')!.holders, 'an office whose roles all ended has no current holder').toEqual([]);
    expect(byKey.get('minister:x')!.confirmed, 'nobody to confirm is not "confirmed"').toBe(false);
  });

  it.each([
    ['president:x', true, '2026-06-01', 'a source from six months ago confirms'],
    ['prime-minister:x', false, '2025-12', 'a month-precision source that may predate the window does not confirm'],
    ['speaker:x', true, '2025-12-03', 'a source exactly twelve months old still confirms'],
    ['deputy:x', false, '2026-06-01', 'an office is confirmed only when every current holder is'],
  ])('%s confirmed=%s, last %s (%s)', (office, confirmed, last) => {
    const row = byKey.get(office)!;
    expect(row.confirmed).toBe(confirmed);
    expect(row.lastConfirmed, 'the newest confirming source date').toBe(last);
  });

  it('counts current office roles and the confirmed ones, and says it as one line', () => {
    expect(officeTotals, 'a, b(pm), c, e, f are current office roles; a, c, e are confirmed').toEqual({ currentRoles: 5, confirmed: 3 });
    expect(officeTotalsLine(officeTotals)).toBe('3 of 5 current roles confirmed within 12 months (60 %)');
    expect(officeTotalsLine({ currentRoles: 0, confirmed: 0 }), 'no roles: no division by zero').toBe('0 of 0 current roles confirmed within 12 months (0 %)');
  });

  it('a role citing only unknown sources has no last-confirmed date and is not confirmed', () => {
    const { offices: only } = buildCoverage([person('z', [role('president:y', ['missing'])])], sources, TODAY);
    expect(only[0]!.holders[0]).toEqual({ entityId: 'z', name: 'Z', title: 'Holder of president:y', confirmed: false });
  });
});
