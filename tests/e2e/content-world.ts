/**
 * A test-only window into the content script's ISOLATED world, through the DevTools
 * protocol. The content script keeps `globalThis.__silklensTest = { stats, cardRoot, painted }`
 * there (entrypoints/content/index.ts); page script has its own global object and can
 * reach neither, and the card's shadow root is closed. So tests read what the extension
 * did the way no page can: CDP `Runtime.evaluate` in the isolated world's context,
 * which Chromium names after the extension (manifest `name`, i18n resolved: "Silk Lens")
 * and marks `auxData.type === 'isolated'`.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { PageStats } from '../../lib/content/stats';

/** The isolated world's name: the extension's name as the browser shows it. */
export const EXTENSION_NAME = 'Silk Lens';

interface ContextDescription {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

interface World {
  cdp: CDPSession;
  contexts: Map<number, ContextDescription>;
}

const worlds = new WeakMap<Page, Promise<World>>();

function world(page: Page): Promise<World> {
  let w = worlds.get(page);
  if (!w) {
    w = (async () => {
      const cdp = await page.context().newCDPSession(page);
      const contexts = new Map<number, ContextDescription>();
      cdp.on('Runtime.executionContextCreated', ({ context }: { context: ContextDescription }) => void contexts.set(context.id, context));
      cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) => void contexts.delete(executionContextId));
      cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
      // Enabling replays every context that already exists, then reports new ones.
      await cdp.send('Runtime.enable');
      return { cdp, contexts };
    })();
    worlds.set(page, w);
  }
  return w;
}

async function mainFrameId(w: World): Promise<string> {
  const { frameTree } = (await w.cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  return frameTree.frame.id;
}

/** The newest Silk Lens isolated-world context of the top frame, or null before injection. */
async function contentContext(w: World): Promise<number | null> {
  const frame = await mainFrameId(w);
  let best: number | null = null;
  for (const c of w.contexts.values()) {
    if (c.auxData?.type !== 'isolated' || c.name !== EXTENSION_NAME) continue;
    if (c.auxData.frameId && c.auxData.frameId !== frame) continue;
    if (best === null || c.id > best) best = c.id;
  }
  return best;
}

/**
 * Evaluate `expression` in the content script's isolated world; the value comes back
 * by JSON. `undefined` when the content script is not (yet) there.
 */
export async function inContentWorld<T>(page: Page, expression: string): Promise<T | undefined> {
  const w = await world(page);
  const contextId = await contentContext(w);
  if (contextId === null) return undefined;
  try {
    const r = (await w.cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true })) as {
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (r.exceptionDetails) throw new Error(`content world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value;
  } catch (error) {
    // A navigation tore the context down between listing and evaluating.
    if (/Cannot find context|Execution context was destroyed/.test(String(error))) return undefined;
    throw error;
  }
}

/** Poll the isolated world until `expression` gives a value `accept` likes. */
export async function waitInContentWorld<T>(page: Page, expression: string, accept: (v: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await inContentWorld<T>(page, expression);
    if (last !== undefined && accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await page.waitForTimeout(50);
  }
}

/** The content script's counters, or undefined when it is not running on the page. */
export function pageStats(page: Page): Promise<PageStats | undefined> {
  return inContentWorld<PageStats>(page, 'globalThis.__silklensTest?.stats');
}

/** Mentions painted now (undefined when Silk Lens is not running on the page). */
export async function mentionCount(page: Page): Promise<number | undefined> {
  return (await pageStats(page))?.painted;
}

/** Wait until at least `atLeast` mentions are painted; returns the count. */
export async function waitForMentions(page: Page, atLeast = 1, timeoutMs = 20_000): Promise<number> {
  // A scan paints in steps (the blocks on screen first, the rest a few frames later):
  // wait for the full scan under way to end, so what a test reads next is the whole page.
  const settled = (s: PageStats) => s.painted >= atLeast && s.scansDone >= 1 && !s.scanning;
  const stats = await waitInContentWorld<PageStats>(page, 'globalThis.__silklensTest?.stats', settled, `${atLeast} painted mentions, the scan ended`, timeoutMs);
  return stats.painted;
}

/** Wait until the painted count satisfies `accept` (a repaint after a settings change). */
export async function waitForMentionCount(page: Page, accept: (n: number) => boolean, what: string): Promise<number> {
  const stats = await waitInContentWorld<PageStats>(page, 'globalThis.__silklensTest?.stats', (s) => accept(s.painted), what);
  return stats.painted;
}

const CARD = "globalThis.__silklensTest?.cardRoot()?.querySelector('.card')";

/** The text of the open card, or null when none is open. */
export async function cardText(page: Page): Promise<string | null> {
  return (await inContentWorld<string | null>(page, `${CARD}?.textContent ?? null`)) ?? null;
}

/** Wait until a card is open and its text matches `pattern`; returns the text. */
export async function waitForCardText(page: Page, pattern: RegExp = /\S/, timeoutMs = 5_000): Promise<string> {
  return waitInContentWorld<string | null>(page, `${CARD}?.textContent ?? null`, (t) => t !== null && pattern.test(t), `a card matching ${pattern}`, timeoutMs) as Promise<string>;
}

export interface Rect { x: number; y: number; width: number; height: number; cx: number; cy: number }

/**
 * Viewport rectangle of the first element matching `selector` inside the card (the card
 * itself for `.card`), so a test can click it with `page.mouse` (a trusted event).
 */
export async function cardRect(page: Page, selector: string): Promise<Rect | null> {
  const expression = `(() => {
    const el = globalThis.__silklensTest?.cardRoot()?.querySelector(${JSON.stringify(selector)});
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height, cx: r.left + r.width / 2, cy: r.top + r.height / 2 };
  })()`;
  return (await inContentWorld<Rect | null>(page, expression)) ?? null;
}

/** Run a read-only query against the card's root in the isolated world (e.g. count links). */
export async function queryCard<T>(page: Page, body: string): Promise<T | undefined> {
  return inContentWorld<T>(page, `((root) => root ? (${body}) : undefined)(globalThis.__silklensTest?.cardRoot() ?? null)`);
}

/**
 * A function, as source, from ranges to their texts and viewport rectangles in document
 * order (painted ranges are StaticRange: read through live Ranges). Shared by the content
 * world and the PDF reader's page.
 */
const DESCRIBE_RANGES = `(ranges) => {
  const live = (r) => { const l = document.createRange(); l.setStart(r.startContainer, r.startOffset); l.setEnd(r.endContainer, r.endOffset); return l; };
  const order = [...ranges];
  order.sort((a, b) => (a.startContainer === b.startContainer ? a.startOffset - b.startOffset : a.startContainer.compareDocumentPosition(b.startContainer) & 4 ? -1 : 1));
  return order.map((r) => {
    const l = live(r);
    const b = l.getBoundingClientRect();
    return { text: l.toString(), connected: r.startContainer.isConnected && r.endContainer.isConnected, rect: { left: b.left, top: b.top, bottom: b.bottom, right: b.right } };
  });
}`;

export interface PaintedRange {
  text: string;
  /** Both ends still in the document (no range left on a replaced node). */
  connected: boolean;
  rect: { left: number; top: number; bottom: number; right: number };
}

/**
 * Every range Silk Lens underlines in the top frame, on screen or not, in document order.
 * The registry (`CSS.highlights`) holds only the ranges near the viewport (every
 * registered range costs the browser's PrePaint on each frame), so this asks the
 * content script's own painter; on the PDF reader's page (an extension page, no isolated
 * world) its handle `__silklensPdfTest`. Empty when Silk Lens is not running there.
 */
export async function paintedRanges(page: Page): Promise<PaintedRange[]> {
  const pdf = await page.evaluate(`(() => { const h = globalThis.__silklensPdfTest; return h ? (${DESCRIBE_RANGES})(h.painted()) : null; })()`).catch(() => null);
  if (pdf) return pdf as PaintedRange[];
  return (await inContentWorld<PaintedRange[]>(page, `(() => { const h = globalThis.__silklensTest; return h ? (${DESCRIBE_RANGES})(h.painted()) : []; })()`)) ?? [];
}

/**
 * How many painted ranges (top frame, on screen or not) satisfy `predicate`, a function's
 * source taking an AbstractRange, run where the ranges live (the isolated world shares
 * the page's DOM; e.g. `(r) => document.getElementById('editor').contains(r.startContainer)`).
 */
export async function countPainted(page: Page, predicate: string): Promise<number> {
  const pdf = await page.evaluate(`(() => { const h = globalThis.__silklensPdfTest; return h ? h.painted().filter(${predicate}).length : null; })()`).catch(() => null);
  if (typeof pdf === 'number') return pdf;
  return (await inContentWorld<number>(page, `(() => { const h = globalThis.__silklensTest; return h ? h.painted().filter(${predicate}).length : 0; })()`)) ?? 0;
}
