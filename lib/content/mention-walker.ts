/**
 * The keyboard walk and the popup's reveal: a mention (underlined or not) scrolled into
 * view, its card open with focus in it, and the mention marked while that card is open
 * (walk-mark.ts: most mentions of a dense page have no underline to show which words the
 * card is about). Part of the page tools stage (page-tools.ts), made at the first walk or
 * reveal; the controller lends it what it needs (`WalkHost`).
 */
import type { HighlightCtor, HighlightRegistryLike, Painted } from '../dom/highlighter';
import type { PageMention } from '../dom/page-model';
import { cardKey, type CardUiFactory, type OpenAnchor } from './card-opener';
import type { CardSurface } from './card-surface';
import { rectsOf } from './hover-card';
import { KeyboardWalk } from './keyboard-walk';
import { summaryId } from './page-summary';
import type { WalkMark } from './walk-mark';

export interface WalkHost {
  doc: Document;
  signal: AbortSignal;
  /** Every mention in document order, underlined or not: with first mentions only, the others stay reachable. */
  ordered(): Painted[];
  /** Every mention found, in no particular order. */
  mentions(): Iterable<PageMention>;
  /** The mention's range: its painted one, or one made now (a mention that is not underlined). */
  rangeOf(mention: PageMention): AbstractRange | null;
  /** Open the mention's card (card-opener.ts). */
  open(mention: PageMention, anchor: OpenAnchor, focus: boolean): Promise<void>;
  /** The card UI with the parts it brings (the walk's mark), or null when it could not be had. */
  ui(): Promise<CardUiFactory | null>;
  card: Pick<CardSurface, 'shownKey' | 'epoch'>;
  highlights: { registry: HighlightRegistryLike | undefined; Highlight: HighlightCtor | undefined };
}

export class MentionWalker {
  private steps: KeyboardWalk;
  /** Made with the first open once the card UI (which brings it) is here. */
  private mark: WalkMark | null = null;

  constructor(private host: WalkHost) {
    this.steps = new KeyboardWalk({ ordered: () => host.ordered(), open: (p) => this.open(p) }, host.signal);
  }

  /** Step to the next/previous mention (keyboard-walk.ts). */
  walk(step: 1 | -1, source: 'key' | 'command' = 'command'): boolean {
    return this.steps.walk(step, source);
  }

  /**
   * The popup's click on a line (page-summary.ts `summaryId`): open that line's first
   * mention in document order, underlined or not. False, doing nothing, when the page has
   * no such mention. O(mentions on the page).
   */
  reveal(id: string): boolean {
    let first: Painted | undefined;
    for (const mention of this.host.mentions()) {
      if (summaryId(mention) !== id) continue;
      const range = this.host.rangeOf(mention);
      if (!range) continue;
      const before = first && range.startContainer.compareDocumentPosition(first.range.startContainer);
      const earlier = !first || (before === 0 ? range.startOffset < first.range.startOffset : !!(before! & Node.DOCUMENT_POSITION_FOLLOWING));
      if (earlier) first = { mention, range };
    }
    if (first) this.open(first);
    return !!first;
  }

  /** The card key of the mention marked now (tests), or null. */
  get markKey(): string | null {
    return this.mark?.key ?? null;
  }

  private open(p: Painted): void {
    const { doc } = this.host;
    p.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = rectsOf(p.range, doc)[0];
    const anchor = rect ? { range: p.range, first: rect, doc } : p.range.startContainer.parentElement?.getBoundingClientRect();
    if (!anchor) return;
    const key = cardKey(p.mention);
    const opening = this.host.open(p.mention, anchor, true);
    // The mark comes with the card UI, as the card does (no card is drawn before it).
    void this.host.ui().then((ui) => {
      const mark = ui && this.markOf(ui);
      if (!mark) return;
      mark.mark(p.range, key);
      void opening.finally(() => mark.opened(key));
    }, () => undefined);
  }

  private markOf(ui: CardUiFactory): WalkMark | null {
    if (this.mark || !ui.WalkMark || this.host.signal.aborted) return this.mark;
    const win = this.host.doc.defaultView;
    return (this.mark = new ui.WalkMark(
      {
        ...this.host.highlights,
        card: this.host.card,
        frame: (cb) => (win ? win.requestAnimationFrame(cb) : (setTimeout(cb, 16) as unknown as number)),
        cancelFrame: (id) => (win ? win.cancelAnimationFrame(id) : clearTimeout(id)),
      },
      this.host.signal,
    ));
  }
}
