/**
 * The bundled pack is authored as fragments (one file per area, so several people
 * can edit it at once without conflicts) and merged into one versioned pack file.
 * `_pack.json` holds the pack metadata and shared sources; every other fragment
 * holds `{ sources, entities }`.
 */
import type { FactPackInput } from './schema';

export interface PackFragment {
  sources?: FactPackInput['sources'];
  entities?: FactPackInput['entities'];
}

/** Merge fragments in name order; duplicates are left for validation to report. */
export function mergeFragments(
  header: FactPackInput,
  fragments: { name: string; fragment: PackFragment }[],
): FactPackInput {
  const sorted = [...fragments].sort((a, b) => a.name.localeCompare(b.name));
  return {
    ...header,
    sources: [...header.sources, ...sorted.flatMap((f) => f.fragment.sources ?? [])],
    entities: [...header.entities ?? [], ...sorted.flatMap((f) => f.fragment.entities ?? [])],
  };
}
