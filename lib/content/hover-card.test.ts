// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageMention } from '../dom/page-model';
import { listenHover, liveAnchor, rectHolding, type HoverDeps } from './hover-card';

function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

const mention = { key: 'm1', text: 'Tokayev', start: 0, end: 7, entity: 'kassym-jomart-tokayev', type: 'person', via: 'alias' } as unknown as PageMention;
const rect = { left: 0, top: 0, right: 50, bottom: 10, width: 50, height: 10, x: 0, y: 0 } as DOMRect;
const frame = () => new Promise((r) => setTimeout(r, 40));

let abort = new AbortController();
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

/** A closed card: what listenHover reads of CardHost. */
function cardState() {
  return { isInside: (_t: EventTarget | null) => false, pointerInCard: false, shownKey: null as string | null, visible: false, scheduleHide: () => {}, cancelHide: () => {}, dismissedKey: null as string | null };
}

function setup(overrides: Partial<HoverDeps> = {}) {
  abort = new AbortController();
  const opened: string[] = [];
  let hides = 0;
  const deps: HoverDeps = {
    doc: document,
    card: { ...cardState(), scheduleHide: () => void hides++ },
    keyOf: (m) => m.key,
    hitTest: () => ({ mention, rect }),
    inElement: () => ({ mention, rect }),
    open: async (m) => void opened.push(m.key),
    ...overrides,
  };
  listenHover(deps, abort.signal);
  return { opened, hides: () => hides };
}

const move = (x = 5) => new PointerEvent('pointermove', { clientX: x, clientY: 5, bubbles: true });
/** One animation frame (happy-dom runs rAF on its own clock, not the faked timers). */
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

describe('listenHover', () => {
  it('a trusted pointer resting on a mention opens its card', async () => {
    document.body.innerHTML = '<p id="p">Tokayev</p>';
    const { opened } = setup();
    document.getElementById('p')!.dispatchEvent(trusted(move()));
    await frame();
    expect(opened, 'trusted pointermove → hit test → card').toEqual(['m1']);
  });

  it('a card closed with Escape stays closed until the pointer leaves its mention', async () => {
    document.body.innerHTML = '<p id="p">Tokayev</p>';
    const card = { ...cardState(), dismissedKey: 'm1' as string | null };
    let over = true;
    const { opened } = setup({ card, hitTest: () => (over ? { mention, rect } : null) });
    const p = document.getElementById('p')!;
    p.dispatchEvent(trusted(move()));
    await frame();
    expect(opened, 'still resting on the dismissed mention: no card').toEqual([]);
    over = false;
    p.dispatchEvent(trusted(move()));
    await frame();
    expect(card.dismissedKey, 'leaving the mention forgets the dismissal').toBeNull();
    over = true;
    p.dispatchEvent(trusted(move()));
    await frame();
    expect(opened, 'coming back opens it again').toEqual(['m1']);
  });

  it('synthetic pointer and focus events from the page never open or move the card', async () => {
    document.body.innerHTML = '<p id="p"><a id="a" href="#">Tokayev</a></p>';
    const { opened, hides } = setup();
    document.getElementById('p')!.dispatchEvent(move());
    document.getElementById('a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await frame();
    expect(opened, 'untrusted events are ignored').toEqual([]);
    expect(hides(), 'and do not even schedule a hide').toBe(0);
  });

  it('a trusted pointer off every mention schedules the card to hide', async () => {
    document.body.innerHTML = '<p id="p">Weather</p>';
    const { opened, hides } = setup({ hitTest: () => null });
    document.getElementById('p')!.dispatchEvent(trusted(move()));
    await frame();
    expect(opened).toEqual([]);
    expect(hides(), 'no mention under the pointer: hide (after the grace period)').toBe(1);
  });

  it('trusted focus on an element holding a mention opens its card; focus inside the card does not', () => {
    document.body.innerHTML = '<a id="a" href="#">Tokayev</a><silklens-card id="c"></silklens-card>';
    const card = document.getElementById('c')!;
    const { opened } = setup({ card: { ...cardState(), isInside: (t) => t === card } });
    document.getElementById('a')!.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    card.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    expect(opened, 'one card, for the link').toEqual(['m1']);
  });

  it('with a hover delay, the card opens only after the pointer rests (fake clock)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.body.innerHTML = '<p id="p">Tokayev</p>';
    const { opened } = setup({ hoverDelay: () => 300 });
    document.getElementById('p')!.dispatchEvent(trusted(move()));
    await nextFrame();
    vi.advanceTimersByTime(299);
    expect(opened, 'resting 299 ms of 300: no card yet').toEqual([]);
    vi.advanceTimersByTime(1);
    expect(opened, 'rested for the delay: the card opens').toEqual(['m1']);
  });

  it('leaving the name before the delay opens nothing and lets the shown card go', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.body.innerHTML = '<p id="p">Tokayev</p>';
    let over = true;
    const { opened, hides } = setup({ hoverDelay: () => 300, hitTest: () => (over ? { mention, rect } : null) });
    const p = document.getElementById('p')!;
    p.dispatchEvent(trusted(move()));
    await nextFrame();
    vi.advanceTimersByTime(200);
    over = false;
    p.dispatchEvent(trusted(move(20)));
    await nextFrame();
    vi.advanceTimersByTime(1000);
    expect(opened, 'the pointer left before resting long enough').toEqual([]);
    expect(hides(), 'off every mention: hide after the grace period').toBeGreaterThan(0);
  });

  it('the pointer travelling into the card cancels a pending open and keeps the card', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.body.innerHTML = '<p id="p">Tokayev</p><div id="c"></div>';
    const host = document.getElementById('c')!;
    const other = { ...mention, key: 'm2' } as PageMention;
    let hideCalls = 0;
    const card = { ...cardState(), shownKey: 'm1', visible: true, isInside: (t: EventTarget | null) => t === host, scheduleHide: () => void hideCalls++ };
    let onOther = true;
    const { opened } = setup({ card, hoverDelay: () => 300, hitTest: () => ({ mention: onOther ? other : mention, rect }) });
    document.getElementById('p')!.dispatchEvent(trusted(move()));
    await nextFrame();
    host.dispatchEvent(trusted(move(30)));
    await nextFrame();
    vi.advanceTimersByTime(1000);
    expect(opened, 'crossing another name on the way to the card opens nothing').toEqual([]);
    expect(hideCalls, 'the hide scheduled on leaving the name is the grace period; entering the card cancels it (CardHost)').toBe(1);
    onOther = false;
    document.getElementById('p')!.dispatchEvent(trusted(move(40)));
    await nextFrame();
    vi.advanceTimersByTime(1000);
    expect(opened, 'back on the shown card\'s own name: it stays, nothing opens again').toEqual([]);
  });

  it('stops listening on abort', async () => {
    document.body.innerHTML = '<p id="p">Tokayev</p>';
    const { opened } = setup();
    abort.abort();
    document.getElementById('p')!.dispatchEvent(trusted(move()));
    await frame();
    expect(opened, 'no card after teardown').toEqual([]);
  });
});

describe('rectHolding', () => {
  it.each([
    { why: 'a point inside the rect', x: 10, y: 5, hit: true },
    { why: 'a point within the 1 px tolerance', x: 51, y: 5, hit: true },
    { why: 'a point the caret snapped from, far away', x: 200, y: 5, hit: false },
  ])('$why', ({ x, y, hit }) => {
    expect(rectHolding([rect], x, y) !== null, 'caretPositionFromPoint snaps: only a point inside the range counts').toBe(hit);
  });
});

describe('liveAnchor', () => {
  it('measures the range afresh, keeps the last rect while it cannot be measured, and is null once its text left the document', () => {
    document.body.innerHTML = '<p id="p">Tokayev spoke.</p>';
    const text = document.getElementById('p')!.firstChild as Text;
    // Shaped like the painter's StaticRange (happy-dom has none): offsets that do not follow edits.
    const range = { startContainer: text, startOffset: 0, endContainer: text, endOffset: 7, collapsed: false } as AbstractRange;
    const anchor = liveAnchor(range, document, rect);
    expect(anchor.context, 'the scrolling ancestors of the mention\'s element are followed').toBe(document.getElementById('p'));
    expect(anchor.rect(), 'a rect while the mention is in the document').not.toBeNull();
    text.data = 'Tok'; // the page cut the text under the painted range (not yet repainted)
    expect(anchor.rect(), 'an unmeasurable range keeps its last rect rather than closing the card').not.toBeNull();
    document.getElementById('p')!.remove();
    expect(anchor.rect(), 'the mention left the document: the card must close').toBeNull();
  });
});
