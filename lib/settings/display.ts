/**
 * What the reader wants underlined. Kept in storage.local (no fact-base data, so the
 * content script may read it directly) and applied live when it changes.
 * Countries are named dozens of times on a regional news page; "first mention only"
 * keeps every entity reachable while cutting the noise.
 */
import { ENTITY_TYPES, type EntityType } from '../factbase/schema';

export interface DisplaySettings {
  /** Entity types to underline; a type switched off is neither painted nor hoverable. */
  types: Record<EntityType, boolean>;
  /** Underline only the first mention of each entity (ambiguous mentions: of each surface text). */
  firstOnly: boolean;
}

export const DEFAULT_DISPLAY: DisplaySettings = {
  types: Object.fromEntries(ENTITY_TYPES.map((t) => [t, true])) as Record<EntityType, boolean>,
  firstOnly: false,
};

export const DISPLAY_KEY = 'display';

/** Whatever storage holds (nothing, an old shape, junk) becomes valid settings. */
export function parseDisplay(raw: unknown): DisplaySettings {
  if (!raw || typeof raw !== 'object') return structuredClone(DEFAULT_DISPLAY);
  const r = raw as { types?: unknown; firstOnly?: unknown };
  const types = { ...DEFAULT_DISPLAY.types };
  if (r.types && typeof r.types === 'object') {
    for (const t of ENTITY_TYPES) {
      const value = (r.types as Record<string, unknown>)[t];
      if (typeof value === 'boolean') types[t] = value;
    }
  }
  return { types, firstOnly: r.firstOnly === true };
}

/** Mentions to paint, in order. */
export function visibleMentions<M extends { entity: string | null; text: string; type: EntityType }>(mentions: M[], settings: DisplaySettings): M[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    if (!settings.types[m.type]) return false;
    if (!settings.firstOnly) return true;
    const key = m.entity ?? `?${m.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
