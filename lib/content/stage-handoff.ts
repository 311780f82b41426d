/**
 * How a later stage of the content script reaches the first one. The background runs the
 * stage's file into the asking frame with scripting.executeScript (lib/background/card-ui-route.ts),
 * in the extension's isolated world, which has its own global object: the stage leaves
 * what it brings in a slot there and the content script takes it. Page script has a
 * different global object and never sees the slot; nothing is written to the page (no
 * attribute, event, message or web-accessible file). The card UI arrives the same way
 * (card-ui-handoff.ts).
 */

type World = Record<string, unknown>;

/** The injected stage: leave what it brings for the content script (a newer copy replaces an older one). */
export function offerStage(slot: string, value: unknown, world: object = globalThis): void {
  (world as World)[slot] = value;
}

/** Take what a stage left, if it is what `isStage` expects; the slot is emptied either way. */
export function takeStage<T>(slot: string, isStage: (value: unknown) => value is T, world: object = globalThis): T | null {
  const w = world as World;
  const value = w[slot];
  delete w[slot];
  return isStage(value) ? value : null;
}

/**
 * A loader for one stage in this frame: the first call asks (`request` resolves once the
 * background has run the stage here, and throws when it could not), every later call gets
 * the same stage without asking again. A failed load resolves null and is not kept, so the
 * next use asks again (the worker may have been restarting).
 */
export function stageLoader<T>(slot: string, request: () => Promise<void>, isStage: (value: unknown) => value is T, world: object = globalThis): () => Promise<T | null> {
  let loading: Promise<T | null> | null = null;
  return () =>
    (loading ??= request()
      .then(() => takeStage(slot, isStage, world))
      .catch(() => null)
      .then((stage) => {
        if (!stage) loading = null;
        return stage;
      }));
}
