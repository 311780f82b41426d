/**
 * Every message between contexts, typed both ways, in one file: the request schema of
 * each message (valibot) sits next to the ProtocolMap, and the request types are
 * inferred from those schemas, so what the background checks at run time is what the
 * callers compile against. Errors cross as values (`{ ok: false, error }`), never as
 * thrown objects, and page text never appears in any message. Content scripts send entity
 * ids (cards) and, to get the part of the dictionary their page can match (getDictionary),
 * 32-bit hashes of the page's distinct normalized words with the dictionary version:
 * never text, word order or counts (docs/privacy.md, "What a page sends").
 *
 * One writer: the background alone opens the fact base (IndexedDB). The options page
 * and the popup read and write through these messages; the types a UI needs (list rows,
 * the entity detail, pack and feed rows) are declared here, not taken from the store.
 *
 * Size: Chrome serialises extension messages as JSON and refuses anything over 64 MiB.
 * Imports do not cross as messages: the options page's worker stages the checked pack in
 * IndexedDB (lib/factbase/importers/staging.ts) and `previewImport` names the stage. The
 * largest messages are backups; `checkMessageSize` refuses anything over
 * MAX_MESSAGE_BYTES before it is sent, and the schemas cap every string and list, so an
 * oversize request gets a clear error.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as v from 'valibot';
import type { DictSlice } from './match/slice';
import { BASE64, MAX_WORD_HASHES } from './match/word-hash';
import type { EntityCardData } from './card/card-data';
import { IsoDate, type Entity, type EntityType, type FactPack, type Source } from './factbase/schema';
import { EditChangesSchema } from './factbase/edit-schema';
import { DictionaryChangedRequest, Empty, RevealEntityRequest, RevealKey, WalkMentionsRequest } from './page-messages';
import type { Conflict, OverlaidEntity, UserEdit } from './factbase/overlay';
import type { DiffPreview } from './factbase/diff';
import type { WikidataCheckView } from './wikidata/state';

export type Result<T> = ({ ok: true } & T) | { ok: false; error: string };

/** Below Chrome's 64 MiB message limit, with room for the envelope. */
export const MAX_MESSAGE_BYTES = 60 * 1024 * 1024;
/** Entity ids one card request may carry (a page's prefetch); more is refused, not truncated. */
export const MAX_CARD_IDS = 5000;
// ── Request schemas, one per message
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));
/** Feed addresses: an http(s) URL (the full rule, https or local http, is lib/feeds/fetch-feed.ts's checkFeedUrl). */
const FeedUrl = v.pipe(
  v.string('must be a URL string'),
  v.maxLength(2048, 'a feed URL is at most 2,048 characters'),
  v.url('must be a URL'),
  v.regex(/^https?:\/\//i, 'must be an http(s) URL'),
);
const CardIds = v.pipe(v.array(Id), v.maxLength(MAX_CARD_IDS, `at most ${MAX_CARD_IDS} entity ids per request`));
const IntervalHours = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number of hours'),
  v.minValue(1, 'must be at least 1 hour'),
  v.maxValue(24 * 30, 'must be at most 30 days'),
);
const PublicKey = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{40,100}={0,2}$/, 'must be a base64 Ed25519 public key'));
/** An import staged by the options page's worker (lib/factbase/importers/staging.ts). */
const StageId = v.pipe(v.string(), v.uuid('must be a staged import id'));
const BackupText = v.pipe(v.string(), v.maxLength(MAX_MESSAGE_BYTES, 'the backup is too large to restore from the options page'));
const FileName = v.pipe(v.string(), v.maxLength(500));
const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));

/** At most MAX_WORD_HASHES (2^20) hashes: 4 bytes each, as base64. */
const WordHashes = v.pipe(v.string(), v.maxLength(Math.ceil((MAX_WORD_HASHES * 4) / 3) + 4, 'too many word hashes'), v.regex(BASE64, 'word hashes must be base64'));

export const requestSchemas = {
  ensureReady: Empty,
  getDictionary: v.strictObject({
    /** The version the page's matcher holds; absent on a page's first request. */
    version: v.optional(v.pipe(v.string(), v.maxLength(100))),
    /** Word hashes asked about before, and the new ones (base64 of sorted Uint32Arrays, word-hash.ts). */
    known: v.optional(WordHashes),
    added: v.optional(WordHashes),
  }),
  openEntity: v.strictObject({ entity: Id }),
  getCards: v.strictObject({ ids: CardIds, today: v.optional(Day), pageDate: v.optional(IsoDate) }),
  getCardDetails: v.strictObject({ ids: CardIds, today: v.optional(Day), pageDate: v.optional(IsoDate) }),
  /** A content script asks for the card UI in its own frame (lib/background/card-ui-route.ts). */
  loadCardUi: Empty,
  /** The same for the page tools: the keyboard walk and the page summary (entrypoints/page-tools.ts). */
  loadPageTools: Empty,
  subscribeFeed: v.strictObject({ url: FeedUrl, publicKey: v.optional(PublicKey), intervalHours: v.optional(IntervalHours) }),
  updateFeeds: v.strictObject({ url: v.optional(FeedUrl) }),
  removeFeed: v.strictObject({ url: FeedUrl }),
  setFeedInterval: v.strictObject({ url: FeedUrl, intervalHours: IntervalHours }),
  listFeeds: Empty,
  listPacks: Empty,
  searchEntities: v.strictObject({
    query: v.pipe(v.string(), v.maxLength(200, 'a search is at most 200 characters')),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500, 'at most 500 results')),
  }),
  getEntity: v.strictObject({ id: Id }),
  freeEntityId: v.strictObject({ base: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug'), v.maxLength(100)) }),
  saveEdits: v.strictObject({ changes: EditChangesSchema }),
  removePack: v.strictObject({ id: Id }),
  exportPack: v.strictObject({ id: Id }),
  exportUserPack: Empty,
  backup: Empty,
  previewImport: v.strictObject({ stageId: StageId }),
  applyImport: v.strictObject({ stageId: StageId, fileName: FileName }),
  discardImport: v.strictObject({ stageId: StageId }),
  inspectBackup: v.strictObject({ text: BackupText }),
  restoreBackup: v.strictObject({ text: BackupText }),
  factBaseStatus: Empty,
  undoRestore: Empty,
  forgetRestoreCopy: Empty,
  // The Wikidata check (Feeds tab). `endpoint` is honoured only by test builds, and only on this machine (lib/wikidata/endpoint.ts).
  checkWikidata: v.strictObject({ endpoint: v.optional(v.pipe(v.string(), v.maxLength(300), v.url('must be a URL'))) }),
  listWikidataDisagreements: Empty,
  dismissWikidataDisagreement: v.strictObject({
    office: v.pipe(v.string(), v.maxLength(120), v.regex(/^[a-z-]+:[a-z0-9-]+$/, 'must be an office key')),
    item: v.pipe(v.string(), v.regex(/^Q[1-9]\d{0,11}$/, 'must be a Wikidata item id')),
  }),
  // Handled by content scripts, sent by the extension (tabs.sendMessage): checked there (lib/page-messages.ts).
  dictionaryChanged: DictionaryChangedRequest,
  walkMentions: WalkMentionsRequest,
  getPageSummary: Empty,
  revealEntity: RevealEntityRequest,
  // Popup → the Silk Lens PDF reader page in one tab (runtime.sendMessage reaches every
  // extension page; only the reader whose own tab id is `tabId` answers: lib/pdf/popup-answers.ts).
  getReaderSummary: v.strictObject({ tabId: TabId }),
  revealInReader: v.strictObject({ tabId: TabId, entity: RevealKey }),
} satisfies Record<string, v.GenericSchema>;

export type MessageName = keyof typeof requestSchemas;
/** Messages the background answers (the others go to content scripts). */
export type BackgroundMessage = Exclude<MessageName, 'dictionaryChanged' | 'walkMentions' | 'getPageSummary' | 'revealEntity' | 'getReaderSummary' | 'revealInReader'>;
/** What a handler receives (after the schema's checks and transforms). */
export type Request<K extends MessageName> = v.InferOutput<(typeof requestSchemas)[K]>;
/** What a sender passes. */
export type RequestInput<K extends MessageName> = v.InferInput<(typeof requestSchemas)[K]>;

// ── What the background answers with
export type PackOrigin = 'bundled' | 'feed' | 'import' | 'user';

/** A stored pack for the Data tab: its metadata, never its entities or id lists. */
export interface PackRow {
  id: string;
  title: string;
  publisher: string;
  version: string;
  published: string;
  origin: PackOrigin;
  /** Feed URL or file name it came from. */
  from?: string;
  installedAt: string;
  entityCount: number;
}

/** A subscribed feed for the Feeds tab (the HTTP validators stay in the background). */
export interface FeedRow {
  url: string;
  /** Pack id the feed last delivered (its entities live in the pack tables). */
  packId?: string;
  /** Base64 Ed25519 key: packs from this feed must carry a valid signature. */
  publicKey?: string;
  /** Set by enterprise policy: shown as managed, cannot be removed by the user. */
  managed: boolean;
  intervalHours: number;
  addedAt: string;
  lastChecked?: string;
  lastSuccess?: string;
  version?: string;
  lastError?: { message: string; at: string };
  /** Failed attempts since the last success: failing feeds are retried sooner. */
  failures?: number;
}

/** One line of the entity list. */
export interface EntityRow {
  id: string;
  name: string;
  nameRu?: string;
  type: EntityType;
  country?: string;
  /** The pack it comes from; null for the user's own entities. */
  packId: string | null;
  origin: PackOrigin;
  hidden: boolean;
}

/** Everything the detail pane shows on one entity (the background's entity view). */
export interface EntityDetailData {
  /** The entity as its pack has it (null for the user's own entities). */
  packEntity: Entity | null;
  packId: string | null;
  packTitle?: string;
  view: OverlaidEntity;
  /** Pack sources plus the sources of the user's own facts. */
  sources: Source[];
  /** Pack changes that touch something the user edited. */
  conflicts: Conflict[];
  edits: UserEdit[];
  /** Display names of the entities it links to (country, related). */
  names: Record<string, string>;
}

/** What a backup holds, or what the fact base holds now (what a restore replaces). */
export interface StoreSummary {
  exportedAt?: string;
  packs: { id: string; title: string; version: string; origin: string; entityCount: number }[];
  edits: number;
  notes: number;
  ownEntities: number;
  feeds: number;
  /** What the restore leaves out and why (managed feeds come from policy, never from a file). */
  warnings?: string[];
}

/** What the options page should warn about, and the copy kept from before the last restore. */
export interface FactBaseStatus {
  /** Stored entities every reader skips because they would break it (count + the first few). */
  badEntities: { count: number; details: { packId: string; id: string; problem: string }[] };
  /** The fact base as it was before the last restore (kept on disk for undo), if any. */
  restoreCopy: StoreSummary | null;
}

export interface FeedUpdateResult {
  url: string;
  ok: boolean;
  /** "updated to 2026.11.23", "not modified", or the error. */
  message: string;
}

/** One line of the popup's list: an entity, or an ambiguous surname with its candidates. */
export interface PageSummaryEntity {
  /** The entity id; for an ambiguous mention `?` + its candidate ids joined by `|`. */
  id: string;
  name: string;
  type: string;
  /** Mentions on the page, underlined or not. */
  count: number;
  /** Ambiguous lines only: who it may be. */
  candidates?: { id: string; name: string }[];
}

/** What the content script tells the popup: entity ids, names and counts, never page text beyond the names matched. */
export interface PageSummary {
  enabled: boolean;
  mentions: number;
  entities: PageSummaryEntity[];
  /** The page's own date (published-time metadata), so the popup orders facts as the card does. */
  pageDate?: string;
  /**
   * The top frame's title and address, as the tab shows them. The popup prefers the tab's
   * own (activeTab grants them when the reader clicks the toolbar button); this covers a
   * popup opened without that grant (as a page, `popup.html?tab=<id>`).
   */
  page?: { title: string; url: string };
}

type R<K extends MessageName> = RequestInput<K>;

export interface ProtocolMap {
  /** Options → background: resolve once the bundled pack is installed. */
  ensureReady(data: R<'ensureReady'>): Result<{ revision: number }>;
  /**
   * Content script → background: the slice of the dictionary that became matchable with the
   * added word hashes (waits for the first pack install). `slice: null` when the page's
   * version is not the current one: the page starts over with a fresh matcher.
   */
  getDictionary(data: R<'getDictionary'>): Result<{ slice: DictSlice | null; version: string }>;
  /**
   * Content script → background: pack-only cards for entity ids, prefetched for every
   * entity on the page. Never carries the user's notes, edits, own facts or own entities:
   * the content script lives in the page's renderer process.
   */
  /** Content script → background: open an entity in the options page (a trusted click on the card's link). */
  openEntity(data: R<'openEntity'>): Result<object>;
  getCards(data: R<'getCards'>): Result<{ cards: EntityCardData[] }>;
  /**
   * Content script → background: the full cards (the user's edits, own facts, own
   * entities and notes applied), asked for only when a trusted pointer, focus or
   * keyboard event opens a card.
   */
  getCardDetails(data: R<'getCardDetails'>): Result<{ cards: EntityCardData[] }>;
  loadCardUi(data: R<'loadCardUi'>): Result<object>;
  /** Content script → background: run the page tools (entrypoints/page-tools.ts) in the sender's own frame. */
  loadPageTools(data: R<'loadPageTools'>): Result<object>;
  /** Options → background: subscribe to a feed and fetch it now. */
  subscribeFeed(data: R<'subscribeFeed'>): Result<{ message: string }>;
  /** Options → background: fetch one feed, or every feed. */
  updateFeeds(data: R<'updateFeeds'>): Result<{ results: FeedUpdateResult[] }>;
  removeFeed(data: R<'removeFeed'>): Result<object>;
  setFeedInterval(data: R<'setFeedInterval'>): Result<object>;
  listFeeds(data: R<'listFeeds'>): Result<{ feeds: FeedRow[] }>;
  /** The packs, and how many entities the fact base holds (packs and the user's own, each id once). */
  listPacks(data: R<'listPacks'>): Result<{ packs: PackRow[]; entities: number }>;
  /**
   * Options → background: list rows for a query (fuzzy, lib/search/entity-search.ts),
   * or the first `limit` by name for an empty query; `total` counts every entity.
   */
  searchEntities(data: R<'searchEntities'>): Result<{ rows: EntityRow[]; total: number }>;
  getEntity(data: R<'getEntity'>): Result<{ entity: EntityDetailData | null }>;
  /** `base`, or `base-2`, `base-3` …: the first id no entity has. */
  freeEntityId(data: R<'freeEntityId'>): Result<{ id: string }>;
  saveEdits(data: R<'saveEdits'>): Result<{ revision: number }>;
  /** Only imported packs may be removed by the user (feeds go with their feed). */
  removePack(data: R<'removePack'>): Result<object>;
  exportPack(data: R<'exportPack'>): Result<{ pack: FactPack }>;
  /** The user's own entities as a pack (null when they have none). */
  exportUserPack(data: R<'exportUserPack'>): Result<{ pack: FactPack | null }>;
  /** The whole fact base as backup text. */
  backup(data: R<'backup'>): Result<{ text: string }>;
  /**
   * What applying the staged import would change against the stored pack of the same id
   * (the lists cut to their first entries, `counts` whole). The background keeps the
   * staged pack for Apply.
   */
  previewImport(data: R<'previewImport'>): Result<{ diff: DiffPreview; stageId: string }>;
  /**
   * Apply the staged import. `applied: false`: that stage is gone (cancelled, or replaced
   * by a newer import); nothing changed. `listing`: listPacks's answer right after the
   * write, so the page's header does not wait for the recompile that follows.
   */
  applyImport(data: R<'applyImport'>): Result<{ applied: boolean; kept: string[]; listing: { packs: PackRow[]; entities: number } | null }>;
  /** Drop a staged import (the user cancelled); nothing else changes. */
  discardImport(data: R<'discardImport'>): Result<object>;
  /** Validate a backup, change nothing: what it holds and what it would replace. */
  inspectBackup(data: R<'inspectBackup'>): Result<{ backup: StoreSummary; current: StoreSummary }>;
  restoreBackup(data: R<'restoreBackup'>): Result<{ restored: StoreSummary }>;
  /** Unreadable entities skipped everywhere, and whether a pre-restore copy can be put back. */
  factBaseStatus(data: R<'factBaseStatus'>): Result<FactBaseStatus>;
  /** Put back the fact base as it was before the last restore (then that copy is gone); null: there was none. */
  undoRestore(data: R<'undoRestore'>): Result<{ restored: StoreSummary | null }>;
  /** Delete the copy kept from before the last restore (it holds the user's notes too). */
  forgetRestoreCopy(data: R<'forgetRestoreCopy'>): Result<object>;
  /**
   * Options (the user's click) → background: one query to Wikidata for the current holders
   * of the bundled pack's offices; stores and returns the differences. Never scheduled.
   */
  checkWikidata(data: R<'checkWikidata'>): Result<{ check: WikidataCheckView }>;
  /** The last check (null: never checked), without dismissed differences. */
  listWikidataDisagreements(data: R<'listWikidataDisagreements'>): Result<{ check: WikidataCheckView | null }>;
  /** Hide one difference until Wikidata names someone else for that office. */
  dismissWikidataDisagreement(data: R<'dismissWikidataDisagreement'>): Result<{ check: WikidataCheckView | null }>;
  /** Background → content scripts: a new dictionary version exists; re-highlight. */
  dictionaryChanged(data: R<'dictionaryChanged'>): void;
  /** Background → content script of the active tab: the walk-mentions command (browser shortcut). */
  walkMentions(data: R<'walkMentions'>): void;
  /** Popup → content script of the active tab: what was found on this page. */
  getPageSummary(data: R<'getPageSummary'>): PageSummary;
  /** Popup → content script of the tab's top frame: scroll to an entity's first mention and open its card; false when the page has none. */
  revealEntity(data: R<'revealEntity'>): boolean;
  /** Popup → the PDF reader page of tab `tabId`: what it found, with the PDF's title and address as `page`. */
  getReaderSummary(data: R<'getReaderSummary'>): PageSummary;
  /** Popup → the PDF reader page of tab `tabId`: scroll to an entity's first mention and open its card. */
  revealInReader(data: R<'revealInReader'>): boolean;
}

/**
 * Refuse a request Chrome could not carry (its limit is 64 MiB of JSON) with a sentence
 * the user can act on, rather than the browser's "message length exceeded". Only the
 * messages that carry files are measured: the others are capped by their schemas.
 */
export function checkMessageSize(name: MessageName, data: unknown): string | undefined {
  if (name !== 'inspectBackup' && name !== 'restoreBackup') return undefined;
  const bytes = new TextEncoder().encode(JSON.stringify(data)).length;
  if (bytes <= MAX_MESSAGE_BYTES) return undefined;
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `this file is too large to hand to the background (${mib(bytes)}; the browser carries at most ${mib(MAX_MESSAGE_BYTES)}). Split it into smaller files.`;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

type BackgroundAnswer<K extends BackgroundMessage> = Extract<ReturnType<ProtocolMap[K]>, { ok: boolean }>;

/**
 * For extension pages: send a request to the background and always get a Result back.
 * An oversize request is refused here, and a failed delivery (worker restarting, the
 * browser's own limits) becomes `{ ok: false, error }` like any other refusal.
 */
export async function ask<K extends BackgroundMessage>(name: K, data: RequestInput<K>): Promise<BackgroundAnswer<K>> {
  const tooLarge = checkMessageSize(name, data);
  if (tooLarge) return { ok: false, error: tooLarge } as BackgroundAnswer<K>;
  try {
    const send = sendMessage as (name: K, data: RequestInput<K>) => Promise<BackgroundAnswer<K> | undefined>;
    return (await send(name, data)) ?? ({ ok: false, error: `${name}: the background did not answer` } as BackgroundAnswer<K>);
  } catch (error) {
    return { ok: false, error: `${name}: ${error instanceof Error ? error.message : String(error)}` } as BackgroundAnswer<K>;
  }
}
