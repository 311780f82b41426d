/**
 * Cards for mentions: pack-only cards prefetched for the entities on the page (so a
 * hover never waits for a sleeping service worker), and, for a card the reader
 * opened, the full card with the user's own data (`getCardDetails`, never prefetched;
 * that part comes with the card UI: card-open-flow.ts).
 */
import type { EntityCardData } from '../card/card-data';
import type { PageMention } from '../dom/page-model';
import type { CardAnchor, CardFactory, CardSurface } from './card-surface';
import type { WalkMark } from './walk-mark';

export interface CardOpenerDeps {
  /** Pack-only cards (prefetch); `pageDate` orders their facts (lib/card/fact-order.ts). */
  getCards(ids: string[], pageDate?: string): Promise<EntityCardData[]>;
  /** Full cards with the user's own data, for a card the reader opened. */
  getCardDetails(ids: string[], pageDate?: string): Promise<EntityCardData[]>;
  /** Open the entity in the options page (a trusted click on the card's link). */
  openOptions?(entityId: string): void;
  /** The options page's address for an entity, so the card's link is a real link. */
  optionsHref?(entityId: string): string;
  /** The page's own date, for "why this holder" on a title. */
  pageDate(): string | undefined;
  card: Pick<CardSurface, 'shownKey' | 'visible' | 'epoch' | 'cancelHide' | 'show' | 'userDataInPage'>;
  signal: AbortSignal;
  /** The rest of an open, which comes with the card UI (card-open-flow.ts); null when the UI could not be had. */
  loadFlow(): Promise<OpenFlow | null>;
}

/** What the card side of an open reads and fills: the opener's cache and its deps. */
export interface OpenerState {
  readonly deps: CardOpenerDeps;
  /** Cards by entity id, for the page date `cachedFor`. */
  readonly cards: Map<string, EntityCardData>;
  readonly cachedFor: string | undefined;
}

/**
 * A painted mention the card should follow (hover-card.ts liveAnchor, made on the card
 * side: card-open-flow.ts), from the client rect the reader pointed at.
 */
export interface MentionAnchor {
  range: AbstractRange;
  first: DOMRect;
  doc: Document;
}

/** Where an open points: a card anchor, or a mention whose live anchor the card side makes. */
export type OpenAnchor = CardAnchor | MentionAnchor;

/** One open, as the content side decided it. */
export interface OpenRequest {
  mention: PageMention;
  key: string;
  anchor: OpenAnchor;
  focus: boolean;
  /** The page date the cards are ordered for. */
  date: string | undefined;
  /** The card's epoch when the open began: a hide since means stay closed. */
  epoch: number;
  onShown?: () => void;
}

/** card-open-flow.ts openCard, delivered with the card UI. */
export type OpenFlow = (opener: OpenerState, req: OpenRequest) => Promise<void>;

/** What comes with the card UI besides the card: code the page needs only once a card opens. */
export interface CardUiParts {
  /** The rest of an open (card-open-flow.ts openCard). */
  openFlow: OpenFlow;
  /** The walk's mark on the mention whose card is open (walk-mark.ts). */
  WalkMark: typeof WalkMark;
}

/** A card UI's factory, with the parts that come with it (entrypoints/card.ts), or a bare one (tests). */
export type CardUiFactory = CardFactory & Partial<CardUiParts>;

/** What identifies the card a mention opens (the same mention of the same entity). */
export function cardKey(mention: PageMention): string {
  return `${mention.key}:${mention.entity ?? ''}`;
}

export class CardOpener implements OpenerState {
  readonly cards = new Map<string, EntityCardData>();
  /** The page date the cached cards were ordered for: an SPA navigation may change it. */
  private cachedDate: string | undefined;

  constructor(readonly deps: CardOpenerDeps) {}

  get cachedFor(): string | undefined {
    return this.cachedDate;
  }

  /** The page's date, dropping cards ordered for another one. */
  private date(): string | undefined {
    const date = this.deps.pageDate();
    if (date !== this.cachedDate) {
      this.cards.clear();
      this.asked.clear();
      this.cachedDate = date;
    }
    return date;
  }

  nameOf(id: string): string | undefined {
    return this.cards.get(id)?.name;
  }

  clear(): void {
    this.cards.clear();
    this.asked.clear();
  }

  private inFlight = new Set<Promise<void>>();
  /**
   * Ids asked for by a prefetch still on its way. A first scan paints in 30–50 slices, each
   * a delta naming the same entities: without this, each slice sent the background the same
   * request before the first was answered (1 MB page: ~40 identical getCards calls, and the
   * next tab's dictionary waited 6–16 s behind them on a shared machine).
   */
  private asked = new Set<string>();

  /** Resolves when the prefetches under way have settled (the popup names candidates from them). */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  /** Prefetch the cards of newly found mentions: O(mentions added), one message for the missing ids. */
  prefetch(mentions: Iterable<PageMention>): Promise<void> {
    const run = this.fetchMissing(mentions);
    this.inFlight.add(run);
    void run.catch(() => undefined).finally(() => this.inFlight.delete(run));
    return run;
  }

  private async fetchMissing(mentions: Iterable<PageMention>): Promise<void> {
    const date = this.date();
    const ids = new Set<string>();
    const want = (id: string) => {
      if (!this.cards.has(id) && !this.asked.has(id)) ids.add(id);
    };
    for (const m of mentions) {
      if (m.entity) want(m.entity);
      for (const c of m.candidates ?? []) want(c);
      if (m.reason?.kind === 'title') for (const c of m.reason.also ?? []) want(c);
    }
    if (ids.size === 0 || this.deps.signal.aborted) return;
    for (const id of ids) this.asked.add(id);
    try {
      for (const card of await this.deps.getCards([...ids], date)) if (this.cachedFor === date) this.cards.set(card.id, card);
    } finally {
      // Answered or failed: a later mention may ask again for what did not come.
      for (const id of ids) this.asked.delete(id);
    }
  }

  /**
   * Open the card for a mention. The already-shown card stays (its hide is cancelled);
   * otherwise the rest waits for the card UI (no card is drawn before it is here) and
   * goes on there (card-open-flow.ts), unless the card was closed meanwhile.
   */
  async open(mention: PageMention, anchor: OpenAnchor, focus = false, onShown?: () => void): Promise<void> {
    const { card } = this.deps;
    const key = cardKey(mention);
    if (card.shownKey === key && card.visible) {
      card.cancelHide();
      return;
    }
    // A pending hide of the previous card must not cancel this open while it waits.
    card.cancelHide();
    const epoch = card.epoch;
    const date = this.date();
    const flow = await this.deps.loadFlow().catch(() => null);
    if (!flow || this.deps.signal.aborted || card.epoch !== epoch) return;
    await flow(this, { mention, key, anchor, focus, date, epoch, ...(onShown ? { onShown } : {}) });
  }
}
