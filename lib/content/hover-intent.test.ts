import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageMention } from '../dom/page-model';
import type { HoverTarget } from './hover-card';
import { HoverIntent, REST_TOLERANCE_PX } from './hover-intent';

/** Mentions laid out on one line, 60 px apart: a pointer at x is over the one whose span holds x. */
const target = (key: string): HoverTarget => ({ mention: { key } as unknown as PageMention, rect: { left: 0, top: 0, width: 50, height: 10 } as DOMRect });
const LINE = ['Tokayev', 'Mirziyoyev', 'Japarov', 'Rahmon'].map(target);
const under = (x: number): HoverTarget | null => LINE[Math.floor(x / 60)] ?? null;

let abort: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  abort = new AbortController();
});
afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

function setup(delay = 300, hitTest: (x: number, y: number) => HoverTarget | null = (x) => under(x)) {
  const opened: string[] = [];
  const intent = new HoverIntent(
    { delay: () => delay, keyOf: (t) => t.mention.key, hitTest, open: (t) => void opened.push(t.mention.key) },
    abort.signal,
  );
  /** The pointer at (x, 5): what listenHover does each frame. */
  const at = (x: number) => {
    const hit = under(x);
    if (hit) intent.over(hit, x, 5);
    else intent.cancel();
  };
  return { intent, opened, at };
}

describe('HoverIntent', () => {
  it('crossing a line of names at reading speed opens none of them', () => {
    const { opened, at } = setup();
    // 1,000 px/s: one frame (16 ms) per 16 px, 60 px per name ≈ 60 ms on each.
    for (let x = 5; x < 240; x += 16) {
      at(x);
      vi.advanceTimersByTime(16);
    }
    at(500); // off the line
    vi.advanceTimersByTime(1000);
    expect(opened, 'no name held the pointer for the delay').toEqual([]);
  });

  it('resting on a name opens its card once the delay has passed, not before', () => {
    const { opened, at } = setup(300);
    at(70);
    vi.advanceTimersByTime(299);
    expect(opened, 'before the delay: nothing').toEqual([]);
    vi.advanceTimersByTime(1);
    expect(opened, 'after the delay: the rested-on name').toEqual(['Mirziyoyev']);
  });

  it('tremor within the tolerance is still resting; moving further along the name starts the wait again', () => {
    const { opened, at } = setup(300);
    at(70);
    vi.advanceTimersByTime(200);
    at(70 + REST_TOLERANCE_PX - 1);
    vi.advanceTimersByTime(100);
    expect(opened, 'a small tremor does not restart the wait').toEqual(['Mirziyoyev']);

    const second = setup(300);
    second.at(130);
    vi.advanceTimersByTime(200);
    second.at(130 + 20);
    vi.advanceTimersByTime(200);
    expect(second.opened, '20 px along the name: the wait started again at 200 ms').toEqual([]);
    vi.advanceTimersByTime(100);
    expect(second.opened, 'then it opens once the pointer has rested for the delay').toEqual(['Japarov']);
  });

  it('moving to another name restarts the wait for that name only', () => {
    const { opened, at } = setup(300);
    at(10);
    vi.advanceTimersByTime(250);
    at(70);
    vi.advanceTimersByTime(250);
    expect(opened, 'neither name held the pointer for 300 ms').toEqual([]);
    vi.advanceTimersByTime(50);
    expect(opened, 'the second name, after resting on it').toEqual(['Mirziyoyev']);
  });

  it('leaving every name (or entering the card) cancels the wait', () => {
    const { intent, opened, at } = setup(300);
    at(10);
    vi.advanceTimersByTime(100);
    intent.cancel();
    vi.advanceTimersByTime(1000);
    expect(opened, 'cancelled: nothing opens').toEqual([]);
    expect(intent.waitingFor, 'nothing pending').toBeNull();
  });

  it('a delay of 0 opens at once, with no timer', () => {
    const { opened, at } = setup(0);
    at(190);
    expect(opened, '0 ms: immediate, as before hover intent').toEqual(['Rahmon']);
    expect(vi.getTimerCount(), 'no timer left behind').toBe(0);
  });

  it('when the wait ends the point is checked again: a page that scrolled under a still pointer opens nothing', () => {
    let scrolled = false;
    const { opened, at } = setup(300, (x) => (scrolled ? null : under(x)));
    at(70);
    scrolled = true;
    vi.advanceTimersByTime(300);
    expect(opened, 'the name moved away from the pointer').toEqual([]);
  });

  it('teardown clears a pending wait', () => {
    const { opened, at } = setup(300);
    at(70);
    abort.abort();
    vi.advanceTimersByTime(1000);
    expect(opened, 'no card after abort').toEqual([]);
  });
});
