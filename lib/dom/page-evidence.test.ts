import { describe, expect, it } from 'vitest';
import type { Mention } from '../match/types';
import { PageEvidence } from './page-evidence';

const m = (entity: string): Mention => ({ start: 3, end: 9, text: entity, entity, type: 'person', via: 'name' });
const scopes = (ev: PageEvidence<Mention>, regions: number[]) => [...ev.tokens(regions)].map((t) => `${t.entity}@${t.scope!.region}/${t.scope!.section}`);

describe('PageEvidence', () => {
  it('passes page tokens always and region tokens only for the regions asked', () => {
    const ev = new PageEvidence<Mention>();
    ev.add('e:a', 1, 10, m('a'));
    ev.add('e:b', 2, 20, m('b'));
    expect(scopes(ev, [1]), 'page tokens (-1) for both keys, section tokens of region 1 only').toEqual(['a@-1/-1', 'b@-1/-1', 'a@1/10']);
    expect(scopes(ev, []), 'no region asked: page tokens only').toEqual(['a@-1/-1', 'b@-1/-1']);
  });

  it('tokens are evidence only and sit at no paragraph', () => {
    const ev = new PageEvidence<Mention>();
    ev.add('e:a', 1, 10, m('a'));
    for (const t of ev.tokens([1])) {
      expect(t.evidenceOnly, 'never highlighted').toBe(true);
      expect(t.scope!.block, 'never counted as the paragraph being resolved').toBe(-1);
    }
  });

  it.each([
    ['a key new to the page moves both versions', (ev: PageEvidence<Mention>) => ev.add('e:c', 1, 10, m('c')), true, true],
    ['a key already on the page, new to region 1, moves only region 1', (ev: PageEvidence<Mention>) => ev.add('e:b', 1, 10, m('b')), false, true],
    ['a second copy in the same section moves nothing', (ev: PageEvidence<Mention>) => ev.add('e:a', 1, 10, m('a')), false, false],
    ['a key leaving region 2 but not the page moves neither the page nor region 1', (ev: PageEvidence<Mention>) => { ev.add('e:a', 2, 20, m('a')); ev.remove('e:a', 2, 20); }, false, false],
    ['the last copy leaving the page moves both', (ev: PageEvidence<Mention>) => ev.remove('e:a', 1, 10), true, true],
  ])('%s', (_rule, change, pageMoves, regionMoves) => {
    const ev = new PageEvidence<Mention>();
    ev.add('e:a', 1, 10, m('a'));
    ev.add('e:b', 2, 20, m('b'));
    const [v, r1] = [ev.version, ev.regionVersion(1)];
    change(ev);
    expect(ev.version !== v, 'page version: only keys appearing on or leaving the page').toBe(pageMoves);
    expect(ev.regionVersion(1) !== r1, 'region 1 version: only its own (section, key) pairs').toBe(regionMoves);
  });
});
