/**
 * What the page side needs of the card popover. The popover itself is UI
 * (components/CardHost.tsx renders Preact into a closed shadow root); the content
 * entry creates it and hands it to the controller, so lib/ never imports components/.
 */
import type { EntityCardData } from '../card/card-data';
import type { MatchReason } from '../match/types';

/** What the card shows for one mention. */
export interface CardViewProps {
  text: string;
  /** One card for a resolved mention; several for an ambiguous one. */
  cards: EntityCardData[];
  ambiguous: boolean;
  /** A name a crowd of namesakes shares (lib/match/crowd.ts): how many bearers in all; `cards` lists only some. */
  namesakes?: number;
  /** Why the mention matched when it was not the plain name (lib/content/card-opener.ts whyMatched). */
  reason?: MatchReason;
  /** For a title on a day the office changed hands: the other holder(s) that day. */
  alsoHolders?: string[];
  /** The reader's notes and edits are not shown on this page (Firefox): the card says where they are. */
  privateElsewhere?: boolean;
  onOpenOptions?: (id: string) => void;
  /** The options page's address for an entity (the card's "open in Silk Lens" link). */
  optionsHref?: (id: string) => string;
}

/**
 * The live geometry of a mention the card points at (hover-card.ts liveAnchor): read
 * again on every scroll or resize so the card follows its name.
 */
export interface LiveAnchor {
  /** The mention's client rect now; null once its text has left the document. */
  rect(): DOMRect | null;
  /** An element holding the mention: its scrolling ancestors move the card too. */
  context: Element | null;
}

/** Where a card points: a fixed rect, or a mention it follows (and closes with when it scrolls out of view). */
export type CardAnchor = DOMRect | LiveAnchor;

export function isLiveAnchor(anchor: CardAnchor): anchor is LiveAnchor {
  return typeof (anchor as Partial<LiveAnchor>).rect === 'function';
}

export interface CardSurface {
  /** Key of what is shown (card-opener.ts cardKey), or null. */
  shownKey: string | null;
  /** Shown and attached (a page may have removed or hidden our host). */
  readonly visible: boolean;
  /** Moves on every hide: an open still waiting for card data when the card was closed stays closed. */
  readonly epoch: number;
  /** The card the reader closed with Escape: it stays closed until the pointer leaves that mention. */
  dismissedKey: string | null;
  readonly pointerInCard: boolean;
  /**
   * false: the reader's own data (notes, edited and added facts, entities of their own)
   * is never rendered into the page (lib/content/card-opener.ts shows the pack's card, or
   * a bare name for an entity of their own). Firefox: its selection is not retargeted out
   * of a closed shadow root, so a page's `window.find` hands it a node in the card and
   * with it the whole card (docs/privacy.md). Unset: true.
   */
  readonly userDataInPage?: boolean;
  /** The card's closed shadow root: for the isolated world's test handle only. */
  readonly root: ShadowRoot | null;
  /**
   * Show a card for `key` at `anchor`. `refresh`: the card for this key is already shown;
   * render the new props in place (the reader's data arrived), keeping focus and state.
   */
  show(key: string, anchor: CardAnchor, props: CardViewProps, options?: { focus?: boolean; refresh?: boolean }): Promise<void>;
  isInside(target: EventTarget | null): boolean;
  scheduleHide(): void;
  cancelHide(): void;
  hide(): void;
}

/** Makes the card for one document; torn down by the signal. */
export type CardFactory = (doc: Document, signal: AbortSignal) => CardSurface;

/**
 * Did these records (not drained as ours) change what the card shows? Two things the
 * card's own UI does outside our render() calls do not: the browser writing `open` on a
 * <details> the reader toggled (the original wording of a fact), and a node added and
 * removed again within the batch (the copy button's fallback textarea). Anything else
 * (text, attributes, nodes added or removed for good) is tampering.
 */
export function changesWhatIsShown(records: MutationRecord[]): boolean {
  const added = new Set<Node>();
  for (const r of records) {
    if (r.type === 'attributes' && r.attributeName === 'open' && (r.target as Element).localName === 'details') continue;
    if (r.type !== 'childList') return true;
    r.addedNodes.forEach((n) => added.add(n));
    // Removing one of ours is tampering; removing what this batch added undoes it.
    for (const n of r.removedNodes) if (!added.delete(n)) return true;
  }
  // Whether or not the host is still in the page: it may be put back at the next open.
  return added.size > 0;
}
