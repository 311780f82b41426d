import { describe, expect, it } from 'vitest';
import type { EntityCardData } from '../card/card-data';
import type { PageMention } from '../dom/page-model';
import { CardOpener } from './card-opener';
import type { CardSurface } from './card-surface';

const card = (id: string, name = id) => ({ id, name }) as unknown as EntityCardData;
const mention = (entity: string | null, candidates?: string[], key = 'k1') =>
  ({ key, text: 'Japarov', entity, candidates, type: 'person', via: 'alias', start: 0, end: 7 }) as unknown as PageMention;

function setup(details: (ids: string[]) => Promise<EntityCardData[]>) {
  const calls = { getCards: [] as string[][], getCardDetails: [] as string[][] };
  const shown: { key: string; ids: string[]; ambiguous: boolean; names?: string[]; refresh?: boolean }[] = [];
  const surface: Pick<CardSurface, 'shownKey' | 'visible' | 'cancelHide' | 'show'> & { epoch: number } = {
    shownKey: null,
    visible: true,
    epoch: 0,
    cancelHide: () => {},
    show: async (key, _anchor, props, options) => {
      surface.shownKey = key;
      shown.push({ key, ids: props.cards.map((c) => c.id), ambiguous: props.ambiguous, names: props.cards.map((c) => c.name), ...(options?.refresh ? { refresh: true } : {}) });
    },
  };
  const opener = new CardOpener({
    getCards: async (ids) => (calls.getCards.push(ids), ids.map((id) => card(id))),
    getCardDetails: async (ids) => (calls.getCardDetails.push(ids), details(ids)),
    pageDate: () => '2025-01-01',
    card: surface,
    signal: new AbortController().signal,
  });
  return { opener, calls, shown, surface };
}

const rect = {} as DOMRect;

describe('CardOpener', () => {
  it('prefetches pack-only cards once per entity, candidates included', async () => {
    const { opener, calls } = setup(async () => []);
    await opener.prefetch([mention('a'), mention(null, ['b', 'c'])]);
    await opener.prefetch([mention('a'), mention('b')]);
    expect(calls.getCards, 'one request for the missing ids; none when all are cached').toEqual([['a', 'b', 'c']]);
    expect(calls.getCardDetails, 'prefetch never asks for the user data').toEqual([]);
    expect(opener.nameOf('a')).toBe('a');
  });

  it('a card the reader opens asks getCardDetails, and shows the candidates of an ambiguous mention', async () => {
    const { opener, calls, shown } = setup(async (ids) => ids.map((id) => card(id, `full ${id}`)));
    await opener.open(mention(null, ['b', 'c']), rect);
    expect(calls.getCardDetails, 'full cards for an opened card').toEqual([['b', 'c']]);
    expect(shown, 'the candidates, flagged ambiguous').toEqual([{ key: 'k1:', ids: ['b', 'c'], ambiguous: true, names: ['full b', 'full c'] }]);
    await opener.open(mention(null, ['b', 'c']), rect);
    expect(shown, 'the same mention again does not re-render').toHaveLength(1);
  });

  it('falls back to pack cards when the details request fails', async () => {
    const { opener, calls, shown } = setup(async () => {
      throw new Error('worker asleep');
    });
    await opener.open(mention('a'), rect);
    expect(calls.getCards, 'the pack card is fetched instead').toEqual([['a']]);
    expect(shown.map((s) => s.ids), 'and shown').toEqual([['a']]);
  });

  it('an open still waiting for card data stays closed when the card was hidden meanwhile (Escape)', async () => {
    let release: (cards: EntityCardData[]) => void = () => {};
    const { opener, shown, surface } = setup((ids) => new Promise((r) => (release = () => r(ids.map((id) => card(id))))));
    const pending = opener.open(mention('a'), rect);
    surface.epoch++; // the card host was hidden while the details were on their way
    release([]);
    await pending;
    expect(shown, 'nothing is shown after the reader closed the card').toEqual([]);
  });

  it('shows the prefetched pack card at once, then the reader’s full card in place when it differs', async () => {
    let release: () => void = () => {};
    const { opener, shown } = setup((ids) => new Promise((r) => (release = () => r(ids.map((id) => card(id, `${id} with my note`))))));
    await opener.prefetch([mention('a')]);
    const pending = opener.open(mention('a'), rect);
    await Promise.resolve();
    expect(shown, 'the pack card is on screen before the details arrive').toEqual([{ key: 'k1:a', ids: ['a'], ambiguous: false, names: ['a'] }]);
    release();
    await pending;
    expect(shown[1], 'then the full card, rendered in place').toEqual({ key: 'k1:a', ids: ['a'], ambiguous: false, names: ['a with my note'], refresh: true });
  });

  it('does not re-render when the reader has nothing of their own on the entity', async () => {
    const { opener, shown } = setup(async (ids) => ids.map((id) => card(id)));
    await opener.prefetch([mention('a')]);
    await opener.open(mention('a'), rect);
    expect(shown, 'one render: the full card equals the pack card').toHaveLength(1);
  });
});
