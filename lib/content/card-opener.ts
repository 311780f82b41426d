/**
 * Cards for mentions: pack-only cards prefetched for the entities on the page (so a
 * hover never waits for a sleeping service worker), and, for a card the reader
 * opened, the full card with the user's own data (`getCardDetails`, never prefetched).
 */
import type { EntityCardData } from '../card/card-data';
import type { PageMention } from '../dom/page-model';
import { localToday } from '../dates/today';
import type { CardSurface } from './card-surface';

export interface CardOpenerDeps {
  /** Pack-only cards (prefetch). */
  getCards(ids: string[]): Promise<EntityCardData[]>;
  /** Full cards with the user's own data, for a card the reader opened. */
  getCardDetails(ids: string[]): Promise<EntityCardData[]>;
  openOptions?(entityId: string): void;
  /** The page's own date, for "why this holder" on a title. */
  pageDate(): string | undefined;
  card: Pick<CardSurface, 'shownKey' | 'visible' | 'epoch' | 'cancelHide' | 'show'>;
  signal: AbortSignal;
}

/** What identifies the card a mention opens (the same mention of the same entity). */
export function cardKey(mention: PageMention): string {
  return `${mention.key}:${mention.entity ?? ''}`;
}

export class CardOpener {
  private cards = new Map<string, EntityCardData>();

  constructor(private deps: CardOpenerDeps) {}

  nameOf(id: string): string | undefined {
    return this.cards.get(id)?.name;
  }

  clear(): void {
    this.cards.clear();
  }

  /** Prefetch the cards of newly found mentions: O(mentions added), one message for the missing ids. */
  async prefetch(mentions: Iterable<PageMention>): Promise<void> {
    const ids = new Set<string>();
    for (const m of mentions) {
      if (m.entity && !this.cards.has(m.entity)) ids.add(m.entity);
      for (const c of m.candidates ?? []) if (!this.cards.has(c)) ids.add(c);
    }
    if (ids.size === 0 || this.deps.signal.aborted) return;
    for (const card of await this.deps.getCards([...ids])) this.cards.set(card.id, card);
  }

  async open(mention: PageMention, anchor: DOMRect, focus = false): Promise<void> {
    const { card } = this.deps;
    const key = cardKey(mention);
    if (card.shownKey === key && card.visible) {
      card.cancelHide();
      return;
    }
    // A pending hide of the previous card must not cancel this open while it waits.
    card.cancelHide();
    const epoch = card.epoch;
    const cards = await this.cardsFor(mention);
    // Closed (Escape, pointer left) while the card data was on its way: stay closed.
    if (cards.length === 0 || this.deps.signal.aborted || card.epoch !== epoch) return;
    const date = this.deps.pageDate();
    await card.show(key, anchor, {
      text: mention.text,
      cards,
      ambiguous: mention.entity === null,
      // Say why a title opened this card: whoever held the office on the page's date.
      ...(mention.via === 'title' ? { viaTitle: { text: mention.text, date: date ?? localToday() } } : {}),
      ...(this.deps.openOptions ? { onOpenOptions: this.deps.openOptions } : {}),
    }, { focus });
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
    if (missing.length) for (const c of await this.deps.getCards(missing)) this.cards.set(c.id, c);
    return ids.flatMap((id) => this.cards.get(id) ?? []);
  }
}
