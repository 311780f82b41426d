/**
 * The background: the only context that opens the fact base. Wiring only; the message
 * table is lib/background/routes.ts, its door lib/background/router.ts.
 */
import { browser, defineBackground } from '#imports';
import { FactBaseDB } from '@/lib/factbase/db';
import type { FactPack } from '@/lib/factbase/schema';
import { FactBaseService } from '@/lib/background/factbase-service';
import { FeedService } from '@/lib/background/feed-service';
import { createRouter, type BackgroundMessage } from '@/lib/background/router';
import { createRoutes } from '@/lib/background/routes';
import { parseManagedSettings } from '@/lib/settings/managed';
import { PRIVACY_KEY, parsePrivacy } from '@/lib/settings/privacy';
import { onMessage, sendMessage } from '@/lib/messages';
import { createPdfMenu, listenPdfMenu } from '@/lib/pdf/context-menu';
import { i18n } from '#i18n';
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
    const userFeedsDisabled = async () => (await browser.storage.local.get('disableUserFeeds')).disableUserFeeds === true;

    /** Recompile and tell every open tab to re-highlight without a reload. */
    async function broadcastChange(): Promise<void> {
      service.invalidate();
      const { version } = await service.pageIndex();
      const tabs = await browser.tabs.query({});
      await Promise.allSettled(tabs.flatMap((t) => (t.id === undefined ? [] : [sendMessage('dictionaryChanged', { version }, t.id)])));
    }
    const feeds = new FeedService({ db, onChanged: broadcastChange, userFeedsDisabled });

    // ── Messages: every one checked for sender and payload before its handler runs.
    const routes = createRoutes({
      db, service, feeds, changed: broadcastChange, userFeedsDisabled,
      openTab: async (url) => void (await browser.tabs.create({ url })),
      optionsPage: browser.runtime.getURL('/options.html'),
    });
    const router = createRouter(routes, { id: browser.runtime.id, origin: browser.runtime.getURL('') });
    const listen = <K extends BackgroundMessage>(name: K) => onMessage(name, ({ data, sender }) => router.handle(name, data, sender));
    for (const name of Object.keys(routes) as BackgroundMessage[]) listen(name);

    // ── Enterprise policy
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

    // ── Install, startup, feed schedule
    browser.runtime.onInstalled.addListener(() => {
      void service.ensureBundled().then(() => service.pageIndex());
      void createPdfMenu(browser, i18n.t('pdf.menu')).catch(() => undefined);
      void applyManagedPolicy().then(() => feeds.updateAll(true));
    });
    browser.runtime.onStartup.addListener(() => void applyManagedPolicy());
    // A 15-minute tick; each feed refreshes on its own interval (default daily), and a
    // failing feed is retried sooner (lib/feeds/schedule.ts).
    void browser.alarms.get(FEED_ALARM).then(async (existing) => {
      if (!existing || existing.periodInMinutes !== 15) await browser.alarms.create(FEED_ALARM, { periodInMinutes: 15, delayInMinutes: 1 });
    });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === FEED_ALARM) void feeds.updateAll(true);
    });

    // ── Other listeners (commands, settings changes) go here.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'managed') void applyManagedPolicy().then(() => feeds.updateAll(true));
      // The own-entities privacy setting changes what pages may match: recompile now.
      if (area === 'local' && changes[PRIVACY_KEY]) void broadcastChange();
    });

    // "Open in Silk Lens PDF reader" on PDF links and PDF tabs (lib/pdf/context-menu.ts).
    listenPdfMenu(browser);

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
  },
});
