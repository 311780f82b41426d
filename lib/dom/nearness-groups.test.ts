// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { groupedNearness, type EndReport, type Side } from './nearness-groups';

/** A fake IntersectionObserver: records what is observed; the test delivers reports. */
function setup(opts: { groupSize?: number; outOfFlow?: Set<string>; rootOf?: (el: Element) => Node } = {}) {
  const observed = new Set<Element>();
  let deliver: (r: EndReport[]) => void = () => {};
  const state = new Map<string, boolean>();
  const calls: string[] = [];
  const watcher = groupedNearness(
    (el, near) => {
      state.set(el.id, near);
      calls.push(`${el.id}:${near}`);
    },
    (onReports) => {
      deliver = onReports;
      return { observe: (el) => void observed.add(el), unobserve: (el) => void observed.delete(el), disconnect: () => observed.clear() };
    },
    // Flow root: the parent unless the test says otherwise (highlight-ranges.ts flowRoot computes the real one).
    (el) => (opts.outOfFlow?.has(el.id) ? null : (opts.rootOf?.(el) ?? el.parentElement)),
    opts.groupSize ?? 4,
  );
  const el = (id: string) => document.getElementById(id)!;
  const send = (sides: Record<string, Side>, edges: Record<string, [number, number]> = {}, rootHeight = 3000, view?: [number, number]) =>
    deliver(Object.entries(sides).map(([id, side]) => {
      const e = edges[id];
      return { target: el(id), side, ...(e ? { top: e[0], bottom: e[1], rootHeight } : {}), ...(view ? { viewTop: view[0], viewBottom: view[1] } : {}) };
    }));
  const ids = () => [...observed].map((e) => e.id).sort();
  return { watcher, el, send, ids, state, calls };
}

function page(n: number, wrap = (i: number) => `<p id="p${i}">x</p>`) {
  document.body.innerHTML = `<article>${Array.from({ length: n }, (_, i) => wrap(i)).join('')}</article>`;
}

describe('groupedNearness', () => {
  it('observes only the first and last block of each group of siblings, in groups of at most the group size', () => {
    page(10);
    const t = setup({ groupSize: 4 });
    for (let i = 0; i < 10; i++) t.watcher.observe(t.el(`p${i}`));
    expect(t.ids(), 'groups p0–p3, p4–p7, p8–p9: only their ends are watched').toEqual(['p0', 'p3', 'p4', 'p7', 'p8', 'p9'].sort());
  });

  it.each<[string, Side, Side, boolean]>([
    ['both ends above: every member is above', 'above', 'above', false],
    ['both ends below: every member is below', 'below', 'below', false],
    ['one end near', 'near', 'below', true],
    ['ends on opposite sides: the group spans the viewport', 'above', 'below', true],
    ['an end hidden: its members may still show', 'hidden', 'below', true],
    ['an end of unknown side counts as near', 'unknown', 'unknown', true],
  ])('a group is far only when both ends are off the same side (%s)', (_rule, first, last, near) => {
    page(3);
    const t = setup();
    for (const id of ['p0', 'p1', 'p2']) t.watcher.observe(t.el(id));
    t.send({ p0: first, p2: last });
    expect([t.state.get('p0'), t.state.get('p1'), t.state.get('p2')], `every member follows the group: near=${near}`).toEqual([near, near, near]);
  });

  it('a scroll jump that carries an end from below to above unreported: the group goes far by the ends\' positions', () => {
    page(3);
    const t = setup();
    for (const id of ['p0', 'p1', 'p2']) t.watcher.observe(t.el(id));
    t.send({ p0: 'near', p2: 'below' }, { p0: [1000, 1100], p2: [1850, 1950] }, 2700, [-900, 1800]);
    expect(t.state.get('p1'), 'at load: one end in the widened viewport, the group is near').toBe(true);
    // Jump to y=100,000: p0 leaves (reported), p2 never intersected so the observer says nothing of it.
    t.send({ p0: 'above' }, { p0: [1000, 1100] }, 2700, [99_100, 101_800]);
    expect([t.state.get('p0'), t.state.get('p1'), t.state.get('p2')], 'both ends lie above the viewport now: every member is far').toEqual([false, false, false]);
    t.send({ p2: 'near' }, { p2: [1850, 1950] }, 2700, [1000, 3700]);
    expect(t.state.get('p1'), 'scrolled back: an end in view makes the group near again').toBe(true);
  });

  it('a single block is near only when it intersects (hidden or off screen is far)', () => {
    page(1);
    const t = setup();
    t.watcher.observe(t.el('p0'));
    t.send({ p0: 'hidden' });
    expect(t.state.get('p0'), 'a hidden lone block is not styled').toBe(false);
    t.send({ p0: 'near' });
    expect(t.state.get('p0'), 'a lone block in view is styled').toBe(true);
  });

  it('a group keeps its state until a new end reports, then settles', () => {
    page(3);
    const t = setup();
    t.watcher.observe(t.el('p0'));
    t.watcher.observe(t.el('p1'));
    t.send({ p0: 'near', p1: 'near' });
    t.calls.length = 0;
    t.watcher.observe(t.el('p2'));
    expect(t.ids(), 'the old last end is released, the new one watched').toEqual(['p0', 'p2']);
    t.send({ p0: 'above' });
    expect(t.calls, 'nothing changes while the new end has not reported').toEqual([]);
    t.send({ p2: 'above' });
    expect(t.calls, 'both ends above: every member is told it is far').toEqual(['p0:false', 'p1:false', 'p2:false']);
  });

  it('blocks under one flow root group across parents, in document order, never inside the last member', () => {
    document.body.innerHTML = '<main><article><h2 id="h">x</h2><p id="a">x</p></article><article><p id="b">x</p><p id="c">x</p></article></main>';
    const main = document.querySelector('main')!;
    const t = setup({ groupSize: 8, rootOf: () => main });
    for (const id of ['h', 'a', 'b']) t.watcher.observe(t.el(id));
    expect(t.ids(), 'h, a (first article) and b (second article) form one group: its ends h and b').toEqual(['b', 'h']);
    const b = t.el('b');
    const inner = document.createElement('p');
    inner.id = 'nested';
    b.append(inner);
    t.watcher.observe(inner);
    expect(t.ids(), 'a block inside the last member starts a group of its own').toEqual(['b', 'h', 'nested']);
    t.send({ h: 'below', b: 'below', nested: 'below' });
    expect([t.state.get('h'), t.state.get('a'), t.state.get('b')], 'the cross-article group settles from its ends').toEqual([false, false, false]);
  });

  it('blocks out of flow, under another flow root or out of document order are watched alone', () => {
    document.body.innerHTML = '<article><p id="a">x</p><p id="b">x</p><p id="c">x</p></article><div><p id="d">x</p></div>';
    const t = setup({ outOfFlow: new Set(['b']) });
    t.watcher.observe(t.el('c'));
    t.watcher.observe(t.el('a')); // precedes c: cannot extend c's group
    t.watcher.observe(t.el('b')); // out of flow
    t.watcher.observe(t.el('d')); // another flow root (here: its parent)
    expect(t.ids(), 'every one of them is its own group').toEqual(['a', 'b', 'c', 'd']);
    t.send({ a: 'above', c: 'below' });
    expect([t.state.get('a'), t.state.get('c')], 'lone blocks off screen are far').toEqual([false, false]);
  });

  it('a group taller than two screens is cut in halves that keep its state; a short group stays whole', () => {
    page(3);
    const t = setup();
    for (const id of ['p0', 'p1', 'p2']) t.watcher.observe(t.el(id));
    t.send({ p0: 'above', p2: 'below' }, { p0: [0, 100], p2: [2000, 2100] }, 3000);
    expect(t.ids(), 'halves p0–p1 and p2: the new end p1 is watched too').toEqual(['p0', 'p1', 'p2']);
    expect(t.state.get('p2'), 'a half whose ends are known settles at once: p2 alone below is far').toBe(false);
    expect(t.state.has('p1'), 'a half waits for its new end before it tells anyone').toBe(false);
    t.send({ p1: 'near' }, { p1: [900, 1000] });
    expect([t.state.get('p0'), t.state.get('p1')], 'the half with an end in view is near').toEqual([true, true]);
    page(3);
    const u = setup();
    for (const id of ['p0', 'p1', 'p2']) u.watcher.observe(u.el(id));
    u.send({ p0: 'near', p2: 'near' }, { p0: [0, 100], p2: [1800, 1900] }, 3000);
    expect(u.ids(), 'a group shorter than two screens stays whole').toEqual(['p0', 'p2']);
  });

  it('removing an end watches the next member; removing every member releases the group; stale reports are ignored', () => {
    page(4);
    const t = setup();
    for (const id of ['p0', 'p1', 'p2', 'p3']) t.watcher.observe(t.el(id));
    t.watcher.unobserve(t.el('p3'));
    expect(t.ids(), 'p2 is the new last end').toEqual(['p0', 'p2']);
    t.watcher.unobserve(t.el('p1'));
    expect(t.ids(), 'removing a middle member changes no end').toEqual(['p0', 'p2']);
    t.calls.length = 0;
    t.send({ p3: 'near' });
    expect(t.calls, 'a report for a released block changes nothing').toEqual([]);
    t.watcher.unobserve(t.el('p0'));
    t.watcher.unobserve(t.el('p2'));
    expect(t.ids(), 'nothing watched once the group is empty').toEqual([]);
    t.watcher.observe(t.el('p0'));
    expect(t.ids(), 'a block can be watched again').toEqual(['p0']);
    t.watcher.disconnect();
    expect(t.ids(), 'disconnect stops every watch').toEqual([]);
  });
});
