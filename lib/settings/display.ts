/**
 * What the reader wants underlined, and how eagerly a card opens. Kept in storage.local
 * (no fact-base data, so the content script may read it directly) and applied live when
 * it changes.
 *
 * Countries are named dozens of times on a regional news page (a 64-paragraph page got
 * 572 underlines, issue 12): "first mention only" underlines one mention per entity and
 * keeps the rest reachable by the keyboard walk and the popup. Its default, `auto`, does
 * that only on dense pages (more than DENSE_PAGE_MENTIONS mentions), so a short article
 * keeps every name underlined.
 */
import { ENTITY_TYPES, type EntityType } from '../factbase/schema';

/** always: first mention per entity everywhere; never: every mention; auto: first only on dense pages. */
export type FirstMentionMode = 'always' | 'never' | 'auto';
export const FIRST_MENTION_MODES: readonly FirstMentionMode[] = ['auto', 'always', 'never'];

/**
 * `auto` underlines only first mentions once a page holds more than this many mentions
 * (of the types shown). A typical news article names 10–60; the dense regional pages of
 * issue 12 named 200–600.
 */
export const DENSE_PAGE_MENTIONS = 100;

/** Hover intent: how long the pointer rests on a mention before its card opens. */
export const HOVER_DELAY_DEFAULT_MS = 300;
export const HOVER_DELAY_MAX_MS = 1000;

export interface DisplaySettings {
  /** Entity types to underline; a type switched off is neither painted nor hoverable. */
  types: Record<EntityType, boolean>;
  /** Underline only the first mention of each entity (ambiguous mentions: of each surface text). */
  firstOnly: FirstMentionMode;
  /** Rest time before a hovered mention opens its card, 0–1,000 ms (0: at once). Keyboard focus is always immediate. */
  hoverDelayMs: number;
}

export const DEFAULT_DISPLAY: DisplaySettings = {
  types: Object.fromEntries(ENTITY_TYPES.map((t) => [t, true])) as Record<EntityType, boolean>,
  firstOnly: 'auto',
  hoverDelayMs: HOVER_DELAY_DEFAULT_MS,
};

export const DISPLAY_KEY = 'display';

/**
 * Whatever storage holds (nothing, an old shape, junk) becomes valid settings.
 * Migration of the old boolean `firstOnly`: `true` was the reader's explicit choice and
 * stays `always`; `false` was the old default (and was saved with any other display
 * change), so it cannot be told from "never chose": it becomes `auto`, which on pages up
 * to DENSE_PAGE_MENTIONS mentions underlines exactly what `false` did.
 */
export function parseDisplay(raw: unknown): DisplaySettings {
  if (!raw || typeof raw !== 'object') return structuredClone(DEFAULT_DISPLAY);
  const r = raw as { types?: unknown; firstOnly?: unknown; hoverDelayMs?: unknown };
  const types = { ...DEFAULT_DISPLAY.types };
  if (r.types && typeof r.types === 'object') {
    for (const t of ENTITY_TYPES) {
      const value = (r.types as Record<string, unknown>)[t];
      if (typeof value === 'boolean') types[t] = value;
    }
  }
  return { types, firstOnly: parseFirstOnly(r.firstOnly), hoverDelayMs: clampHoverDelay(r.hoverDelayMs) };
}

function parseFirstOnly(value: unknown): FirstMentionMode {
  if (value === true) return 'always';
  return FIRST_MENTION_MODES.includes(value as FirstMentionMode) ? (value as FirstMentionMode) : DEFAULT_DISPLAY.firstOnly;
}

/** A delay within 0–1,000 ms, whole milliseconds; anything unreadable is the default. */
export function clampHoverDelay(value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return HOVER_DELAY_DEFAULT_MS;
  return Math.round(Math.min(HOVER_DELAY_MAX_MS, Math.max(0, n)));
}

/** Does the page underline first mentions only, given how many mentions (of shown types) it has? */
export function firstOnlyActive(mode: FirstMentionMode, mentions: number): boolean {
  return mode === 'always' || (mode === 'auto' && mentions > DENSE_PAGE_MENTIONS);
}

/** Only what changes the painting (types, first-mention mode) differs: the hover delay does not repaint. */
export function samePainting(a: DisplaySettings, b: DisplaySettings): boolean {
  return a.firstOnly === b.firstOnly && ENTITY_TYPES.every((t) => a.types[t] === b.types[t]);
}

/** Mentions to paint, in order (the painter's rule, as a pure function of the whole list). */
export function visibleMentions<M extends { entity: string | null; text: string; type: EntityType }>(mentions: M[], settings: DisplaySettings): M[] {
  const shown = mentions.filter((m) => settings.types[m.type]);
  if (!firstOnlyActive(settings.firstOnly, shown.length)) return shown;
  const seen = new Set<string>();
  return shown.filter((m) => {
    const key = m.entity ?? `?${m.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
