/**
 * What the user's own data may do on web pages. Kept in storage.local next to the
 * display settings; the background reads it when it compiles the dictionary it sends
 * to pages, and recompiles when it changes.
 *
 * Why it exists: whatever the dictionary matches is painted with CSS.highlights, which
 * page script can read (docs/privacy.md). An entity the user added themselves, or a
 * name they typed over a pack entity's, can be private (a source, a codename); with
 * this on, pages get the packs' names only, and a page cannot learn those names by
 * planting them in its text and watching what gets underlined.
 */
export interface PrivacySettings {
  /** Leave the user's own entities and their name edits out of the page dictionary. */
  ownEntitiesOffPages: boolean;
}

export const DEFAULT_PRIVACY: PrivacySettings = { ownEntitiesOffPages: false };

export const PRIVACY_KEY = 'privacy';

/** Whatever storage holds (nothing, an old shape, junk) becomes valid settings. */
export function parsePrivacy(raw: unknown): PrivacySettings {
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_PRIVACY };
  return { ownEntitiesOffPages: (raw as { ownEntitiesOffPages?: unknown }).ownEntitiesOffPages === true };
}
