/**
 * Reads and writes the Wikidata check state (lib/wikidata/state.ts) in the `meta` table,
 * one key, each change in its own transaction. Background only (the one writer).
 */
import type { FactBaseDB } from '../factbase/db';
import type { ComparisonOutcome } from '../wikidata/compare';
import { afterCheck, EMPTY_WIKIDATA_STATE, parseWikidataState, withDismissal, type WikidataState } from '../wikidata/state';

export const WIKIDATA_META_KEY = 'wikidataCheck';

export async function readWikidataState(db: FactBaseDB): Promise<WikidataState> {
  const row = await db.meta.get(WIKIDATA_META_KEY);
  return row ? parseWikidataState(row.value) : EMPTY_WIKIDATA_STATE;
}

export async function saveWikidataCheck(db: FactBaseDB, outcome: ComparisonOutcome, checkedAt: string): Promise<WikidataState> {
  return db.transaction('rw', db.meta, async () => {
    const state = afterCheck(await readWikidataState(db), outcome, checkedAt);
    await db.meta.put({ key: WIKIDATA_META_KEY, value: state });
    return state;
  });
}

/** Dismiss one difference (idempotent); one that is not listed changes nothing. */
export async function dismissWikidataDisagreement(db: FactBaseDB, office: string, item: string): Promise<WikidataState> {
  return db.transaction('rw', db.meta, async () => {
    const state = await readWikidataState(db);
    const next = withDismissal(state, office, item);
    if (!next) return state;
    await db.meta.put({ key: WIKIDATA_META_KEY, value: next });
    return next;
  });
}
