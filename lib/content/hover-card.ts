/**
 * Opens the card when the reader's pointer rests on a mention or focus lands on an
 * element holding one. Only trusted events count: a page script dispatching
 * synthetic pointer or focus events must not open, move or probe our card.
 */
import type { PageMention } from '../dom/page-model';

export interface HoverTarget {
  mention: PageMention;
  rect: DOMRect;
}

export interface HoverDeps {
  doc: Document;
  card: {
    isInside(target: EventTarget | null): boolean;
    readonly pointerInCard: boolean;
    scheduleHide(): void;
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
  /** From a trusted hover to the card drawn, ms. */
  onHoverCard?(ms: number): void;
}

export function listenHover(deps: HoverDeps, signal: AbortSignal): void {
  const { doc, card } = deps;
  let frame = 0;
  let last: PointerEvent | null = null;
  const win = doc.defaultView ?? globalThis;
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
        if (card.isInside(ev.target) || card.pointerInCard) return;
        const hit = deps.hitTest(ev.clientX, ev.clientY);
        if (hit && deps.keyOf(hit.mention) === card.dismissedKey) return;
        card.dismissedKey = null;
        if (!hit) return card.scheduleHide();
        const began = performance.now();
        void deps.open(hit.mention, hit.rect, () => deps.onHoverCard?.(performance.now() - began));
      });
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
