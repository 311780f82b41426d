/**
 * What the background answers, message by message: who may ask (content scripts only
 * the three reads a page needs) and the handler. The page's reads and the feeds are
 * here, the options page's fact-base messages in factbase-routes.ts. Every write goes
 * through `changed()`, which recompiles the dictionary for the new revision and tells
 * open tabs, so no page has to ask for that round trip.
 */
import type { FactBaseDB, FeedRecord } from '../factbase/db';
import { checkFeedUrl } from '../feeds/fetch-feed';
import type { FeedRow } from '../messages';
import type { FactBaseService } from './factbase-service';
import type { FeedService } from './feed-service';
import { createFactBaseRoutes } from './factbase-routes';
import { createWikidataRoutes } from './wikidata-routes';
import { createCardUiRoutes } from './card-ui-route';
import { createWriteQueue } from './write-queue';
import { optionsEntityUrl } from '../card/options-link';
import { FROM_EXTENSION, FROM_PAGES, type RouteTable } from './router';
import { sliceFor } from '../match/page-slice';
import { unpackHashes } from '../match/word-hash';

export interface RouteDeps {
  db: FactBaseDB;
  service: FactBaseService;
  feeds: FeedService;
  /** After a write: recompile and tell open tabs (background.ts broadcasts). */
  changed: () => Promise<void>;
  /** Enterprise policy `disableUserFeeds`. */
  userFeedsDisabled: () => Promise<boolean>;
  today?: () => string;
  /** Open an extension page in a new tab (the card's "open in Silk Lens" link). */
  openTab?: (url: string) => Promise<void>;
  /** This extension's options page address (`chrome-extension://…/options.html`). */
  optionsPage?: string;
}

export function createRoutes(deps: RouteDeps): RouteTable {
  const { db, service, feeds } = deps;
  const today = () => deps.today?.() ?? new Date().toISOString().slice(0, 10);
  /**
   * Every write of this table, one at a time (write-queue.ts), then recompile and tell
   * open tabs. The answer does not wait for the recompile: after a 50,000-entity import
   * it took ~1–2 s the user need not watch. Feed updates (FeedService, also run by the
   * alarm) write outside this queue: a fetch must not hold up the user's edits.
   */
  const enqueue = createWriteQueue();
  const write = async <T>(work: () => Promise<T>): Promise<T> => {
    await service.ensureBundled(); // a write never races the first install
    const result = await enqueue(work);
    service.invalidate();
    deps.changed().catch((error: unknown) => console.warn('[Silk Lens] could not tell open tabs about a change:', error));
    return result;
  };

  return {
    ensureReady: {
      allowedFrom: FROM_EXTENSION,
      errorContext: 'could not load the bundled pack',
      handler: async () => {
        await service.ensureBundled();
        return { revision: await service.revision() };
      },
    },
    getDictionary: {
      allowedFrom: FROM_PAGES,
      errorContext: 'could not load the fact base',
      // One lookup with the page's word hashes; they are neither stored nor logged (docs/privacy.md).
      handler: async ({ version, known, added }) => {
        const index = await service.pageIndex();
        if (version !== undefined && version !== index.version) return { version: index.version, slice: null };
        const slice = sliceFor(index, unpackHashes(known ?? ''), unpackHashes(added ?? ''));
        return { version: index.version, slice };
      },
    },
    openEntity: {
      // A trusted click on a card's link. The content script may not open extension
      // pages itself; the id is checked (schema) and only ever becomes a query value.
      allowedFrom: FROM_PAGES,
      handler: async ({ entity }) => {
        if (!deps.openTab || !deps.optionsPage) throw new Error('cannot open the options page here');
        await deps.openTab(optionsEntityUrl(deps.optionsPage, entity));
        return {};
      },
    },
    getCards: {
      allowedFrom: FROM_PAGES,
      errorContext: 'could not read entity cards',
      handler: async ({ ids, today: day, pageDate }) => ({ cards: await service.cards(ids, day, { withUserData: false, ...(pageDate ? { pageDate } : {}) }) }),
    },
    getCardDetails: {
      allowedFrom: FROM_PAGES,
      errorContext: 'could not read entity cards',
      handler: async ({ ids, today: day, pageDate }) => ({ cards: await service.cards(ids, day, { withUserData: true, ...(pageDate ? { pageDate } : {}) }) }),
    },

    subscribeFeed: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ url, publicKey, intervalHours }) => {
        if (await deps.userFeedsDisabled()) throw new Error('Your organisation does not allow adding feeds.');
        const urlError = checkFeedUrl(url);
        if (urlError) throw new Error(urlError);
        const r = await feeds.subscribe(url, { ...(publicKey ? { publicKey } : {}), ...(intervalHours ? { intervalHours } : {}) });
        if (!r.ok) throw new Error(`Subscribed, but the first update failed: ${r.message}`);
        return { message: `Subscribed: ${r.message}` };
      },
    },
    updateFeeds: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ url }) => ({ results: url ? [await feeds.update(url)] : await feeds.updateAll(false) }),
    },
    removeFeed: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ url }) => {
        await feeds.remove(url);
        return {};
      },
    },
    setFeedInterval: {
      allowedFrom: FROM_EXTENSION,
      handler: async ({ url, intervalHours }) => {
        await feeds.setInterval(url, intervalHours);
        return {};
      },
    },
    listFeeds: {
      allowedFrom: FROM_EXTENSION,
      handler: async () => ({ feeds: (await db.feeds.toArray()).map(feedRow) }),
    },

    ...createFactBaseRoutes({ db, service, write, today }),
    ...createWikidataRoutes({ db, service }),
    ...createCardUiRoutes(),
  };
}

function feedRow(f: FeedRecord): FeedRow {
  const { etag: _etag, lastModified: _lastModified, ...row } = f;
  return row;
}
