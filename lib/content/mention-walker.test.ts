// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Painted } from '../dom/highlighter';
import type { PageMention } from '../dom/page-model';
import type { OpenAnchor } from './card-opener';
import { MentionWalker } from './mention-walker';

let abort = new AbortController();
afterEach(() => abort.abort());

/** Mentions over the page's text nodes: [entity or null, candidates, text node index, offset]. */
function setup(spec: [string | null, string[] | undefined, number, number][], ui: 'none' | 'fail' = 'none') {
  abort = new AbortController();
  document.body.innerHTML = '<p>Tokayev met Japarov.</p><p>Japarov and Tokayev spoke.</p>';
  const texts = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
  const mentions = spec.map(([entity, candidates, node, offset], i) => ({ key: `m${i}`, entity, candidates, text: 'x', node, offset }) as unknown as PageMention & { node: number; offset: number });
  const opened: { key: string; focus: boolean }[] = [];
  const walker = new MentionWalker({
    doc: document,
    signal: abort.signal,
    ordered: () => mentions.map((m) => ({ mention: m, range: rangeAt(texts, m) }) as Painted),
    mentions: () => mentions,
    rangeOf: (m) => rangeAt(texts, m as PageMention & { node: number; offset: number }),
    open: async (m: PageMention, _anchor: OpenAnchor, focus: boolean) => void opened.push({ key: m.key, focus }),
    ui: () => (ui === 'fail' ? Promise.reject(new Error('no card UI')) : Promise.resolve(null)),
    card: { shownKey: null, epoch: 0 },
    highlights: { registry: undefined, Highlight: undefined },
  });
  return { walker, opened };
}

function rangeAt(texts: Text[], m: { node: number; offset: number }): AbstractRange {
  const r = document.createRange();
  r.setStart(texts[m.node]!, m.offset);
  r.setEnd(texts[m.node]!, m.offset + 1);
  return r;
}

describe('MentionWalker.reveal', () => {
  it.each([
    ['the first in document order, not the first found', [['tokayev', undefined, 1, 12], ['tokayev', undefined, 0, 0]], 'tokayev', 'm1'],
    ['in one text node, the earlier offset', [['tokayev', undefined, 1, 12], ['tokayev', undefined, 1, 0]], 'tokayev', 'm1'],
    ['an ambiguous line by its candidates (?a|b)', [['tokayev', undefined, 0, 0], [null, ['japarov-s', 'japarov-a'], 0, 12]], '?japarov-s|japarov-a', 'm1'],
  ] as [string, [string | null, string[] | undefined, number, number][], string, string][])('opens %s, with focus', (_why, spec, id, key) => {
    const { walker, opened } = setup(spec);
    expect(walker.reveal(id), 'the page mentions it').toBe(true);
    expect(opened, 'its first mention opens, focus in the card').toEqual([{ key, focus: true }]);
  });

  it.each([
    ['an id the page does not mention', 'mirziyoyev'],
    ['a candidate alone (an ambiguous line is its whole set)', 'japarov-s'],
    ['an empty id', ''],
  ])('%s: false, nothing opens', (_why, id) => {
    const { walker, opened } = setup([['tokayev', undefined, 0, 0], [null, ['japarov-s', 'japarov-a'], 0, 12]]);
    expect(walker.reveal(id), 'no such line on the page').toBe(false);
    expect(opened, 'nothing opens').toEqual([]);
  });

  it('a card UI that cannot be had leaves the open to the opener and marks nothing', async () => {
    const { walker, opened } = setup([['tokayev', undefined, 0, 0]], 'fail');
    expect(walker.reveal('tokayev'), 'found').toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect([opened.length, walker.markKey], 'the open was asked for; no mark without the UI').toEqual([1, null]);
  });
});

describe('MentionWalker.walk', () => {
  it('steps through every mention in order with focus, and stops after abort', () => {
    const { walker, opened } = setup([['tokayev', undefined, 0, 0], ['japarov', undefined, 0, 12]]);
    walker.walk(1);
    walker.walk(1);
    walker.walk(1);
    expect(opened.map((o) => o.key), 'next, next, wrap around').toEqual(['m0', 'm1', 'm0']);
    abort.abort();
    expect(walker.walk(1), 'a torn-down walker does nothing').toBe(false);
  });
});
