// @vitest-environment happy-dom
/**
 * How much work each kind of change causes. These are counts, not timings: a
 * regression to container-sized work (rescanning the feed for one new post,
 * re-resolving the page for one edited line) makes a number jump and fails here.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compileDictionary, createMatcher } from '../match';
import { FIXTURE_ENTITIES } from '../match/test-fixtures';
import { PageModel, type MentionDelta, type PageMention } from '../dom/page-model';
import { TreeCollector } from '../dom/tree-collector';
import { PageTracker } from './page-tracker';
import { createPageStats, type PageStats } from './stats';

const matcher = createMatcher(compileDictionary(FIXTURE_ENTITIES, { version: 't' }));
const POSTS = 2000;
const TIMESTAMPS = 1900;

function feedHtml(): string {
  const posts: string[] = [];
  for (let i = 0; i < POSTS; i++) {
    posts.push(`<article id="post${i}"><p id="text${i}">Post ${i}: Tokayev met officials in Kazakhstan.</p><span class="time">${i % 60} min ago</span></article>\n`);
  }
  return `<main><h1>Feed</h1><div id="feed">\n${posts.join('')}</div></main>`;
}

interface Harness {
  stats: PageStats;
  model: PageModel;
  deltas: MentionDelta[];
  abort: AbortController;
}

let current: Harness | null = null;
afterEach(() => current?.abort.abort());

/** Scan the page (after setting its body, when html is given) and follow its changes. */
async function track(html?: string): Promise<Harness> {
  current?.abort.abort();
  if (html !== undefined) document.body.innerHTML = html;
  const stats = createPageStats();
  const model = new PageModel(matcher, { pageDate: '2025-01-01' });
  const deltas: MentionDelta[] = [];
  const abort = new AbortController();
  // A clock that never runs out: the counts below do not depend on slicing.
  const clock = { start() {}, over: () => false, elapsed: () => 0 };
  const tracker = new PageTracker({ doc: document, model, stats, onDelta: (d) => deltas.push(d), ignore: () => false, clock, delayMs: 0 }, abort.signal);
  await tracker.rescan();
  tracker.watch();
  deltas.length = 0;
  current = { stats, model, deltas, abort };
  return current;
}

async function nextBatch(h: Harness, change: () => void): Promise<void> {
  const before = h.stats.batches + h.stats.fullScans;
  change();
  for (let i = 0; i < 200 && h.stats.batches + h.stats.fullScans === before; i++) await new Promise((r) => setTimeout(r, 5));
  expect(h.stats.batches + h.stats.fullScans, 'the change was handled').toBeGreaterThan(before);
}

const added = (h: Harness): PageMention[] => h.deltas.flatMap((d) => d.added);
const removed = (h: Harness): PageMention[] => h.deltas.flatMap((d) => d.removed);

describe('PageTracker: work in proportion to the change (2,000-post feed)', () => {
  let html = '';
  beforeAll(() => {
    html = feedHtml();
  });

  it.each([
    {
      why: 'appending one post scans that post only, never the feed container',
      change: () => {
        const a = document.createElement('article');
        a.innerHTML = '<p>New: Mirziyoyev in Uzbekistan.</p><span class="time">now</span>';
        document.getElementById('feed')!.append(a);
      },
      maxBlocks: 2, maxNodes: 40, maxResolved: 2, fullScans: 0, added: ['Mirziyoyev', 'Uzbekistan'], removed: 0,
    },
    {
      why: 'removing one post forgets its blocks, rescans nothing',
      change: () => document.getElementById('post7')!.remove(),
      maxBlocks: 0, maxNodes: 20, maxResolved: 0, fullScans: 0, added: [], removed: 2,
    },
    {
      why: 'a text change in one node rescans its block only',
      change: () => ((document.getElementById('text3')!.firstChild as Text).data = 'Post 3: Nazarbayev spoke.'),
      maxBlocks: 1, maxNodes: 0, maxResolved: 1, fullScans: 0, added: ['Nazarbayev'], removed: 2,
    },
    {
      why: 'an attribute-free re-render of one paragraph (same text, new nodes) rescans that paragraph only',
      change: () => {
        const p = document.getElementById('text5')!;
        p.innerHTML = p.innerHTML;
      },
      maxBlocks: 1, maxNodes: 20, maxResolved: 2, fullScans: 0, added: ['Tokayev', 'Kazakhstan'], removed: 2,
    },
    {
      why: `${TIMESTAMPS} timestamps ticking together rebuild their ${TIMESTAMPS} runs from known nodes (no DOM walk) and resolve nothing`,
      change: () => {
        const times = document.querySelectorAll('.time');
        for (let i = 0; i < TIMESTAMPS; i++) (times[i]!.firstChild as Text).data = `${i % 60 + 1} min ago`;
      },
      maxBlocks: TIMESTAMPS, maxNodes: 0, maxResolved: 0, fullScans: 0, added: [], removed: 0,
    },
  ])('$why', async ({ change, maxBlocks, maxNodes, maxResolved, fullScans, added: names, removed: removedCount }) => {
    const h = await track(html);
    const scansBefore = h.stats.fullScans;
    await nextBatch(h, change);
    expect(h.stats.fullScans - scansBefore, 'no full rescan for a change this small').toBe(fullScans);
    expect(h.stats.lastBatchBlocks, 'blocks rescanned').toBeLessThanOrEqual(maxBlocks);
    expect(h.stats.lastBatchNodes, 'DOM nodes visited').toBeLessThanOrEqual(maxNodes);
    expect(h.stats.lastBatchResolved, 'mentions re-resolved').toBeLessThanOrEqual(maxResolved);
    expect(added(h).map((m) => m.text).sort(), 'mentions added to the painter').toEqual([...names].sort());
    expect(removed(h), 'mentions taken off the painter').toHaveLength(removedCount);
  }, 30_000);
});

describe('PageTracker: resolution stays page-wide', () => {
  it('a full name appearing elsewhere settles an ambiguous surname (re-resolving only ambiguous blocks)', async () => {
    const h = await track('<p id="a">Japarov spoke.</p><p>Weather.</p><div id="more"></div>');
    expect([...h.model.mentions()].find((m) => m.text === 'Japarov')?.entity, 'without evidence the surname stays ambiguous').toBeNull();
    await nextBatch(h, () => {
      document.getElementById('more')!.innerHTML = '<p>Sadyr Japarov arrived.</p>';
    });
    const surname = [...h.model.mentions()].find((m) => m.text === 'Japarov');
    expect(surname?.entity, 'evidence that arrived later settles the surname').toBe('sadyr-japarov');
    expect(h.stats.lastBatchResolved, 'the new block (1) plus the one ambiguous block (1) are resolved, nothing else').toBe(2);
    await nextBatch(h, () => document.getElementById('more')!.replaceChildren());
    expect([...h.model.mentions()].find((m) => m.text === 'Japarov')?.entity, 'evidence that left the page unsettles it again').toBeNull();
  });

  it('a huge burst falls back to one full rescan', async () => {
    const h = await track('<div id="root"></div>');
    await nextBatch(h, () => {
      const root = document.getElementById('root')!;
      for (let i = 0; i < 2100; i++) root.append(document.createElement('p'));
    });
    expect(h.stats.fullScans, 'a burst over floodAt is one full rescan, not 2,100 pieces').toBe(2);
  });

  it('a page that floods again and again backs off instead of rescanning back to back', async () => {
    const h = await track('<div id="root"></div>');
    const flood = () => {
      const root = document.getElementById('root')!;
      root.replaceChildren();
      for (let i = 0; i < 2100; i++) root.append(document.createElement('p'));
    };
    await nextBatch(h, flood);
    expect(h.stats.floodWaitMs, 'the first flood is rescanned at once').toBe(0);
    const scans = h.stats.fullScans;
    flood();
    await new Promise((r) => setTimeout(r, 60));
    expect(h.stats.floodWaitMs, 'a second flood right after a full scan waits before rescanning').toBeGreaterThan(0);
    expect(h.stats.fullScans, 'and has not rescanned yet').toBe(scans);
  });

  it('nothing inside a contenteditable editor is scanned, and typing there costs no block scan', async () => {
    const h = await track('<div contenteditable="true"><p id="ed">Tokayev draft</p></div><p>Kazakhstan</p>');
    expect([...h.model.mentions()].map((m) => m.text), 'only text outside the editor').toEqual(['Kazakhstan']);
    await nextBatch(h, () => ((document.getElementById('ed')!.firstChild as Text).data = 'Tokayev drafts more'));
    expect(h.stats.lastBatchBlocks, 'an edit inside the editor rescans no block').toBe(0);
  });

  it('open shadow roots are scanned and followed', async () => {
    document.body.innerHTML = '<div id="host"></div><p>Outside</p>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p id="in">Inside: Mirziyoyev</p>';
    const h = await track();
    expect([...h.model.mentions()].map((m) => m.text), 'a name inside an open shadow root is found').toEqual(['Mirziyoyev']);
    await nextBatch(h, () => root.append(Object.assign(document.createElement('p'), { textContent: 'Also Tokayev' })));
    expect([...h.model.mentions()].map((m) => m.text).sort(), 'changes inside the shadow root are followed').toEqual(['Mirziyoyev', 'Tokayev']);
  });

  it('blocks on screen are scanned and painted first, before the rest of the page', async () => {
    document.body.innerHTML = '<p id="top">Tokayev</p>' + '<p>filler</p>'.repeat(50) + '<p id="far">Mirziyoyev</p>';
    const model = new PageModel(matcher, { pageDate: '2025-01-01' });
    const deltas: MentionDelta[] = [];
    const abort = new AbortController();
    current = { stats: createPageStats(), model, deltas, abort };
    const clock = { start() {}, over: () => false, elapsed: () => 0 };
    const tracker = new PageTracker({
      doc: document, model, stats: current.stats, onDelta: (d) => deltas.push(d), ignore: () => false, clock,
      viewportBlocks: () => [document.getElementById('far')!],
    }, abort.signal);
    let scanningAtFirstPaint: boolean | undefined;
    const watched = new PageTracker({
      doc: document, model, stats: current.stats, ignore: () => false, clock,
      onDelta: (d) => void (d.added.length && scanningAtFirstPaint === undefined && (scanningAtFirstPaint = current!.stats.scanning)),
      viewportBlocks: () => [document.getElementById('far')!],
    }, abort.signal);
    await watched.rescan();
    expect(scanningAtFirstPaint, 'the screen is painted while the scan is still under way').toBe(true);
    expect([current.stats.scanning, current.stats.scansDone], 'the scan says when it has ended (tests wait for that, not a count)').toEqual([false, 1]);
    model.reset();
    await tracker.rescan();
    const firstPainted = deltas.find((d) => d.added.length)!;
    expect(firstPainted.added.map((m) => m.text), 'the on-screen block is the first paint').toEqual(['Mirziyoyev']);
    expect([...model.mentions()].map((m) => m.text).sort(), 'and the rest follows, once each').toEqual(['Mirziyoyev', 'Tokayev']);
  });

  it('a frame is drawn between the screen’s paint and the rest of the page; a scan with nothing on screen waits only for the first', async () => {
    document.body.innerHTML = '<p id="top">Tokayev</p>' + '<p>filler</p>'.repeat(20) + '<p id="far">Mirziyoyev</p>';
    const events: string[] = [];
    const run = async (onScreen: string[]) => {
      events.length = 0;
      const abort = new AbortController();
      const model = new PageModel(matcher, { pageDate: '2025-01-01' });
      current = { stats: createPageStats(), model, deltas: [], abort };
      const clock = { start() {}, over: () => false, elapsed: () => 0 };
      const tracker = new PageTracker({
        doc: document, model, stats: current.stats, ignore: () => false, clock,
        onDelta: (d) => void (d.added.length && events.push(`paint ${d.added.map((m) => m.text).join(',')}`)),
        viewportBlocks: () => onScreen.map((id) => document.getElementById(id)!),
        afterRender: async () => void events.push('frame'),
      }, abort.signal);
      await tracker.rescan();
      return [...events];
    };
    const onScreen = await run(['top']);
    expect(onScreen.slice(0, 3), 'a frame, the screen painted, a frame drawn').toEqual(['frame', 'paint Tokayev', 'frame']);
    expect(onScreen.slice(3).join(' '), 'then the rest of the page').toContain('Mirziyoyev');
    expect(await run([]), 'nothing on screen: no extra frame').toEqual(['frame', 'paint Tokayev,Mirziyoyev']);
  });

  it('stops on abort: no batch after the signal', async () => {
    const h = await track('<p id="x">Tokayev</p>');
    h.abort.abort();
    document.getElementById('x')!.append(' and Kazakhstan');
    await new Promise((r) => setTimeout(r, 40));
    expect(h.stats.batches, 'aborted trackers do no work').toBe(0);
  });
  it('settles the end of a first scan in steps of 500 mentions, yielding between them, with the mentions of one settle', async () => {
    // 1,200 ambiguous surnames, then the full name that settles them: at the end of the
    // scan every one of them is stale (the evidence arrived after they were resolved).
    document.body.innerHTML = `${'<p>Japarov spoke.</p>'.repeat(1200)}<p>Sadyr Japarov replied.</p>`;
    const whole = new PageModel(matcher, { pageDate: '2025-01-01' });
    whole.update(new TreeCollector(document.body, 'tree', {}, { nodes: 0 }).step(), [], true);
    const expected = [...whole.mentions()].map((m) => `${m.text}=${m.entity}`).sort();
    for (const over of [false, true]) {
      const stats = createPageStats();
      const model = new PageModel(matcher, { pageDate: '2025-01-01' });
      let steps = 0;
      const step = model.settleStep.bind(model);
      model.settleStep = (max, work) => (steps++, step(max, work));
      const clock = { start() {}, over: () => over, elapsed: () => 0 };
      const abort = new AbortController();
      await new PageTracker({ doc: document, model, stats, onDelta: () => {}, ignore: () => false, clock, delayMs: 0 }, abort.signal).rescan();
      abort.abort();
      expect([...model.mentions()].map((m) => `${m.text}=${m.entity}`).sort(), `stepped settle (clock over: ${over}) gives what one full scan gives`).toEqual(expected);
      expect(steps, 'the 1,200 stale mentions are settled in 3 steps of at most 500').toBe(3);
    }
  });
});

