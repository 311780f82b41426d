import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_WALK, WalkMark } from './walk-mark';
import type { HighlightLike } from '../dom/highlighter';

class FakeHighlight extends Set<AbstractRange> implements HighlightLike {}

function setup(withRegistry = true) {
  const registry = new Map<string, unknown>();
  const card = { shownKey: null as string | null, epoch: 0 };
  const frames = new Map<number, () => void>();
  let next = 1;
  const abort = new AbortController();
  const mark = new WalkMark(
    {
      ...(withRegistry ? { registry: registry as never, Highlight: FakeHighlight } : {}),
      card,
      frame: (cb) => (frames.set(next, cb), next++),
      cancelFrame: (id) => frames.delete(id),
    },
    abort.signal,
  );
  const tick = () => {
    const due = [...frames.values()];
    frames.clear();
    for (const cb of due) cb();
  };
  const range = { startContainer: {}, startOffset: 0, endContainer: {}, endOffset: 5 } as unknown as AbstractRange;
  const marked = () => (registry.get(HIGHLIGHT_WALK) as FakeHighlight | undefined) ?? null;
  return { registry, card, frames, tick, mark, range, marked, abort };
}

describe('WalkMark', () => {
  it('marks the walked mention while its card is open, and removes the mark when the card closes', () => {
    const t = setup();
    t.mark.mark(t.range, 'm1:kazakhstan');
    expect([...(t.marked() ?? [])], 'the walked range is in the walk highlight').toEqual([t.range]);
    t.card.shownKey = 'm1:kazakhstan';
    t.tick();
    t.tick();
    expect(t.marked(), 'the mark stays while the card is open').not.toBeNull();
    t.card.shownKey = null;
    t.card.epoch++; // CardHost.hide: Escape, pointer left, scrolled away
    t.tick();
    expect(t.marked(), 'the card closed: the mark is gone').toBeNull();
    expect(t.frames.size, 'no frame work once the mark is off').toBe(0);
  });

  const ENDS: [string, (t: ReturnType<typeof setup>) => void][] = [
    ['another mention’s card replaced it', (t) => ((t.card.shownKey = 'm1:kazakhstan'), t.tick(), (t.card.shownKey = 'm9:uzbekistan'), t.tick())],
    ['the card closed before it ever showed', (t) => (t.card.epoch++, t.tick())],
    ['the open ended without a card (no card data)', (t) => t.mark.opened('m1:kazakhstan')],
    ['the page tore Silk Lens down', (t) => t.abort.abort()],
    ['the next walk step marked another mention', (t) => t.mark.mark({ ...t.range } as AbstractRange, 'm2:kazakhstan')],
  ];
  it.each(ENDS)('removes the mark when %s', (name, end) => {
    const t = setup();
    t.mark.mark(t.range, 'm1:kazakhstan');
    end(t);
    const left = t.marked();
    if (name.startsWith('the next walk step')) {
      expect(left?.has(t.range), 'the earlier mention is no longer marked').toBe(false);
      expect(left?.size, 'one mention is marked at a time').toBe(1);
    } else expect(left, `${name}: no mark left on the page`).toBeNull();
  });

  it('keeps the mark while the previous card still shows and the walked one is on its way', () => {
    const t = setup();
    t.card.shownKey = 'm0:kazakhstan'; // the card of the previous step
    t.mark.mark(t.range, 'm1:kazakhstan');
    t.tick();
    expect(t.marked(), 'not yet shown is not closed').not.toBeNull();
    t.card.shownKey = 'm1:kazakhstan';
    t.mark.opened('m1:kazakhstan');
    t.tick();
    expect(t.marked(), 'shown: the mark stays').not.toBeNull();
  });

  it('leaves alone a highlight a page registered under the same name', () => {
    const t = setup();
    t.mark.mark(t.range, 'm1:kazakhstan');
    const forged = new FakeHighlight();
    t.registry.set(HIGHLIGHT_WALK, forged);
    t.mark.clear();
    expect(t.registry.get(HIGHLIGHT_WALK), 'only our own registration is deleted').toBe(forged);
  });

  it('registers nothing where there are no highlights (no registry: nothing is underlined either)', () => {
    const t = setup(false);
    t.mark.mark(t.range, 'm1:kazakhstan');
    expect(t.registry.size, 'no registration').toBe(0);
    expect(t.mark.key, 'no mark held').toBeNull();
    expect(t.frames.size, 'no frame work').toBe(0);
  });
});
