import { describe, expect, it } from 'vitest';
import { groupByType } from './groups';

describe('groupByType', () => {
  it('orders groups person, country, region, organization, event, then unknown types by name; keeps item order', () => {
    const items = [
      { type: 'event', id: 1 },
      { type: 'weapon', id: 2 },
      { type: 'person', id: 3 },
      { type: 'country', id: 4 },
      { type: 'person', id: 5 },
      { type: 'animal', id: 6 },
    ];
    expect(groupByType(items).map(([t, list]) => [t, list.map((i) => i.id)]), 'fixed type order; within a group, input order').toEqual([
      ['person', [3, 5]],
      ['country', [4]],
      ['event', [1]],
      ['animal', [6]],
      ['weapon', [2]],
    ]);
    expect(groupByType([]), 'nothing found: no groups').toEqual([]);
  });
});
