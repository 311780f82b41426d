/**
 * How the card UI, injected on demand (entrypoints/card.ts), reaches the content script
 * that asked for it. Both run in the extension's isolated world of the same frame (the
 * background injects with scripting.executeScript, world ISOLATED by default), which has
 * its own global object: the UI leaves its factory in a slot there and the content script
 * takes it (stage-handoff.ts, as the page tools do). Page script has a different global
 * object and never sees the slot; nothing is written to the page (no attribute, event,
 * message or web-accessible file).
 */
import type { CardUiFactory } from './card-opener';
import { offerStage, takeStage } from './stage-handoff';

/** The slot on the isolated world's global object. */
const SLOT = 'silklensCardUi';

const isFactory = (value: unknown): value is CardUiFactory => typeof value === 'function';

/** The injected UI: leave the factory for the content script (a newer copy replaces an older one). */
export function offerCardUi(factory: CardUiFactory, world: object = globalThis): void {
  offerStage(SLOT, factory, world);
}

/** Take the factory the UI left, if any; the slot is emptied, so a later copy of the content script asks afresh. */
export function takeCardUi(world: object = globalThis): CardUiFactory | null {
  return takeStage(SLOT, isFactory, world);
}

/**
 * Ask for the UI and take what it left. `request` resolves once the background has run
 * the UI script in this frame, and throws when it could not.
 */
export async function loadCardUi(request: () => Promise<void>, world: object = globalThis): Promise<CardUiFactory | null> {
  await request();
  return takeCardUi(world);
}
