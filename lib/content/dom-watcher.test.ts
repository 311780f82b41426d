// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomWatcher } from './dom-watcher';

afterEach(() => vi.useRealTimers());

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('DomWatcher', () => {
  it('batches changes into one callback after a quiet period', async () => {
    const calls: MutationRecord[][] = [];
    const abort = new AbortController();
    document.body.innerHTML = '<p id="a">one</p><p id="b">two</p>';
    new DomWatcher(document.body, abort.signal, { ignore: () => false, onChanges: (n) => calls.push(n), onFlood: () => {}, delayMs: 20 });
    document.getElementById('a')!.textContent = 'uno';
    document.getElementById('b')!.append(' more');
    await new Promise((r) => setTimeout(r, 60));
    expect(calls, 'two edits in one quiet period make one batch').toHaveLength(1);
    expect(calls[0]!.flatMap((r) => [...r.addedNodes].map((n) => n.textContent)), 'the batch carries the records themselves (the nodes added), not just their containers').toEqual(expect.arrayContaining(['uno', ' more']));
    abort.abort();
  });

  it('follows an open shadow root it is asked to observe', async () => {
    const calls: MutationRecord[][] = [];
    const abort = new AbortController();
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const watcher = new DomWatcher(document.body, abort.signal, { ignore: () => false, onChanges: (n) => calls.push(n), onFlood: () => {}, delayMs: 10 });
    watcher.observe(shadow);
    shadow.append('inside');
    await new Promise((r) => setTimeout(r, 40));
    expect(calls.flat().some((r) => r.target === shadow), 'a change inside an observed shadow root is reported').toBe(true);
    abort.abort();
  });

  it('never reports its own nodes (the card)', async () => {
    const calls: MutationRecord[][] = [];
    const abort = new AbortController();
    document.body.innerHTML = '<p>x</p>';
    new DomWatcher(document.body, abort.signal, { ignore: (n) => (n as Element).tagName === 'SILKLENS-CARD', onChanges: (n) => calls.push(n), onFlood: () => {}, delayMs: 10 });
    document.body.append(document.createElement('silklens-card'));
    await new Promise((r) => setTimeout(r, 40));
    expect(calls, 'our own card never causes a batch').toEqual([]);
    abort.abort();
  });

  it('signals a full rescan when a burst is too big', async () => {
    let floods = 0;
    const abort = new AbortController();
    document.body.innerHTML = '';
    new DomWatcher(document.body, abort.signal, { ignore: () => false, onChanges: () => {}, onFlood: () => floods++, delayMs: 10, floodAt: 5 });
    for (let i = 0; i < 20; i++) {
      const p = document.createElement('p');
      document.body.append(p);
      p.append(`t${i}`);
    }
    await new Promise((r) => setTimeout(r, 40));
    expect(floods, 'more changed nodes than floodAt: one full-rescan signal, no piecemeal batch').toBe(1);
    abort.abort();
  });

  it('still flushes while a page changes continuously (maxWait), and stops after abort', async () => {
    let calls = 0;
    const abort = new AbortController();
    document.body.innerHTML = '<p id="t">0</p>';
    new DomWatcher(document.body, abort.signal, { ignore: () => false, onChanges: () => calls++, onFlood: () => {}, delayMs: 30, maxWaitMs: 60 });
    const el = document.getElementById('t')!;
    for (let i = 0; i < 15; i++) {
      el.textContent = String(i);
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(calls, 'a change every 10 ms never goes quiet for 30 ms, yet it was reported').toBeGreaterThanOrEqual(1);
    abort.abort();
    const before = calls;
    el.textContent = 'after abort';
    await new Promise((r) => setTimeout(r, 80));
    await tick();
    expect(calls, 'nothing is reported after abort').toBe(before);
  });
});
