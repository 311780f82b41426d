/**
 * "Check against Wikidata" in the background (the only writer): one query for the bundled
 * pack's offices, sent only when the user clicks the button on the options page (extension
 * pages only: a content script, a page, another extension are refused by the router), never
 * on a schedule. The result and the user's dismissals go to the `meta` table
 * (lib/wikidata/state.ts); no pack data is read from anywhere but the bundled pack, and
 * none is written.
 */
import type { FactBaseDB } from '../factbase/db';
import { exportPack, listPacks } from '../factbase/store';
import type { Entity } from '../factbase/schema';
import { compareHolders } from '../wikidata/compare';
import { chooseEndpoint, TEST_BUILD } from '../wikidata/endpoint';
import { fetchSparql } from '../wikidata/fetch';
import { parseAnswer } from '../wikidata/parse';
import { buildQuery, trackedOffices } from '../wikidata/query';
import { viewOf, type WikidataCheckView } from '../wikidata/state';
import { dismissWikidataDisagreement, readWikidataState, saveWikidataCheck } from './wikidata-store';
import type { FactBaseService } from './factbase-service';
import { FROM_EXTENSION, type Routes } from './router';

type WikidataMessage = 'checkWikidata' | 'listWikidataDisagreements' | 'dismissWikidataDisagreement';

export interface WikidataRouteDeps {
  db: FactBaseDB;
  service: Pick<FactBaseService, 'ensureBundled'>;
  fetch_?: typeof fetch;
  now?: () => Date;
  timeoutMs?: number;
  /** Test builds accept a local endpoint (lib/wikidata/endpoint.ts); production never. */
  allowLocalEndpoint?: boolean;
}

/** Entities of the bundled pack(s) only: an imported or feed pack is the user's choice of reading, not ours to send. */
async function bundledEntities(db: FactBaseDB): Promise<Entity[]> {
  const bundled = (await listPacks(db)).filter((p) => p.origin === 'bundled');
  const packs = await Promise.all(bundled.map((p) => exportPack(db, p.id)));
  return packs.flatMap((p) => p?.entities ?? []);
}

export function createWikidataRoutes(deps: WikidataRouteDeps): Routes<WikidataMessage> {
  const { db, service } = deps;
  const now = () => (deps.now ?? (() => new Date()))();
  // A second click while a check runs joins it: one query per click, never two at once.
  let running: Promise<WikidataCheckView> | null = null;

  async function check(requested: string | undefined): Promise<WikidataCheckView> {
    const endpoint = chooseEndpoint(requested, deps.allowLocalEndpoint ?? TEST_BUILD);
    if (!endpoint.ok) throw new Error(endpoint.error);
    await service.ensureBundled();
    const entities = await bundledEntities(db);
    const built = buildQuery(trackedOffices(entities));
    if (!built.ok) throw new Error(built.error);
    const answer = await fetchSparql(endpoint.url, built.query, {
      ...(deps.fetch_ ? { fetch_: deps.fetch_ } : {}),
      ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
    });
    if (!answer.ok) throw new Error(answer.error);
    const parsed = parseAnswer(answer.text, built.offices);
    if (!parsed.ok) throw new Error(`${parsed.error}; the previous result is kept`);
    const outcome = compareHolders(entities, built.offices, parsed.rows);
    return viewOf(await saveWikidataCheck(db, outcome, now().toISOString()))!;
  }

  return {
    checkWikidata: {
      allowedFrom: FROM_EXTENSION,
      errorContext: 'Wikidata check failed',
      handler: async ({ endpoint }) => {
        running ??= check(endpoint).finally(() => {
          running = null;
        });
        return { check: await running };
      },
    },
    listWikidataDisagreements: {
      allowedFrom: FROM_EXTENSION,
      handler: async () => ({ check: viewOf(await readWikidataState(db)) }),
    },
    dismissWikidataDisagreement: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ office, item }) => ({ check: viewOf(await dismissWikidataDisagreement(db, office, item)) }),
    },
  };
}
