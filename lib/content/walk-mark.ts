/**
 * The mention the keyboard walk (or the popup's reveal) opened a card for, marked on the
 * page while that card is open. On a dense page most mentions carry no underline (first
 * mentions only), so without a mark the reader sees a card and cannot tell which words it
 * is about. The mark is one temporary highlight, `silklens-walk` (styled in
 * entrypoints/content/highlights.css, which the PDF reader imports too), registered in the
 * same registry as the underlines and only while the card is open.
 *
 * The card (components/CardHost.tsx) closes itself on Escape, on the pointer leaving, on
 * its mention scrolling away; it has no close event, but every close moves its `epoch`.
 * So while a mark is on, one check per frame compares the card's epoch and key with the
 * ones the mark was made for: a comparison per frame, and no frames at all once it is off.
 */
import type { HighlightCtor, HighlightLike, HighlightRegistryLike } from '../dom/highlighter';
import type { CardSurface } from './card-surface';

export const HIGHLIGHT_WALK = 'silklens-walk';

export interface WalkMarkDeps {
  registry?: HighlightRegistryLike | undefined;
  Highlight?: HighlightCtor | undefined;
  card: Pick<CardSurface, 'shownKey' | 'epoch'>;
  /** requestAnimationFrame / cancelAnimationFrame (tests drive frames by hand). */
  frame(cb: () => void): number;
  cancelFrame(id: number): void;
}

interface Mark {
  key: string;
  epoch: number;
  highlight: HighlightLike;
  /** The card has shown this key: from then on another key means another card. */
  seen: boolean;
  frame: number;
}

export class WalkMark {
  private current: Mark | null = null;

  constructor(
    private deps: WalkMarkDeps,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.clear(), { once: true });
  }

  /** The range marked now (tests), or null. */
  get key(): string | null {
    return this.current?.key ?? null;
  }

  /** Mark `range` for the card opening under `key` (card-opener.ts cardKey); replaces any earlier mark. */
  mark(range: AbstractRange, key: string): void {
    this.clear();
    const { registry, Highlight, card } = this.deps;
    if (!registry || !Highlight) return; // no highlights here: nothing is underlined either
    const highlight = new Highlight();
    highlight.add(range);
    registry.set(HIGHLIGHT_WALK, highlight as never);
    this.current = { key, epoch: card.epoch, highlight, seen: card.shownKey === key, frame: 0 };
    this.schedule();
  }

  /**
   * The open finished: if its card is not showing (no card data, superseded, closed while
   * it loaded), the mark goes. Called once the opener's promise settles.
   */
  opened(key: string): void {
    const m = this.current;
    if (!m || m.key !== key) return;
    if (this.deps.card.shownKey === key && this.deps.card.epoch === m.epoch) m.seen = true;
    else this.clear();
  }

  clear(): void {
    const m = this.current;
    if (!m) return;
    this.current = null;
    this.deps.cancelFrame(m.frame);
    const { registry } = this.deps;
    // Only ours: a page may have put something else under the name meanwhile.
    if (registry?.get(HIGHLIGHT_WALK) === m.highlight) registry.delete(HIGHLIGHT_WALK);
    m.highlight.clear();
  }

  private schedule(): void {
    const m = this.current;
    if (m) m.frame = this.deps.frame(() => this.check());
  }

  private check(): void {
    const m = this.current;
    if (!m) return;
    const { card } = this.deps;
    if (card.shownKey === m.key) m.seen = true;
    // Closed (every hide moves the epoch), or replaced by another mention's card.
    if (card.epoch !== m.epoch || (m.seen && card.shownKey !== m.key)) return this.clear();
    this.schedule();
  }
}
