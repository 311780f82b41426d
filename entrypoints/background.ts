import { browser, defineBackground } from '#imports';
import { FactBaseDB } from '@/lib/factbase/db';
import type { FactPack } from '@/lib/factbase/schema';
import { FactBaseService } from '@/lib/background/factbase-service';
import { FeedService } from '@/lib/background/feed-service';
import { parseManagedSettings } from '@/lib/settings/managed';
import { PRIVACY_KEY, parsePrivacy } from '@/lib/settings/privacy';
import { onMessage, sendMessage } from '@/lib/messages';
import { asResult } from '@/lib/background/as-result';
// Static import: MV3 service workers may not use import(). Parsed once per wake-up.
import bundledPack from '@/assets/packs/central-asia.json';

const FEED_ALARM = 'silklens-feeds';

export default defineBackground({
  main() {
    const db = new FactBaseDB();
    const service = new FactBaseService({
      db,
      loadBundled: async () => bundledPack as unknown as FactPack,
      ownEntitiesOffPages: async () => parsePrivacy((await browser.storage.local.get(PRIVACY_KEY))[PRIVACY_KEY]).ownEntitiesOffPages,
    });

    /** Recompile and tell every open tab to re-highlight without a reload. */
    async function broadcastChange(): Promise<string> {
      service.invalidate();
      const { version } = await service.dictionary();
      const tabs = await browser.tabs.query({});
      await Promise.allSettled(tabs.flatMap((t) => (t.id === undefined ? [] : [sendMessage('dictionaryChanged', { version }, t.id)])));
      return version;
    }
    const feeds = new FeedService({
      db,
      onChanged: async () => void (await broadcastChange()),
      userFeedsDisabled: async () => (await browser.storage.local.get('disableUserFeeds')).disableUserFeeds === true,
    });

    async function applyManagedPolicy(): Promise<void> {
      let raw: unknown;
      try {
        raw = await browser.storage.managed.get();
      } catch {
        raw = undefined; // Firefox rejects when no policy is set: same as no policy
      }
      const { settings, warnings } = parseManagedSettings(raw);
      for (const w of warnings) console.warn('[Silk Lens] managed policy:', w);
      await feeds.syncManaged(settings.feeds);
      await browser.storage.local.set({ denySites: settings.denySites, disableUserFeeds: settings.disableUserFeeds });
      if (settings.disableUserFeeds) await feeds.dropUserFeedPacks();
    }

    browser.runtime.onInstalled.addListener(() => {
      void service.ensureBundled().then(() => service.dictionary());
      void applyManagedPolicy().then(() => feeds.updateAll(true));
    });
    browser.runtime.onStartup.addListener(() => void applyManagedPolicy());
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'managed') void applyManagedPolicy().then(() => feeds.updateAll(true));
      // The own-entities privacy setting changes what pages may match: recompile now.
      if (area === 'local' && changes[PRIVACY_KEY]) void broadcastChange();
    });

    // walk-next / walk-previous (wxt.config.ts): the active tab's content script opens
    // the next or previous mention's card. A tab without our script just ignores it.
    browser.commands.onCommand.addListener((command, tab) => {
      const step = command === 'walk-next' ? 1 : command === 'walk-previous' ? -1 : 0;
      if (step === 0) return;
      void (async () => {
        const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
        if (tabId !== undefined) await sendMessage('walkMentions', { step }, tabId).catch(() => undefined);
      })();
    });

    // A 15-minute tick; each feed refreshes on its own interval (default daily), and a
    // failing feed is retried sooner (lib/feeds/schedule.ts).
    void browser.alarms.get(FEED_ALARM).then(async (existing) => {
      if (!existing || existing.periodInMinutes !== 15) await browser.alarms.create(FEED_ALARM, { periodInMinutes: 15, delayInMinutes: 1 });
    });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === FEED_ALARM) void feeds.updateAll(true);
    });

    onMessage('ensureReady', () =>
      asResult(async () => {
        await service.ensureBundled();
        return { revision: await service.revision() };
      }, 'could not load the bundled pack'),
    );

    onMessage('getDictionary', ({ data }) =>
      asResult(async () => {
        const dictionary = await service.dictionary();
        return { version: dictionary.version, dictionary: data.knownVersion === dictionary.version ? null : dictionary };
      }, 'could not load the fact base'),
    );

    onMessage('getCards', ({ data }) =>
      asResult(async () => ({ cards: await service.cards(data.ids, data.today, { withUserData: false }) }), 'could not read entity cards'),
    );
    onMessage('getCardDetails', ({ data }) =>
      asResult(async () => ({ cards: await service.cards(data.ids, data.today, { withUserData: true }) }), 'could not read entity cards'),
    );

    onMessage('factBaseChanged', () => asResult(async () => ({ version: await broadcastChange() })));

    onMessage('subscribeFeed', ({ data }) =>
      asResult(async () => {
        const { disableUserFeeds } = await browser.storage.local.get('disableUserFeeds');
        if (disableUserFeeds === true) throw new Error('Your organisation does not allow adding feeds.');
        const r = await feeds.subscribe(data.url, {
          ...(data.publicKey ? { publicKey: data.publicKey } : {}),
          ...(data.intervalHours ? { intervalHours: data.intervalHours } : {}),
        });
        if (!r.ok) throw new Error(`Subscribed, but the first update failed: ${r.message}`);
        return { message: `Subscribed: ${r.message}` };
      }),
    );

    onMessage('updateFeeds', ({ data }) =>
      asResult(async () => ({ results: data.url ? [await feeds.update(data.url)] : await feeds.updateAll(false) })),
    );

    onMessage('removeFeed', ({ data }) => asResult(async () => {
      await feeds.remove(data.url);
      return {};
    }));

    onMessage('setFeedInterval', ({ data }) => asResult(async () => {
      await feeds.setInterval(data.url, data.intervalHours);
      return {};
    }));
  },
});
