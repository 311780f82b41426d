import { browser, defineBackground } from '#imports';
import { FactBaseDB } from '@/lib/factbase/db';
import type { FactPack } from '@/lib/factbase/schema';
import { FactBaseService } from '@/lib/background/factbase-service';
import { onMessage, sendMessage } from '@/lib/messages';
// Static import: MV3 service workers may not use import(). Parsed once per wake-up.
import bundledPack from '@/assets/packs/central-asia.json';

export default defineBackground({
  main() {
    const service = new FactBaseService({
      db: new FactBaseDB(),
      loadBundled: async () => bundledPack as unknown as FactPack,
    });

    browser.runtime.onInstalled.addListener(() => {
      void service.ensureBundled().then(() => service.dictionary());
    });

    onMessage('getDictionary', async ({ data }) => {
      try {
        const dictionary = await service.dictionary();
        const unchanged = data.knownVersion === dictionary.version;
        return { ok: true, version: dictionary.version, dictionary: unchanged ? null : dictionary };
      } catch (error) {
        return { ok: false, error: `could not load the fact base: ${String(error)}` };
      }
    });

    onMessage('ensureReady', async () => {
      try {
        await service.ensureBundled();
        return { ok: true, revision: await service.revision() };
      } catch (error) {
        return { ok: false, error: `could not load the bundled pack: ${String(error)}` };
      }
    });

    onMessage('getCards', async ({ data }) => {
      try {
        return { ok: true, cards: await service.cards(data.ids, data.today) };
      } catch (error) {
        return { ok: false, error: `could not read entity cards: ${String(error)}` };
      }
    });

    onMessage('factBaseChanged', async () => {
      try {
        service.invalidate();
        const { version } = await service.dictionary();
        const tabs = await browser.tabs.query({});
        await Promise.allSettled(
          tabs.flatMap((t) => (t.id === undefined ? [] : [sendMessage('dictionaryChanged', { version }, t.id)])),
        );
        return { ok: true, version };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    });
  },
});
