/**
 * Everything the content script does in one frame, torn down by one AbortSignal. It
 * wires the behaviours together, each in its own module: the page model and its
 * tracker (scan, follow DOM changes), the painter (CSS highlights), the card opener,
 * hover/focus, the keyboard walk, and the page summary. Page text stays in this
 * context: only entity ids ever go to the background.
 */
import type { EntityCardData } from '../card/card-data';
import type { Matcher } from '../match/types';
import { DictionarySession, type FetchSlice } from './dictionary-session';
import { PageModel, type MentionDelta } from '../dom/page-model';
import { defaultRangeFactory, HighlightPainter, rangeOfMention, viewportNearness, type HighlightCtor, type HighlightRegistryLike, type Painted } from '../dom/highlighter';
import { pageDate } from '../dom/page-date';
import { SKIP_TAGS } from '../dom/collect';
import type { CardSurface } from './card-surface';
import { CardOpener, cardKey, type CardUiFactory } from './card-opener';
import { caretAt, listenHover, rectHolding, rectsOf, type HoverTarget } from './hover-card';
import type { MentionWalker } from './mention-walker';
import type { PageTools } from './page-tools';
import { listenWalkKeys } from './walk-keys';
import { PageTracker } from './page-tracker';
import { watchNavigation, type NavigationWatch } from './spa-navigation';
import { createPageStats, jsonBytes, markStartup, MARKING, type PageStats } from './stats';
import { viewportBlocks } from './viewport';
import type { PageSummary } from '../messages';
import { DEFAULT_DISPLAY, samePainting, type DisplaySettings } from '../settings/display';
import type { PageMention } from '../dom/page-model';

export interface ControllerDeps {
  display?: DisplaySettings;
  /** The dictionary slice for a page's word hashes (dictionary-session.ts). */
  getDictionary: FetchSlice;
  /** Pack-only cards (prefetch), facts ordered for the page's date. */
  getCards(ids: string[], pageDate?: string): Promise<EntityCardData[]>;
  /** Full cards with the user's own data, for a card the reader opened. */
  getCardDetails(ids: string[], pageDate?: string): Promise<EntityCardData[]>;
  openOptions?(entityId: string): void;
  optionsHref?(entityId: string): string;
  /**
   * The card popover (components/CardHost.tsx in the extension; a fake in tests), with the
   * rest of an open (card-opener.ts CardUiFactory) unless the surface it makes brings it.
   */
  createCard: CardUiFactory;
  /**
   * The keyboard walk and the page summary, at their first use: a second stage the content
   * script loads on demand (page-tools-stage.ts), bundled in the PDF reader. Null: not to
   * be had now (the walk does nothing, the summary fails; the next use tries again).
   */
  pageTools(): Promise<PageTools | null>;
  doc?: Document;
  /** Seams for tests (happy-dom has no CSS.highlights). */
  registry?: HighlightRegistryLike;
  Highlight?: HighlightCtor;
}

declare const __SILKLENS_TEST_HANDLE__: boolean | undefined;
/**
 * stats.bytesToPage is read only through the test handle (test builds: the e2e tests and
 * `npm run bench`). A production build does not serialise every reply again to count it.
 */
const COUNT_REPLIES = typeof __SILKLENS_TEST_HANDLE__ !== 'undefined' && __SILKLENS_TEST_HANDLE__ === true;

export class PageController {
  /** Counters read by tests and bench:live through the isolated world (never page-visible). */
  readonly stats: PageStats = createPageStats();
  private doc: Document;
  private card: CardSurface;
  private painter: HighlightPainter;
  private opener: CardOpener;
  /** Made at the first walk or reveal, from the page tools. */
  private walker: MentionWalker | null = null;
  /** The card UI's factory and the parts it brings (card-opener.ts CardUiParts). */
  private ui: () => Promise<CardUiFactory | null>;
  private model: PageModel | null = null;
  private tracker: PageTracker | null = null;
  private matcher: Matcher | null = null;
  private session: DictionarySession | null = null;
  private refreshing = false;
  private refreshAgain = false;
  /** The page's own date (published-time metadata), if it has one. */
  private date: string | undefined;
  private navigation: NavigationWatch | null = null;
  private display: DisplaySettings;
  private highlights: { registry: HighlightRegistryLike | undefined; Highlight: HighlightCtor | undefined };

  constructor(
    private deps: ControllerDeps,
    private signal: AbortSignal,
  ) {
    if (COUNT_REPLIES) this.deps = deps = this.countingReplies(deps);
    if (MARKING) this.deps = deps = this.markingWordRequest(deps);
    this.doc = deps.doc ?? document;
    this.display = deps.display ?? DEFAULT_DISPLAY;
    const g = globalThis as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightCtor };
    const registry = deps.registry ?? g.CSS?.highlights;
    const Highlight = deps.Highlight ?? g.Highlight;
    this.painter = new HighlightPainter({
      registry,
      Highlight,
      makeRange: defaultRangeFactory(this.doc),
      nearness: viewportNearness(this.doc.defaultView as (Window & typeof globalThis) | null),
      display: this.display,
    });
    signal.addEventListener('abort', () => this.painter.destroy());
    this.card = deps.createCard(this.doc, signal);
    this.opener = new CardOpener({
      getCards: deps.getCards,
      getCardDetails: deps.getCardDetails,
      ...(deps.openOptions ? { openOptions: deps.openOptions } : {}),
      ...(deps.optionsHref ? { optionsHref: deps.optionsHref } : {}),
      pageDate: () => this.date,
      card: this.card,
      signal,
      loadFlow: async () => (await this.ui())?.openFlow ?? null,
    });
    this.ui = cardUi(deps.createCard, this.card);
    this.highlights = { registry, Highlight };
    // The in-page walk keys: a press is ours (its default prevented) when there is a mention
    // to walk to; the walk itself comes with the page tools.
    listenWalkKeys(
      this.doc,
      (step) => {
        if (!this.model?.size.mentions) return false;
        this.walk(step, 'key');
        return true;
      },
      signal,
    );
  }

  /** stats.bytesToPage: the JSON of every reply the background sends this page (slices and cards). */
  private countingReplies(deps: ControllerDeps): ControllerDeps {
    const count = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
      const reply = await fn(...args);
      this.stats.bytesToPage += jsonBytes(reply);
      return reply;
    };
    return { ...deps, getDictionary: count(deps.getDictionary), getCards: count(deps.getCards), getCardDetails: count(deps.getCardDetails) };
  }

  /** startup.asked / answered: the first request that carries word hashes (test builds only mark). */
  private markingWordRequest(deps: ControllerDeps): ControllerDeps {
    const get = deps.getDictionary;
    return {
      ...deps,
      getDictionary: async (request) => {
        if (request.added) markStartup(this.stats, 'asked');
        const reply = await get(request);
        if (request.added) markStartup(this.stats, 'answered');
        return reply;
      },
    };
  }

  /** A fresh matcher of the current dictionary version (null: none, or torn down meanwhile). */
  private async openSession(): Promise<DictionarySession | null> {
    const session = await DictionarySession.open(this.deps.getDictionary, () => void this.refresh());
    return session && !this.signal.aborted ? session : null;
  }

  /** Before blocks are scanned: the matcher learns their words (one request when some are new). */
  private prepare(blocks: { runs: { text: string }[] }[], send = true): Promise<void> | null {
    const session = this.session;
    if (!session) return null;
    const wait = session.prepare(blocks.flatMap((b) => b.runs.map((r) => r.text)), send);
    return wait?.then(() => { this.stats.dictForms = session.matcher.formCount; }) ?? null;
  }

  async start(): Promise<void> {
    // A frame with no text (an ad, a tracking pixel) never asks for the dictionary.
    if (!(await waitForText(this.doc, this.signal))) return;
    markStartup(this.stats, 'text');
    const win = this.doc.defaultView;
    // A frame is rendered while the dictionary's first reply travels, so the first scan
    // finds layout done without waiting a frame of its own after the reply.
    let rendered: Promise<void> | null = afterNextFrame(win);
    const session = await this.openSession();
    if (!session) return;
    markStartup(this.stats, 'session');
    this.session = session;
    this.date = pageDate(this.doc);
    this.matcher = session.matcher;
    const model = (this.model = new PageModel(this.matcher, this.scanOptions()));
    if (win) this.navigation = watchNavigation(win, this.signal, () => this.navigated());
    this.tracker = new PageTracker(
      {
        doc: this.doc,
        model,
        stats: this.stats,
        onDelta: (d) => this.paint(d),
        // Our card's host (its contents sit in a closed shadow root the observer never sees).
        ignore: (node) => this.card.isInside(node),
        isHidden,
        // On screen by construction: styled in the first paint, not after the observer's report.
        viewportBlocks: (keyOf) => {
          const keys = viewportBlocks(this.doc, keyOf);
          this.painter.assumeNear(keys);
          return keys;
        },
        beforeBatch: () => this.navigation?.check(),
        afterRender: () => {
          const frame = rendered ?? afterNextFrame(win);
          rendered = null;
          return frame;
        },
        prepare: (blocks, send) => this.prepare(blocks, send),
        // Until the scan settles, a dense page must not flash every underline of its first
        // slice (highlighter.ts scanning).
        onScanStart: () => this.painter.beginScan(),
        // A scan (or a batch) finished: the count is known, the painter may underline in full.
        onIdle: () => {
          this.painter.scanSettled();
          this.afterPaint();
        },
      },
      this.signal,
    );
    const scan = this.tracker.rescan();
    this.tracker.watch();
    listenHover(
      {
        doc: this.doc,
        card: this.card,
        hitTest: (x, y) => this.hitTest(x, y),
        inElement: (el) => this.inElement(el),
        open: (m, rect, onShown) => this.opener.open(m, this.anchorOf(m, rect), false, onShown),
        hoverDelay: () => this.display.hoverDelayMs,
        keyOf: cardKey,
        onHoverCard: (ms) => (this.stats.hoverToCardMs = ms),
      },
      this.signal,
    );
    await scan;
  }

  /** The fact base changed: fetch the new dictionary and re-highlight without reload. */
  async refresh(): Promise<void> {
    if (!this.session) return;
    if (this.refreshing) {
      this.refreshAgain = true; // a newer change may have landed after the one being fetched
      return;
    }
    this.refreshing = true;
    try {
      const session = await this.openSession();
      // The same version: nothing changed for this page (a repeated notice).
      if (!session || !this.model || !this.tracker || session.version === this.session.version) return;
      this.session = session;
    } finally {
      this.refreshing = false;
      if (this.refreshAgain) {
        this.refreshAgain = false;
        void this.refresh();
      }
    }
    this.opener.clear();
    this.card.hide();
    this.matcher = this.session.matcher;
    this.stats.dictForms = 0;
    this.paint(this.model.reset(this.matcher, this.scanOptions()));
    await this.tracker.rescan();
  }

  /** An SPA navigation: a new page, with its own date. */
  navigated(): void {
    if (!this.model || !this.tracker || !this.matcher) return;
    this.card.hide();
    this.date = pageDate(this.doc);
    this.paint(this.model.reset(this.matcher, this.scanOptions()));
    void this.tracker.rescan();
  }

  /**
   * Everything found on the page (the popup lists it all, underlined or not), once the card
   * prefetches under way have landed, so every line (candidates too) carries a name rather
   * than an id; waits at most `capMs` for them. Throws when the page tools cannot be had.
   */
  async namedSummary(capMs = 1500): Promise<PageSummary> {
    const [tools] = await Promise.all([this.deps.pageTools(), Promise.race([this.opener.idle(), new Promise((r) => setTimeout(r, capMs))])]);
    if (!tools) throw new Error('the page summary could not be loaded');
    return tools.pageSummary(this.model?.mentions() ?? [], (id) => this.opener.nameOf(id), this.date);
  }

  /**
   * The popup's click on a line (page-summary.ts `summaryId`): open that line's first
   * mention, underlined or not, with focus in its card (mention-walker.ts). False when the
   * page has no such mention, or the page tools cannot be had.
   */
  async reveal(id: string): Promise<boolean> {
    return (await this.walkerOf())?.reveal(id) ?? false;
  }

  /** The reader changed what to underline: repaint what was found, no rescan. */
  setDisplay(display: DisplaySettings): void {
    const repaint = !samePainting(this.display, display);
    this.display = display; // the hover delay applies from the next rest
    if (!repaint) return;
    this.card.hide();
    this.painter.setDisplay(display, this.model?.mentions() ?? []);
    this.afterPaint();
  }

  /** Step to the next/previous mention (browser command `walkMentions`, or the in-page keys). */
  walk(step: 1 | -1, source: 'key' | 'command' = 'command'): void {
    void this.walkerOf().then((walker) => walker?.walk(step, source));
  }

  /** The walk and the reveal (mention-walker.ts), made from the page tools at their first use. */
  private async walkerOf(): Promise<MentionWalker | null> {
    const tools = await this.deps.pageTools();
    if (!tools || this.signal.aborted) return null;
    return (this.walker ??= new tools.MentionWalker({
      doc: this.doc,
      signal: this.signal,
      ordered: () => this.painter.allInOrder(),
      mentions: () => this.model?.mentions() ?? [],
      rangeOf: (m) => this.painter.rangeOf(m) ?? rangeOfMention(m, defaultRangeFactory(this.doc)),
      open: (m, anchor, focus) => this.opener.open(m, anchor, focus),
      ui: () => this.ui(),
      card: this.card,
      highlights: this.highlights,
    }));
  }

  private scanOptions(): { pageDate?: string } {
    return this.date ? { pageDate: this.date } : {};
  }

  private paint(delta: MentionDelta): void {
    if (this.signal.aborted) return;
    this.painter.apply(delta);
    this.afterPaint();
    if (delta.added.length) void this.opener.prefetch(delta.added).catch(() => undefined);
  }

  private afterPaint(): void {
    this.stats.painted = this.painter.count;
    this.stats.mentions = this.model?.size.mentions ?? 0;
  }

  /** The ranges underlined now, on screen or not (the test handles only: the registry holds only those near the viewport). */
  paintedRanges(): AbstractRange[] {
    return this.painter.paintedRanges();
  }

  /** The card's closed shadow root (the isolated world's test handle only). */
  get cardRoot(): ShadowRoot | null {
    return this.card.root;
  }

  private hitTest(x: number, y: number): HoverTarget | null {
    const began = performance.now();
    try {
      const caret = this.model && caretAt(this.doc, x, y, this.tracker?.shadowRoots());
      const mention = caret ? this.model!.mentionAt(caret.node, caret.offset) : undefined;
      const range = mention && this.painter.rangeOf(mention);
      if (!mention || !range) return null;
      const rect = rectHolding(rectsOf(range, this.doc), x, y);
      return rect ? { mention, rect } : null;
    } finally {
      this.stats.hitTestMs = performance.now() - began;
    }
  }

  /** The first painted mention in an element that took focus: its text nodes only (capped). */
  private inElement(el: Element): HoverTarget | null {
    if (!this.model) return null;
    const walker = this.doc.createTreeWalker(el, 0x4);
    for (let n = walker.nextNode(), i = 0; n && i < 200; n = walker.nextNode(), i++) {
      for (const mention of this.model.mentionsStartingIn(n as Text)) {
        const range = this.painter.rangeOf(mention);
        const rect = range && rectsOf(range, this.doc)[0];
        if (rect) return { mention, rect };
      }
    }
    return null;
  }

  /** The card key of the mention marked by the walk now (tests), or null. */
  get walkMarkKey(): string | null {
    return this.walker?.markKey ?? null;
  }

  /** A card that follows its (painted) mention on scroll and resize; a fixed rect if it has no range. */
  private anchorOf(mention: PageMention, rect: DOMRect) {
    const range = this.painter.rangeOf(mention);
    // Made into a live anchor (hover-card.ts liveAnchor) on the card side (card-open-flow.ts).
    return range ? { range, first: rect, doc: this.doc } : rect;
  }
}

/**
 * Where the parts of the card UI come from (the rest of an open, the walk's mark): with
 * the factory of a card UI in the bundle (the PDF reader, tests), or with the UI a lazy
 * surface fetches (lazy-card.ts). Neither: no card can open.
 */
function cardUi(factory: CardUiFactory, card: CardSurface): () => Promise<CardUiFactory | null> {
  if (factory.openFlow) return () => Promise.resolve(factory);
  const lazy = card as CardSurface & { ui?: () => Promise<CardUiFactory | null> };
  return lazy.ui ? () => lazy.ui!() : () => Promise.resolve(null);
}

/**
 * Resolves true once the document has some non-whitespace text (at once, usually);
 * an empty frame waits on a light observer and costs nothing more until text comes.
 */
function waitForText(doc: Document, signal: AbortSignal): Promise<boolean> {
  const hasText = () => {
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 0x4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement?.tagName.toUpperCase();
      if ((n as Text).data.trim() && !(parent && SKIP_TAGS.has(parent))) return true;
    }
    return false;
  };
  if (hasText()) return Promise.resolve(true);
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        if (!hasText()) return;
        observer.disconnect();
        resolve(true);
      }, 250);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(false);
    });
  });
}

/** After the next rendered frame (rAF, then a task), or at once without a window. */
function afterNextFrame(win: Window | null): Promise<void> {
  if (!win) return Promise.resolve();
  return new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Visibility the browser computed; display:contents has no box but shows its children. */
function isHidden(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (!check || check.call(el)) return false;
  return getComputedStyle(el).display !== 'contents';
}
