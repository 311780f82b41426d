import { describe, expect, it } from 'vitest';
import type { WikidataDisagreement } from './compare';
import { afterCheck, EMPTY_WIKIDATA_STATE, parseWikidataState, viewOf, withDismissal } from './state';

const d = (office: string, item: string): WikidataDisagreement => ({ office, wikidataHolder: item, wikidataItem: item });
const outcome = (...ds: WikidataDisagreement[]) => ({ offices: 3, agreements: 1, disagreements: ds, notFound: [] });
const AT = '2026-12-03T10:00:00.000Z';

describe('Wikidata check state', () => {
  it('reads a stored state back, and anything unreadable as never checked', () => {
    const good = afterCheck(EMPTY_WIKIDATA_STATE, outcome(d('a:x', 'Q1')), AT);
    expect(parseWikidataState(JSON.parse(JSON.stringify(good))), 'a round trip through JSON (backups)').toEqual(good);
    for (const bad of [null, 'x', { check: { checkedAt: 'yesterday' }, dismissed: [] }, { check: null, dismissed: [{ office: 'a:x', item: 'javascript:1' }] }]) {
      expect(parseWikidataState(bad), `unreadable: ${JSON.stringify(bad)}`).toEqual(EMPTY_WIKIDATA_STATE);
    }
  });

  it('dismisses per (office, holder), and a new check keeps only dismissals it still lists', () => {
    const first = afterCheck(EMPTY_WIKIDATA_STATE, outcome(d('a:x', 'Q1'), d('b:x', 'Q2')), AT);
    const dismissed = withDismissal(first, 'a:x', 'Q1')!;
    expect(viewOf(dismissed)!.disagreements.map((x) => x.wikidataItem)).toEqual(['Q2']);
    expect(withDismissal(dismissed, 'a:x', 'Q1'), 'dismissing twice changes nothing').toBeUndefined();
    expect(withDismissal(dismissed, 'a:x', 'Q9'), 'a difference not listed cannot be dismissed').toBeUndefined();
    expect(afterCheck(dismissed, outcome(d('a:x', 'Q1')), AT).dismissed, 'same holder again: still dismissed').toEqual([{ office: 'a:x', item: 'Q1' }]);
    expect(afterCheck(dismissed, outcome(d('a:x', 'Q3')), AT).dismissed, 'another holder: the old dismissal is dropped').toEqual([]);
  });

  it('has no view before the first check', () => {
    expect(viewOf(EMPTY_WIKIDATA_STATE)).toBeNull();
  });
});
