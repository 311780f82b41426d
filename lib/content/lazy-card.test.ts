import { describe, expect, it } from 'vitest';
import type { CardAnchor, CardFactory, CardSurface, CardViewProps } from './card-surface';
import { LazyCardSurface } from './lazy-card';

/** A real card stand-in that records what reached it. */
class FakeCard implements CardSurface {
  shownKey: string | null = null;
  dismissedKey: string | null = null;
  epoch = 0;
  pointerInCard = false;
  root: ShadowRoot | null = null;
  calls: string[] = [];
  constructor(readonly userDataInPage: boolean) {}
  get visible(): boolean {
    return this.shownKey !== null;
  }
  async show(key: string, _anchor: CardAnchor, props: CardViewProps, options: { focus?: boolean; refresh?: boolean } = {}): Promise<void> {
    this.shownKey = key;
    this.calls.push(`show ${key} ${props.text}${options.focus ? ' focus' : ''}${options.refresh ? ' refresh' : ''}`);
  }
  isInside(target: EventTarget | null): boolean {
    return target === INSIDE;
  }
  scheduleHide(): void {
    this.calls.push('scheduleHide');
  }
  cancelHide(): void {
    this.calls.push('cancelHide');
  }
  hide(): void {
    this.epoch++;
    this.shownKey = null;
    this.calls.push('hide');
  }
}

const INSIDE = {} as EventTarget;
const anchor = { x: 0, y: 0, width: 1, height: 1 } as DOMRect;
const props = (text: string): CardViewProps => ({ text, cards: [], ambiguous: false });
const doc = {} as Document;

/** A load the test resolves by hand, counting how often it was asked. */
function harness(options: { userDataInPage?: boolean; realUserData?: boolean } = {}) {
  const real = new FakeCard(options.realUserData ?? true);
  let resolve: (f: CardFactory | null) => void = () => {};
  let reject: (e: Error) => void = () => {};
  let loads = 0;
  const abort = new AbortController();
  const lazy = new LazyCardSurface(doc, abort.signal, {
    userDataInPage: options.userDataInPage ?? true,
    load: () => {
      loads++;
      return new Promise<CardFactory | null>((res, rej) => ((resolve = res), (reject = rej)));
    },
  });
  const factory: CardFactory = () => real;
  const settle = () => new Promise((r) => setTimeout(r, 0));
  /** The usual open: the card for 'k1' with one line of text. */
  const showTokayev = () => lazy.show('k1', anchor, props('Tokayev'));
  return { real, lazy, abort, factory, showTokayev, loads: () => loads, arrive: async (f: CardFactory | null = factory) => (resolve(f), settle()), fail: async () => (reject(new Error('no tab')), settle()) };
}

describe('LazyCardSurface before the card UI is here', () => {
  it('is a card that is not shown', () => {
    const { lazy } = harness();
    expect(lazy.visible, 'nothing is visible').toBe(false);
    expect(lazy.root, 'no shadow root exists').toBeNull();
    expect(lazy.isInside(INSIDE), 'no node is inside a card that does not exist').toBe(false);
    expect(lazy.pointerInCard, 'the pointer cannot be in it').toBe(false);
    expect(lazy.shownKey, 'no key is shown').toBeNull();
    expect(lazy.epoch, 'no hide yet').toBe(0);
  });

  it.each([true, false])('says userDataInPage=%s as configured, then what the real card says', async (early) => {
    const h = harness({ userDataInPage: early, realUserData: !early });
    expect(h.lazy.userDataInPage, 'before the UI: the configured value for this page').toBe(early);
    h.lazy.preload();
    await h.arrive();
    expect(h.lazy.userDataInPage, 'after: the real card decides').toBe(!early);
  });
});

describe('LazyCardSurface show', () => {
  it('waits for the UI, then draws the card', async () => {
    const h = harness();
    const shown = h.showTokayev();
    expect(h.lazy.shownKey, 'the waiting card is the one asked for (the hover does not ask again)').toBe('k1');
    expect(h.real.calls, 'nothing is drawn before the UI arrives').toEqual([]);
    await h.arrive();
    await shown;
    expect(h.real.calls, 'the waiting show reaches the real card').toEqual(['show k1 Tokayev']);
    expect(h.lazy.visible && h.lazy.shownKey === 'k1', 'then the lazy card reports the real one').toBe(true);
  });

  it('drops a show whose card was hidden while it waited, and moves the epoch', async () => {
    const h = harness();
    const shown = h.showTokayev();
    h.lazy.hide();
    expect(h.lazy.epoch, 'a hide moves the epoch even before the UI is here').toBe(1);
    expect(h.lazy.shownKey, 'nothing waits any more').toBeNull();
    await h.arrive();
    await shown;
    expect(h.real.calls, 'a closed card stays closed').toEqual([]);
    expect(h.lazy.epoch, 'the epoch never goes back once the real card counts').toBeGreaterThanOrEqual(1);
  });

  it('of several shows waiting, only the latest is drawn, keeping a keyboard focus', async () => {
    const h = harness();
    const a = h.lazy.show('k1', anchor, props('pack card'), { focus: true });
    const b = h.lazy.show('k1', anchor, props('full card'), { refresh: true });
    await h.arrive();
    await Promise.all([a, b]);
    expect(h.real.calls, 'one draw, with the latest props, as a first draw (not a refresh) and with the focus asked for').toEqual(['show k1 full card focus']);
    expect(h.loads(), 'one load for both').toBe(1);
  });

  it('the pointer leaving while the card waits starts the grace period once it is drawn', async () => {
    const h = harness();
    const shown = h.showTokayev();
    h.lazy.scheduleHide();
    await h.arrive();
    await shown;
    expect(h.real.calls, 'drawn, then its hide scheduled').toEqual(['show k1 Tokayev', 'scheduleHide']);
  });

  it('the pointer coming back before the UI cancels that', async () => {
    const h = harness();
    const shown = h.showTokayev();
    h.lazy.scheduleHide();
    h.lazy.cancelHide();
    await h.arrive();
    await shown;
    expect(h.real.calls, 'drawn and kept').toEqual(['show k1 Tokayev']);
  });

  it.each([
    ['the UI could not be had (null)', (h: ReturnType<typeof harness>) => h.arrive(null)],
    ['the request failed', (h: ReturnType<typeof harness>) => h.fail()],
  ])('%s: nothing is drawn, and the next show asks again', async (_why, failWith) => {
    const h = harness();
    const first = h.showTokayev();
    await failWith(h);
    await first;
    expect(h.real.calls, 'no card without its UI').toEqual([]);
    expect(h.lazy.visible, 'and none reported').toBe(false);
    const second = h.showTokayev();
    expect(h.loads(), 'a failed load is not remembered: the next show tries again').toBe(2);
    await h.arrive();
    await second;
    expect(h.real.calls, 'drawn once the UI arrives').toEqual(['show k1 Tokayev']);
  });

  it('after teardown the arriving UI makes no card', async () => {
    const h = harness();
    const shown = h.showTokayev();
    h.abort.abort();
    await h.arrive();
    await shown;
    expect(h.real.calls, 'a torn-down page draws nothing').toEqual([]);
    expect(h.lazy.loaded, 'and keeps no card').toBe(false);
  });
});

describe('LazyCardSurface once the UI is here', () => {
  it('preload fetches it once, with no card drawn', async () => {
    const h = harness();
    h.lazy.preload();
    h.lazy.preload();
    await h.arrive();
    expect(h.loads(), 'one request however often preloaded').toBe(1);
    expect(h.lazy.loaded, 'the real card exists').toBe(true);
    expect(h.real.calls, 'and shows nothing').toEqual([]);
  });

  it('hands every call to the real card and carries over a dismissed key', async () => {
    const h = harness();
    h.lazy.dismissedKey = 'k0';
    h.lazy.hide();
    h.lazy.preload();
    await h.arrive();
    expect(h.real.dismissedKey, 'a dismissal made before the UI arrived still holds').toBe('k0');
    await h.lazy.show('k1', anchor, props('Tokayev'), { focus: true, refresh: true });
    h.lazy.scheduleHide();
    h.lazy.cancelHide();
    h.lazy.hide();
    expect(h.real.calls, 'calls pass through unchanged').toEqual(['show k1 Tokayev focus refresh', 'scheduleHide', 'cancelHide', 'hide']);
    expect(h.lazy.isInside(INSIDE), 'isInside is the real card’s').toBe(true);
    expect(h.lazy.epoch, 'the epoch counts the early hide and the real one').toBe(2);
    h.lazy.dismissedKey = 'k2';
    expect(h.real.dismissedKey, 'dismissedKey writes through').toBe('k2');
  });
});

describe('LazyCardSurface.preloadWhenIdle', () => {
  /** A frame whose idle callbacks and timers the test runs by hand. */
  const frame = (withIdle: boolean) => {
    const queued: (() => void)[] = [];
    const win = {
      setTimeout: ((cb: () => void) => (queued.push(cb), 1)) as unknown as Window['setTimeout'],
      ...(withIdle ? { requestIdleCallback: ((cb: () => void) => (queued.push(cb), 1)) as unknown as Window['requestIdleCallback'] } : {}),
    };
    return { win, queued, runAll: () => queued.splice(0).forEach((cb) => cb()) };
  };

  it.each([true, false])('fetches the UI once, at the next idle moment (requestIdleCallback: %s)', async (withIdle) => {
    const h = harness();
    const f = frame(withIdle);
    h.lazy.preloadWhenIdle(f.win);
    h.lazy.preloadWhenIdle(f.win);
    expect(f.queued.length, 'scheduled once however often the page’s cards are prefetched').toBe(1);
    expect(h.loads(), 'nothing is fetched before the frame is idle').toBe(0);
    f.runAll();
    expect(h.loads(), 'fetched when idle').toBe(1);
    await h.arrive();
    expect(h.lazy.loaded, 'and the card is ready before any hover').toBe(true);
  });

  it('fetches nothing when the page was torn down before it was idle', () => {
    const h = harness();
    const f = frame(true);
    h.lazy.preloadWhenIdle(f.win);
    h.abort.abort();
    f.runAll();
    expect(h.loads(), 'a torn-down page asks for nothing').toBe(0);
  });

  it('hands over the parts the UI brought once it is here, null when it could not be had', async () => {
    const h = harness();
    const parts = Object.assign(() => h.real, { openFlow: async () => {} });
    const waiting = h.lazy.ui();
    await h.arrive(parts);
    expect(await waiting, 'the factory with its parts, after the UI arrived').toBe(parts);
    const failed = harness();
    const none = failed.lazy.ui();
    await failed.arrive(null);
    expect(await none, 'no UI, no parts').toBeNull();
  });

  it('the pointer leaving while an open waits for the UI starts the grace period once that open draws its card', async () => {
    const h = harness();
    const waiting = h.lazy.ui(); // card-opener.ts: the open waits for the parts, then shows
    h.lazy.scheduleHide();
    await h.arrive();
    await waiting;
    await h.showTokayev();
    expect(h.real.calls, 'drawn, then its hide scheduled').toEqual(['show k1 Tokayev', 'scheduleHide']);
    await h.lazy.show('k2', anchor, props('Japarov'));
    expect(h.real.calls.at(-1), 'only that once').toBe('show k2 Japarov');
  });

  it('an open cancels a hide left from before it (the pointer moved off while the UI loaded at idle)', async () => {
    const h = harness();
    h.lazy.preload();
    h.lazy.scheduleHide();
    h.lazy.cancelHide(); // card-opener.ts open: cancelHide first
    await h.arrive();
    await h.showTokayev();
    expect(h.real.calls, 'drawn and kept').toEqual(['show k1 Tokayev']);
  });
});
