/**
 * Opens the card when the reader's pointer rests on a mention (hover intent:
 * ./hover-intent.ts) or focus lands on an element holding one (at once). Only trusted
 * events count: a page script dispatching synthetic pointer or focus events must not
 * open, move or probe our card.
 */
import type { PageMention } from '../dom/page-model';
import type { LiveAnchor } from './card-surface';
import { HoverIntent } from './hover-intent';

export interface HoverTarget {
  mention: PageMention;
  rect: DOMRect;
}

export interface HoverDeps {
  doc: Document;
  card: {
    isInside(target: EventTarget | null): boolean;
    readonly pointerInCard: boolean;
    /** Key of the card on screen (card-opener.ts cardKey), or null. */
    readonly shownKey: string | null;
    readonly visible: boolean;
    scheduleHide(): void;
    cancelHide(): void;
    /** The card the reader closed with Escape: it stays closed until the pointer leaves that mention. */
    dismissedKey: string | null;
  };
  /** The card key of a mention (card-opener.ts cardKey). */
  keyOf(mention: PageMention): string;
  /** The painted mention under a viewport point, with the client rect that holds the point. */
  hitTest(x: number, y: number): HoverTarget | null;
  /** The first painted mention inside an element that took focus. */
  inElement(el: Element): HoverTarget | null;
  /** `onShown`: called when a card is first on screen (the reader's data may follow). */
  open(mention: PageMention, rect: DOMRect, onShown?: () => void): Promise<void>;
  /** How long the pointer must rest on a mention before its card opens, ms (0: at once). Default 0. */
  hoverDelay?(): number;
  /** From the end of the rest (or a trusted hover with no delay) to the card drawn, ms. */
  onHoverCard?(ms: number): void;
}

export function listenHover(deps: HoverDeps, signal: AbortSignal): void {
  const { doc, card } = deps;
  let frame = 0;
  let last: PointerEvent | null = null;
  const win = doc.defaultView ?? globalThis;
  const intent = new HoverIntent(
    {
      delay: () => deps.hoverDelay?.() ?? 0,
      keyOf: (t) => deps.keyOf(t.mention),
      hitTest: (x, y) => (card.pointerInCard ? null : deps.hitTest(x, y)),
      open: (hit) => {
        if (signal.aborted) return;
        const began = performance.now();
        void deps.open(hit.mention, hit.rect, () => deps.onHoverCard?.(performance.now() - began));
      },
    },
    signal,
  );
  doc.addEventListener(
    'pointermove',
    (e) => {
      if (!e.isTrusted) return;
      last = e;
      if (frame) return;
      // One hit test per frame, however fast the pointer moves.
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        const ev = last;
        last = null;
        if (!ev || signal.aborted) return;
        if (card.isInside(ev.target) || card.pointerInCard) return intent.cancel();
        const hit = deps.hitTest(ev.clientX, ev.clientY);
        const key = hit && deps.keyOf(hit.mention);
        if (key && key === card.dismissedKey) return intent.cancel();
        card.dismissedKey = null;
        if (!hit) {
          intent.cancel();
          return card.scheduleHide();
        }
        if (key === card.shownKey && card.visible) {
          // Back on (or still on) the shown card's mention: keep it.
          intent.cancel();
          return card.cancelHide();
        }
        // Off the shown card's mention: it goes after the grace period unless the
        // pointer reaches the card; this mention opens only if the pointer rests on it.
        card.scheduleHide();
        intent.over(hit, ev.clientX, ev.clientY);
      });
    },
    { signal, passive: true },
  );
  // Leaving the document (or the window) is leaving every mention.
  doc.addEventListener(
    'pointerout',
    (e) => {
      if (!e.isTrusted || e.relatedTarget) return;
      intent.cancel();
      card.scheduleHide();
    },
    { signal, passive: true },
  );
  signal.addEventListener('abort', () => frame && win.cancelAnimationFrame(frame));
  doc.addEventListener(
    'focusin',
    (e) => {
      if (!e.isTrusted) return;
      const target = e.target;
      if (!(target instanceof Element) || card.isInside(target)) return;
      const hit = deps.inElement(target);
      if (hit) void deps.open(hit.mention, hit.rect);
    },
    { signal },
  );
}

/**
 * A card anchor that follows a mention: its client rect is measured afresh from the
 * painted (static) range each time the card is placed, so scrolling and resizing carry
 * the card with its name. `index`: which line of a wrapped mention the card points at.
 * null once the mention's text has left the document (the card then closes); a range
 * the page edited under us keeps its last rect until the repaint.
 */
export function liveAnchor(range: AbstractRange, doc: Document, first: DOMRect): LiveAnchor {
  const rects = rectsOf(range, doc);
  const found = rects.findIndex((r) => Math.abs(r.top - first.top) < 1 && Math.abs(r.left - first.left) < 1);
  const index = Math.max(0, found);
  let last = first;
  return {
    context: range.startContainer.parentElement,
    rect: () => {
      if (!range.startContainer.isConnected) return null;
      const now = rectsOf(range, doc);
      last = now[index] ?? now[0] ?? last;
      return last;
    },
  };
}

/**
 * The caret position under a point (Firefox: caretPositionFromPoint; Chromium: both).
 * Open shadow roots must be named for the caret to land inside them (Chromium 128+,
 * Firefox); older browsers ignore the option and stop at the host.
 */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const pos = shadowRoots.length ? d.caretPositionFromPoint(x, y, { shadowRoots }) : d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * Client rects of a painted range. Painted ranges are StaticRange (no geometry), so a
 * live Range is made for the moment of the question and dropped again.
 */
export function rectsOf(range: AbstractRange, doc: Document): DOMRect[] {
  const live = doc.createRange();
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return [...live.getClientRects()];
  } catch {
    return []; // the text changed under a range not yet repainted
  }
}

/** caretPositionFromPoint snaps to the nearest caret: the point must lie in one of the range's rects. */
export function rectHolding(rects: DOMRect[], x: number, y: number): DOMRect | null {
  for (const rect of rects) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
  }
  return null;
}
