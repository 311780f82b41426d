/**
 * How the card UI, injected on demand (entrypoints/card.ts), reaches the content script
 * that asked for it. Both run in the extension's isolated world of the same frame (the
 * background injects with scripting.executeScript, world ISOLATED by default), which has
 * its own global object: the UI leaves its factory in a slot there and the content script
 * takes it. Page script has a different global object and never sees the slot; nothing
 * is written to the page (no attribute, event, message or web-accessible file).
 */
import type { CardUiFactory } from './card-opener';

/** The slot on the isolated world's global object. */
const SLOT = 'silklensCardUi';

type World = Record<string, unknown>;

const worldOf = (world: object) => world as World;

/** The injected UI: leave the factory for the content script (a newer copy replaces an older one). */
export function offerCardUi(factory: CardUiFactory, world: object = globalThis): void {
  worldOf(world)[SLOT] = factory;
}

/** Take the factory the UI left, if any; the slot is emptied, so a later copy of the content script asks afresh. */
export function takeCardUi(world: object = globalThis): CardUiFactory | null {
  const w = worldOf(world);
  const factory = w[SLOT];
  delete w[SLOT];
  return typeof factory === 'function' ? (factory as CardUiFactory) : null;
}

/**
 * Ask for the UI and take what it left. `request` resolves once the background has run
 * the UI script in this frame, and throws when it could not.
 */
export async function loadCardUi(request: () => Promise<void>, world: object = globalThis): Promise<CardUiFactory | null> {
  await request();
  return takeCardUi(world);
}
