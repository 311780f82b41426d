/**
 * The request schemas of the messages a content script answers (sent by the extension
 * with tabs.sendMessage), apart from lib/messages.ts so that the content script checks
 * what it receives without carrying every other message's schema: those (the fact pack,
 * user edits, feeds) cost ~12 kB of script that every page and frame would parse on
 * every navigation. lib/messages.ts spreads these into `requestSchemas`, so the protocol
 * stays declared once.
 */
import * as v from 'valibot';

export const Empty = v.strictObject({});

export const pageRequestSchemas = {
  dictionaryChanged: v.strictObject({ version: v.pipe(v.string(), v.maxLength(100)) }),
  walkMentions: v.strictObject({ step: v.picklist([1, -1]) }),
  getPageSummary: Empty,
  /** An entity id, or an ambiguous line's `?<candidate ids joined by |>` (PageSummaryEntity.id). */
  revealEntity: v.strictObject({ entity: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)) }),
} satisfies Record<string, v.GenericSchema>;
