// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { PageMention } from '../dom/page-model';
import { listenHover, rectHolding, type HoverDeps } from './hover-card';

function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

const mention = { key: 'm1', text: 'Tokayev', start: 0, end: 7, entity: 'kassym-jomart-tokayev', type: 'person', via: 'alias' } as unknown as PageMention;
const rect = { left: 0, top: 0, right: 50, bottom: 10, width: 50, height: 10, x: 0, y: 0 } as DOMRect;
const frame = () => new Promise((r) => setTimeout(r, 40));

let abort = new AbortController();
afterEach(() => abort.abort());

function setup(overrides: Partial<HoverDeps> = {}) {
  abort = new AbortController();
  const opened: string[] = [];
  let hides = 0;
  const deps: HoverDeps = {
    doc: document,
    card: { isInside: () => false, pointerInCard: false, scheduleHide: () => void hides++, dismissedKey: null },
    keyOf: (m) => m.key,
    hitTest: () => ({ mention, rect }),
    inElement: () => ({ mention, rect }),
    open: async (m) => void opened.push(m.key),
    ...overrides,
  };
  listenHover(deps, abort.signal);
  return { opened, hides: () => hides };
}

const move = () => new PointerEvent('pointermove', { clientX: 5, clientY: 5, bubbles: true });

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
    const card = { isInside: () => false, pointerInCard: false, scheduleHide: () => {}, dismissedKey: 'm1' as string | null };
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
    const { opened } = setup({ card: { isInside: (t) => t === card, pointerInCard: false, scheduleHide: () => {}, dismissedKey: null } });
    document.getElementById('a')!.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    card.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    expect(opened, 'one card, for the link').toEqual(['m1']);
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
