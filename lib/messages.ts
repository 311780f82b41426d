/**
 * Every message between contexts, typed both ways, in one file.
 * Errors cross as values (`{ ok: false, error }`), never as thrown objects, and
 * page text never appears in any message: content scripts send only entity ids.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CompiledDictionary } from './match/types';
import type { EntityCardData } from './card/card-data';

export type Result<T> = ({ ok: true } & T) | { ok: false; error: string };

export interface ProtocolMap {
  /** Options/popup → background: resolve once the bundled pack is installed. */
  ensureReady(data: Record<string, never>): Result<{ revision: number }>;
  /** Content script → background: the compiled dictionary (waits for the first pack install). */
  getDictionary(data: { knownVersion?: string }): Result<{ dictionary: CompiledDictionary | null; version: string }>;
  /**
   * Content script → background: pack-only cards for entity ids, prefetched for every
   * entity on the page. Never carries the user's notes, edits, own facts or own entities:
   * the content script lives in the page's renderer process.
   */
  getCards(data: { ids: string[]; today?: string }): Result<{ cards: EntityCardData[] }>;
  /**
   * Content script → background: the full cards (the user's edits, own facts, own
   * entities and notes applied), asked for only when a trusted pointer, focus or
   * keyboard event opens a card.
   */
  getCardDetails(data: { ids: string[]; today?: string }): Result<{ cards: EntityCardData[] }>;
  /** Options page → background: the fact base changed; recompile and tell open tabs. */
  factBaseChanged(data: { reason: string }): Result<{ version: string }>;
  /** Options → background: subscribe to a feed and fetch it now. */
  subscribeFeed(data: { url: string; publicKey?: string; intervalHours?: number }): Result<{ message: string }>;
  /** Options → background: fetch one feed, or every feed. */
  updateFeeds(data: { url?: string }): Result<{ results: FeedUpdateResult[] }>;
  removeFeed(data: { url: string }): Result<object>;
  setFeedInterval(data: { url: string; intervalHours: number }): Result<object>;
  /** Background → content scripts: a new dictionary version exists; re-highlight. */
  dictionaryChanged(data: { version: string }): void;
  /** Background → content script of the active tab: the walk-mentions command (browser shortcut). */
  walkMentions(data: { step: 1 | -1 }): void;
  /** Popup → content script of the active tab: what was found on this page. */
  getPageSummary(data: Record<string, never>): PageSummary;
}

export interface FeedUpdateResult {
  url: string;
  ok: boolean;
  /** "updated to 2026.11.23", "not modified", or the error. */
  message: string;
}

export interface PageSummary {
  enabled: boolean;
  mentions: number;
  entities: { id: string; name: string; type: string; count: number }[];
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
