import { describe, expect, it } from 'vitest';
import { reclaimHighlights } from './highlight-guard';

/** Stand-ins for Highlight objects: identity is all the guard looks at. */
const ours = { person: { name: 'ours-person' }, all: { name: 'ours-all' } };
const forged = { name: 'page-forged' };

function owned(): Map<string, object> {
  return new Map<string, object>([['silklens-person', ours.person], ['silklens', ours.all]]);
}

describe('reclaimHighlights', () => {
  it.each([
    {
      why: 'an untouched registry is left alone',
      before: [['silklens-person', ours.person], ['silklens', ours.all]] as [string, object][],
      taken: [],
    },
    {
      why: 'a page-forged Highlight under our name is replaced by ours',
      before: [['silklens-person', forged], ['silklens', ours.all]] as [string, object][],
      taken: ['silklens-person'],
    },
    {
      why: 'an entry the page deleted (or CSS.highlights.clear()) is set back',
      before: [] as [string, object][],
      taken: ['silklens-person', 'silklens'],
    },
    {
      why: 'a copy with the same contents is not ours: identity, not shape, decides',
      before: [['silklens-person', { ...ours.person }], ['silklens', ours.all]] as [string, object][],
      taken: ['silklens-person'],
    },
  ])('$why', ({ before, taken }) => {
    const registry = new Map<string, object>(before);
    expect(reclaimHighlights(registry, owned()), 'reports exactly the names it had to take back').toEqual(taken);
    expect(registry.get('silklens-person'), 'afterwards the registry holds our person highlight').toBe(ours.person);
    expect(registry.get('silklens'), 'afterwards the registry holds our all-mentions highlight').toBe(ours.all);
  });

  it("leaves the page's own highlights under other names alone", () => {
    const pageOwn = { name: 'page-search-hits' };
    const registry = new Map<string, object>([['search-hits', pageOwn]]);
    reclaimHighlights(registry, owned());
    expect(registry.get('search-hits'), 'a highlight that is not ours is not touched').toBe(pageOwn);
  });

  it('does nothing when we own nothing yet', () => {
    const registry = new Map<string, object>([['silklens-person', forged]]);
    expect(reclaimHighlights(registry, new Map()), 'nothing owned, nothing to reclaim').toEqual([]);
    expect(registry.get('silklens-person'), 'without a paint of ours there is nothing to put back').toBe(forged);
  });
});
