import { describe, expect, it } from 'vitest';
import type { EntityCardData } from '../card/card-data';
import type { PageMention } from '../dom/page-model';
import { CardOpener } from './card-opener';
import type { CardSurface, CardViewProps } from './card-surface';
import { openCard } from './card-open-flow';

const card = (id: string, name = id) => ({ id, name }) as unknown as EntityCardData;
const mention = (entity: string | null, candidates?: string[], key = 'k1') =>
  ({ key, text: 'Japarov', entity, candidates, type: 'person', via: 'alias', start: 0, end: 7 }) as unknown as PageMention;

function setup(
  details: (ids: string[]) => Promise<EntityCardData[]>,
  page = { date: '2025-01-01' as string | undefined },
  opts: { userDataInPage?: boolean; packHas?: (id: string) => boolean } = {},
) {
  const calls = { getCards: [] as string[][], getCardDetails: [] as string[][], dates: [] as (string | undefined)[] };
  const shown: { key: string; ids: string[]; ambiguous: boolean; names?: string[]; refresh?: boolean }[] = [];
  const shownProps: CardViewProps[] = [];
  const surface: Pick<CardSurface, 'shownKey' | 'visible' | 'cancelHide' | 'show' | 'userDataInPage'> & { epoch: number } = {
    ...(opts.userDataInPage === undefined ? {} : { userDataInPage: opts.userDataInPage }),
    shownKey: null,
    visible: true,
    epoch: 0,
    cancelHide: () => {},
    show: async (key, _anchor, props, options) => {
      shownProps.push(props);
      surface.shownKey = key;
      shown.push({ key, ids: props.cards.map((c) => c.id), ambiguous: props.ambiguous, names: props.cards.map((c) => c.name), ...(options?.refresh ? { refresh: true } : {}) });
    },
  };
  const opener = new CardOpener({
    getCards: async (ids, date) => (calls.getCards.push(ids), calls.dates.push(date), ids.filter(opts.packHas ?? (() => true)).map((id) => card(id))),
    getCardDetails: async (ids, date) => (calls.getCardDetails.push(ids), calls.dates.push(date), details(ids)),
    pageDate: () => page.date,
    card: surface,
    signal: new AbortController().signal,
    loadFlow: async () => openCard,
  });
  return { opener, calls, shown, surface, props: shownProps };
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

  it('prefetches overlapping while the first is on its way ask only for ids not yet asked; a failed one may be asked again', async () => {
    const { opener, calls } = setup(async () => []);
    const first = opener.prefetch([mention('a'), mention('b')]);
    const second = opener.prefetch([mention('a'), mention('b'), mention('c')]);
    await Promise.all([first, second]);
    expect(calls.getCards, 'a scan paints in many slices: each id crosses once, not once per slice').toEqual([['a', 'b'], ['c']]);

    let fail = true;
    const failing = new CardOpener({
      getCards: async (ids) => {
        calls.getCards.push(ids);
        if (fail) throw new Error('worker asleep');
        return ids.map((id) => card(id));
      },
      getCardDetails: async () => [],
      pageDate: () => undefined,
      card: { shownKey: null, visible: false, epoch: 0, cancelHide: () => {}, show: async () => {} },
      signal: new AbortController().signal,
      loadFlow: async () => openCard,
    });
    calls.getCards.length = 0;
    await failing.prefetch([mention('x')]).catch(() => undefined);
    fail = false;
    await failing.prefetch([mention('x')]);
    expect(calls.getCards, 'an id whose request failed is asked for again').toEqual([['x'], ['x']]);
    expect(failing.nameOf('x'), 'and arrives').toBe('x');
  });

  it('a card the reader opens asks getCardDetails, and shows the candidates of an ambiguous mention', async () => {
    const { opener, calls, shown } = setup(async (ids) => ids.map((id) => card(id, `full ${id}`)));
    await opener.open(mention(null, ['b', 'c']), rect);
    expect(calls.getCardDetails, 'full cards for an opened card').toEqual([['b', 'c']]);
    expect(shown, 'the candidates, flagged ambiguous').toEqual([{ key: 'k1:', ids: ['b', 'c'], ambiguous: true, names: ['full b', 'full c'] }]);
    await opener.open(mention(null, ['b', 'c']), rect);
    expect(shown, 'the same mention again does not re-render').toHaveLength(1);
  });

  it('tells the card how many namesakes a crowded name has, beyond the few it lists', async () => {
    const { opener, props } = setup(async (ids) => ids.map((id) => card(id)));
    const crowded = { ...mention(null, ['b', 'c']), namesakes: { count: 90, countries: [], units: [3] } } as PageMention;
    await opener.open(crowded, rect);
    expect(props.at(-1)?.namesakes, 'a crowded name: the card says one of 90').toBe(90);
    await opener.open(mention(null, ['d', 'e'], 'k2'), rect);
    expect(props.at(-1)?.namesakes, 'an ordinary ambiguous name lists every bearer: no count').toBeUndefined();
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
    await new Promise((r) => setTimeout(r, 0)); // the details are still held back
    expect(shown, 'the pack card is on screen before the details arrive').toEqual([{ key: 'k1:a', ids: ['a'], ambiguous: false, names: ['a'] }]);
    release();
    await pending;
    expect(shown[1], 'then the full card, rendered in place').toEqual({ key: 'k1:a', ids: ['a'], ambiguous: false, names: ['a with my note'], refresh: true });
  });

  it.each([
    { name: 'a pack entity the reader annotated, prefetched', prefetch: true, id: 'a', pack: true, shownName: 'a' },
    { name: 'a pack entity the reader annotated, not prefetched', prefetch: false, id: 'a', pack: true, shownName: 'a' },
    { name: 'an entity of the reader’s own (no pack card)', prefetch: false, id: 'mine', pack: false, shownName: 'mine with my note' },
  ])('with userDataInPage false, nothing the reader wrote reaches the page: $name', async ({ prefetch, id, pack, shownName }) => {
    const full = (i: string): EntityCardData => ({ ...card(i, `${i} with my note`), type: 'person', otherNames: [{ lang: 'ru', text: 'мой' }], roles: [], facts: [{ text: 'my own fact' }], totalFacts: 1, sources: [], checked: '2026-11-20', notes: ['my private note'], noteDates: ['2026-11-20T10:00:00Z'] }) as unknown as EntityCardData;
    const { opener, props } = setup(async (ids) => ids.map(full), undefined, { userDataInPage: false, packHas: (i) => pack && i === id });
    if (prefetch) await opener.prefetch([mention(id)]);
    await opener.open(mention(id), rect);
    const rendered = JSON.stringify(props.at(-1)?.cards);
    expect(rendered, 'no private note is rendered into the page').not.toContain('my private note');
    expect(rendered, 'no fact of the reader’s own is rendered into the page').not.toContain('my own fact');
    expect(props.at(-1)?.cards.map((c) => c.name), pack ? 'the pack’s own card is shown' : 'an own entity shows its bare name only').toEqual([shownName]);
  });

  it('with userDataInPage unset, the reader’s full card is shown (Chromium)', async () => {
    const { opener, props } = setup(async (ids) => ids.map((i) => ({ ...card(i, `${i} full`), notes: ['my private note'] }) as unknown as EntityCardData));
    await opener.open(mention('a'), rect);
    expect(JSON.stringify(props.at(-1)?.cards), 'the note is on the card where the page cannot reach it').toContain('my private note');
  });

  it('does not re-render when the reader has nothing of their own on the entity', async () => {
    const { opener, shown } = setup(async (ids) => ids.map((id) => card(id)));
    await opener.prefetch([mention('a')]);
    await opener.open(mention('a'), rect);
    expect(shown, 'one render: the full card equals the pack card').toHaveLength(1);
  });

  it('asks for cards ordered for the page’s date, and drops cards ordered for another date after a navigation', async () => {
    const page = { date: '2023-01' as string | undefined };
    const { opener, calls } = setup(async () => [], page);
    await opener.prefetch([mention('a')]);
    await opener.prefetch([mention('a')]);
    expect(calls.getCards, 'cached for the same date').toEqual([['a']]);
    page.date = '2026-11-30';
    await opener.prefetch([mention('a')]);
    expect(calls.getCards, 'a new page date refetches').toEqual([['a'], ['a']]);
    expect(calls.dates, 'each request carries the date it was ordered for').toEqual(['2023-01', '2026-11-30']);
  });

  it('passes why the mention matched, and names the other holder on a day the office changed hands', async () => {
    const { opener, props } = setup(async (ids) => ids.map((id) => card(id, id === 'b' ? 'Holder B' : 'Holder A')));
    const title = { ...mention('a'), via: 'title', office: 'president:x', reason: { kind: 'title', office: 'president:x', date: '2019-03-20', also: ['b'] } } as unknown as PageMention;
    await opener.prefetch([title]);
    await opener.open(title, rect);
    expect(props.at(-1)?.reason, 'the matcher’s reason reaches the card').toEqual({ kind: 'title', office: 'president:x', date: '2019-03-20', also: ['b'] });
    expect(props.at(-1)?.alsoHolders, 'the other holder that day, by name').toEqual(['b']);
  });
});

describe('CardOpener.idle', () => {
  it('settles once the prefetches under way have landed, so names are known', async () => {
    let release: () => void = () => {};
    const opener = new CardOpener({
      getCards: (ids) => new Promise((r) => (release = () => r(ids.map((id) => card(id, `Name ${id}`))))),
      getCardDetails: async () => [],
      pageDate: () => undefined,
      card: { shownKey: null, visible: false, epoch: 0, cancelHide: () => {}, show: async () => {} },
      signal: new AbortController().signal,
      loadFlow: async () => openCard,
    });
    void opener.prefetch([mention(null, ['b', 'c'])]);
    let idle = false;
    const waiting = opener.idle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle, 'not idle while the prefetch is out').toBe(false);
    expect(opener.nameOf('b'), 'no name yet').toBeUndefined();
    release();
    await waiting;
    expect(opener.nameOf('b'), 'the candidate is named once the prefetch lands').toBe('Name b');
  });
});

describe('a card surface that keeps the reader’s data off the page (Firefox)', () => {
  it('says so on every card, whether or not the reader has notes on it', async () => {
    const props: CardViewProps[] = [];
    const opener = new CardOpener({
      getCards: async (ids) => ids.map((id) => card(id)),
      getCardDetails: async (ids) => ids.map((id) => ({ ...card(id), notes: id === 'a' ? ['my note'] : undefined }) as unknown as EntityCardData),
      pageDate: () => undefined,
      card: { shownKey: null, visible: true, epoch: 0, cancelHide: () => {}, show: async (_k, _a, p) => void props.push(p), userDataInPage: false },
      signal: new AbortController().signal,
      loadFlow: async () => openCard,
    });
    await opener.open(mention('a'), rect);
    await opener.open(mention('b', undefined, 'k2'), rect);
    expect(props.map((p) => p.privateElsewhere), 'the same line on both cards').toEqual([true, true]);
    expect(JSON.stringify(props.map((p) => p.cards)), 'the note never reaches the card').not.toContain('my note');
  });
});

describe('CardOpener waiting for the card UI', () => {
  const deps = (loadFlow: () => Promise<typeof openCard | null>, surface = { shownKey: null as string | null, visible: false, epoch: 0, cancelHide: () => {}, show: async () => {} }) => {
    const calls = { details: 0 };
    const opener = new CardOpener({
      getCards: async (ids) => ids.map((id) => card(id)),
      getCardDetails: async (ids) => (calls.details++, ids.map((id) => card(id))),
      pageDate: () => undefined,
      card: surface,
      signal: new AbortController().signal,
      loadFlow,
    });
    return { opener, calls, surface };
  };

  it.each([
    { why: 'a UI that could not be had opens nothing and asks nothing', load: async () => null },
    { why: 'a UI load that failed opens nothing and asks nothing', load: async () => Promise.reject(new Error('no tab')) },
  ])('$why', async ({ load }) => {
    const { opener, calls } = deps(load);
    await opener.open(mention('a'), rect);
    expect(calls.details, 'no details request without a card to show them').toBe(0);
  });

  it('a card closed while its UI was on its way stays closed', async () => {
    let release: (flow: typeof openCard) => void = () => {};
    const { opener, calls, surface } = deps(() => new Promise((r) => (release = r)));
    const pending = opener.open(mention('a'), rect);
    surface.epoch++; // Escape while the UI loads
    release(openCard);
    await pending;
    expect(calls.details, 'the open was dropped before asking for the reader’s data').toBe(0);
  });

  it('the card already shown for the mention is kept without waiting for anything', async () => {
    let cancelled = 0;
    const { opener } = deps(() => new Promise(() => {}), { shownKey: 'k1:a', visible: true, epoch: 0, cancelHide: () => void cancelled++, show: async () => {} });
    await opener.open(mention('a'), rect);
    expect(cancelled, 'its pending hide is cancelled, and open returns though the UI never comes').toBe(1);
  });
});
