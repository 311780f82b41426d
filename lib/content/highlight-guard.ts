/**
 * The highlight registry (`CSS.highlights`) is shared with page script: a page can
 * read it, delete our entries, or set its own `Highlight` under our names
 * (`silklens-person`, …) to draw underlines that look like ours. Forged underlines
 * open nothing (hit-testing reads only the controller's own page model, never the
 * registry), but the reader should still see our underlines and only ours. So before
 * each paint the painter hands us the Highlight objects it owns, and any name whose
 * registry entry is not that very object is set back.
 */

/** The part of `HighlightRegistry` (a maplike) the guard needs; a `Map` fits, for tests. */
export interface HighlightRegistryLike {
  get(name: string): unknown;
  set(name: string, highlight: never): unknown;
}

/**
 * Make the registry hold exactly our Highlight object under each of our names.
 * Returns the names that had been deleted or replaced (empty when untouched).
 */
export function reclaimHighlights<H>(registry: HighlightRegistryLike, owned: ReadonlyMap<string, H>): string[] {
  const taken: string[] = [];
  for (const [name, highlight] of owned) {
    if (registry.get(name) === highlight) continue;
    (registry.set as (name: string, highlight: H) => unknown)(name, highlight);
    taken.push(name);
  }
  return taken;
}
