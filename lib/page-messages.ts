/**
 * The request schemas of the messages a content script answers (sent by the extension
 * with tabs.sendMessage), apart from lib/messages.ts so that the content script checks
 * what it receives without carrying every other message's schema: those (the fact pack,
 * user edits, feeds) cost ~12 kB of script that every page and frame would parse on
 * every navigation. lib/messages.ts names these in `requestSchemas`, so the protocol
 * stays declared once.
 *
 * The content script itself checks with plain functions (`isRevealEntityRequest`), kept
 * equal to these schemas by tests, so that no valibot code reaches the page at all.
 */
import * as v from 'valibot';

export const Empty = v.strictObject({});

/** The longest `revealEntity` key: an ambiguous line's candidate ids joined by |. */
const MAX_REVEAL_KEY = 2000;

// One constant per schema, referenced by name from requestSchemas: a bundler drops an
// unused constant, but not an object spread (`...pageRequestSchemas` kept valibot in the page).
export const DictionaryChangedRequest = v.strictObject({ version: v.pipe(v.string(), v.maxLength(100)) });
export const WalkMentionsRequest = v.strictObject({ step: v.picklist([1, -1]) });
/** An entity id, or an ambiguous line's `?<candidate ids joined by |>` (PageSummaryEntity.id). */
export const RevealKey = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_REVEAL_KEY));
export const RevealEntityRequest = v.strictObject({ entity: RevealKey });

export const pageRequestSchemas = {
  dictionaryChanged: DictionaryChangedRequest,
  walkMentions: WalkMentionsRequest,
  getPageSummary: Empty,
  revealEntity: RevealEntityRequest,
} satisfies Record<string, v.GenericSchema>;

/**
 * `revealEntity`'s schema as a plain check, for the content script: valibot's run-time
 * (issues, messages, config) is ~4 kB of the page's script for this one message. It
 * must say what the schema says (page-messages.test.ts compares them case by case).
 */
export function isRevealEntityRequest(data: unknown): data is { entity: string } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  if (keys.length !== 1 || keys[0] !== 'entity') return false;
  const entity = (data as { entity: unknown }).entity;
  return typeof entity === 'string' && entity.length >= 1 && entity.length <= MAX_REVEAL_KEY;
}
