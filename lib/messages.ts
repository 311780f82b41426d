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
  /** Content script → background: cards for entity ids (prefetched for every entity on the page). */
  getCards(data: { ids: string[]; today?: string }): Result<{ cards: EntityCardData[] }>;
  /** Options page → background: the fact base changed; recompile and tell open tabs. */
  factBaseChanged(data: { reason: string }): Result<{ version: string }>;
  /** Background → content scripts: a new dictionary version exists; re-highlight. */
  dictionaryChanged(data: { version: string }): void;
  /** Popup → content script of the active tab: what was found on this page. */
  getPageSummary(data: Record<string, never>): PageSummary;
}

export interface PageSummary {
  enabled: boolean;
  mentions: number;
  entities: { id: string; name: string; type: string; count: number }[];
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
