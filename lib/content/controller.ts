/**
 * Everything the content script does on a page, torn down by one AbortSignal:
 * get the dictionary, scan, paint highlights, prefetch cards, follow DOM changes,
 * and open the card on hover or keyboard focus. Page text stays in this context:
 * only entity ids ever go to the background.
 */
import type { EntityCardData } from '../card/card-data';
import { createMatcher } from '../match';
import type { CompiledDictionary } from '../match/types';
import { PageIndex, type PageMention } from '../dom/page-index';
import { paint, rangesFor, unpaint, type Painted } from '../dom/highlighter';
import { pageDate } from '../dom/page-date';
import { CardHost } from './card-host';
import { DomWatcher } from './dom-watcher';
import { createPageStats } from './stats';
import { isEditableTarget } from './editable-target';
import type { PageSummary } from '../messages';
import { DEFAULT_DISPLAY, visibleMentions, type DisplaySettings } from '../settings/display';
import { localToday } from '../dates/today';

export interface ControllerDeps {
  display?: DisplaySettings;
  getDictionary(knownVersion?: string): Promise<{ version: string; dictionary: CompiledDictionary | null }>;
  /** Pack-only cards (prefetch). */
  getCards(ids: string[]): Promise<EntityCardData[]>;
  /** Full cards with the user's own data, for a card the reader opened. */
  getCardDetails(ids: string[]): Promise<EntityCardData[]>;
  openOptions?(entityId: string): void;
  doc?: Document;
}

export class PageController {
  private index: PageIndex | null = null;
  private painted: Painted[] = [];
  /** Every resolved mention on the page; `painted` is the part the display settings show. */
  private found: PageMention[] = [];
  private display: DisplaySettings = DEFAULT_DISPLAY;
  private rangeOf = new Map<PageMention, Range>();
  private cards = new Map<string, EntityCardData>();
  private version: string | undefined;
  private card: CardHost;
  private doc: Document;
  private focusCursor = -1;
  /** The page's own date (published-time metadata), if it has one. */
  private date: string | undefined;
  /** Counters for tests and benchmarks, read in the isolated world only (never written to the page). */
  readonly stats = createPageStats();

  constructor(
    private deps: ControllerDeps,
    private signal: AbortSignal,
  ) {
    this.doc = deps.doc ?? document;
    this.display = deps.display ?? DEFAULT_DISPLAY;
    this.card = new CardHost(this.doc, signal);
    signal.addEventListener('abort', () => unpaint());
  }

  async start(): Promise<void> {
    const { version, dictionary } = await this.deps.getDictionary();
    if (!dictionary || this.signal.aborted) return;
    this.version = version;
    const date = pageDate(this.doc);
    this.date = date;
    this.index = new PageIndex(createMatcher(dictionary), this.doc.body, {
      isHidden,
      ...(date ? { pageDate: date } : {}),
    });
    // Timings go to this.stats, never to performance marks: a page can read those.
    const started = performance.now();
    const mentions = this.index.scanAll();
    this.stats.fullScans++;
    this.apply(mentions);
    this.stats.firstPaintMs = performance.now() - started;
    new DomWatcher(this.doc.body, this.signal, {
      ignore: (node) => this.card.isInside(node),
      onChanges: (nodes) => {
        if (!this.index) return;
        this.stats.batches++;
        this.apply(this.index.rescan(nodes));
      },
      onFlood: () => {
        if (!this.index) return;
        this.stats.fullScans++;
        this.apply(this.index.scanAll());
      },
    });
    this.listen();
  }

  /** The fact base changed: fetch the new dictionary and re-highlight without reload. */
  async refresh(): Promise<void> {
    const { version, dictionary } = await this.deps.getDictionary(this.version);
    if (!dictionary || !this.index) return;
    this.version = version;
    this.cards.clear();
    this.card.hide();
    this.index.setMatcher(createMatcher(dictionary));
    this.stats.fullScans++;
    this.apply(this.index.scanAll());
  }

  /** The card's closed shadow root (the isolated world's test handle only). */
  get cardRoot(): ShadowRoot | null {
    return this.card.root;
  }

  /** Everything found on the page (the popup lists it all, underlined or not). */
  summary(): PageSummary {
    const counts = new Map<string, { id: string; name: string; type: string; count: number }>();
    for (const m of this.found) {
      const id = m.entity ?? `?${(m.candidates ?? []).join('|')}`;
      const card = m.entity ? this.cards.get(m.entity) : undefined;
      const entry = counts.get(id) ?? { id, name: card?.name ?? m.text, type: m.type, count: 0 };
      entry.count++;
      counts.set(id, entry);
    }
    return { enabled: true, mentions: this.found.length, entities: [...counts.values()].sort((a, b) => b.count - a.count) };
  }

  /** The reader changed what to underline: repaint what was found, no rescan. */
  setDisplay(display: DisplaySettings): void {
    this.display = display;
    this.card.hide();
    this.apply(this.found);
  }

  private apply(mentions: PageMention[]): void {
    this.found = mentions;
    this.painted = rangesFor(visibleMentions(mentions, this.display), this.doc);
    this.rangeOf = new Map(this.painted.map((p) => [p.mention, p.range]));
    paint(this.painted);
    this.stats.mentions = mentions.length;
    this.stats.painted = this.painted.length;
    void this.prefetch(mentions);
  }

  /** Cards for every entity on the page, so a hover never waits for a sleeping worker. */
  private async prefetch(mentions: PageMention[]): Promise<void> {
    const ids = new Set<string>();
    for (const m of mentions) {
      if (m.entity) ids.add(m.entity);
      for (const c of m.candidates ?? []) ids.add(c);
    }
    const missing = [...ids].filter((id) => !this.cards.has(id));
    if (missing.length === 0) return;
    for (const card of await this.deps.getCards(missing)) this.cards.set(card.id, card);
  }

  /** The reader opened a card: ask for the user's own data too (never prefetched). */
  private async cardsFor(mention: PageMention): Promise<EntityCardData[]> {
    const ids = mention.entity ? [mention.entity] : (mention.candidates ?? []);
    try {
      const full = await this.deps.getCardDetails(ids);
      if (full.length) return full;
    } catch {
      // fall back to the pack's cards below
    }
    const missing = ids.filter((id) => !this.cards.has(id));
    if (missing.length) for (const card of await this.deps.getCards(missing)) this.cards.set(card.id, card);
    return ids.flatMap((id) => this.cards.get(id) ?? []);
  }

  private async open(mention: PageMention, anchor: DOMRect, focus = false): Promise<void> {
    const key = cardKey(mention);
    if (this.card.shownKey === key && this.card.visible) {
      this.card.cancelHide();
      return;
    }
    // A pending hide of the previous card must not cancel this open while it waits.
    this.card.cancelHide();
    const epoch = this.card.epoch;
    const cards = await this.cardsFor(mention);
    // Closed (Escape, pointer left) while the card data was on its way: stay closed.
    if (cards.length === 0 || this.signal.aborted || this.card.epoch !== epoch) return;
    await this.card.show(key, anchor, {
      text: mention.text,
      cards,
      ambiguous: mention.entity === null,
      // Say why a title opened this card: whoever held the office on the page's date.
      ...(mention.via === 'title' ? { viaTitle: { text: mention.text, date: this.date ?? localToday() } } : {}),
      ...(this.deps.openOptions ? { onOpenOptions: this.deps.openOptions } : {}),
    }, { focus });
  }

  private listen(): void {
    const { signal } = this;
    let frame = 0;
    let last: PointerEvent | null = null;
    this.doc.addEventListener(
      'pointermove',
      (e) => {
        // Only the reader's own pointer opens a card: a page can dispatch synthetic events.
        if (!e.isTrusted) return;
        last = e;
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (last) this.hover(last);
        });
      },
      { signal, passive: true },
    );
    this.doc.addEventListener('focusin', (e) => e.isTrusted && this.focus(e.target), { signal });
    this.doc.addEventListener(
      'keydown',
      (e) => {
        // Alt+Shift+→ / ← walks through mentions and opens each card: keyboard access
        // to text that has no focusable element of its own. The same keys are the
        // suggested keys of the walk-next/walk-previous commands (wxt.config.ts); while
        // the command holds them a browser window handles the keystroke as an
        // accelerator first. This listener is the fallback for when the command has no
        // keys (taken by another extension, or the user rebound it), and walk() drops a
        // second step from the other path within 150 ms, so one press never walks twice.
        if (!e.isTrusted || !e.altKey || !e.shiftKey || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
        // Never steal a text-editing shortcut (Alt+Shift+arrow selects by word on some systems).
        if (isEditableTarget(e.composedPath()[0] ?? e.target)) return;
        if (this.painted.length === 0) return;
        e.preventDefault();
        this.walk(e.key === 'ArrowRight' ? 1 : -1, 'key');
      },
      { signal },
    );
  }

  /** Last walk step and where it came from (the in-page keys or the browser command). */
  private lastWalk = { source: '', at: -Infinity };

  /** Open the next (1) or previous (-1) mention's card, with focus in it. */
  walk(step: 1 | -1, source: 'key' | 'command' = 'command'): void {
    if (this.painted.length === 0) return;
    // Belt and braces: should a browser deliver one keystroke both to the page and to
    // the command, the second arrival within 150 ms from the other path is the same
    // press. (Chromium's headless CDP input reaches the page only; see wxt.config.ts.)
    const now = performance.now();
    if (this.lastWalk.source !== source && now - this.lastWalk.at < 150) return;
    this.lastWalk = { source, at: now };
    this.focusCursor = (this.focusCursor + step + this.painted.length) % this.painted.length;
    const p = this.painted[this.focusCursor]!;
    p.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    void this.open(p.mention, p.range.getBoundingClientRect(), true);
  }

  private hover(e: PointerEvent): void {
    if (this.card.isInside(e.target) || this.card.pointerInCard) return;
    const hit = this.hitTest(e.clientX, e.clientY);
    // A card dismissed with Escape stays closed until the pointer leaves its mention.
    if (hit && cardKey(hit.mention) === this.card.dismissedKey) return;
    this.card.dismissedKey = null;
    if (hit) {
      const started = performance.now();
      void this.open(hit.mention, hit.rect).then(() => {
        if (this.card.shownKey) this.stats.hoverToCardMs = performance.now() - started;
      });
    }
    else this.card.scheduleHide();
  }

  /** caretPositionFromPoint snaps to the nearest caret: confirm the point is inside the range. */
  private hitTest(x: number, y: number): { mention: PageMention; rect: DOMRect } | null {
    if (!this.index) return null;
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    const mention = this.index.mentionAt(caret.node, caret.offset);
    const range = mention && this.rangeOf.get(mention);
    if (!mention || !range) return null;
    for (const rect of range.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return { mention, rect };
    }
    return null;
  }

  private focus(target: EventTarget | null): void {
    if (!(target instanceof Element) || this.card.isInside(target)) return;
    const p = this.painted.find((q) => target.contains(q.range.startContainer));
    if (p) void this.open(p.mention, p.range.getBoundingClientRect());
  }
}

function cardKey(mention: PageMention): string {
  return `${mention.block.base}:${mention.start}:${mention.entity ?? ''}`;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Visibility the browser computed; display:contents has no box but shows its children. */
function isHidden(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (!check || check.call(el)) return false;
  return getComputedStyle(el).display !== 'contents';
}
