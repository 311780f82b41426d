import { browser, defineContentScript } from '#imports';
import { isSiteBlocked } from '@/lib/settings/site-match';
import { DISPLAY_KEY, parseDisplay } from '@/lib/settings/display';
import { sendMessage, onMessage } from '@/lib/messages';
import { PageController } from '@/lib/content/controller';
import { frameHosts } from '@/lib/content/frame-hosts';
import './highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Every frame is its own page model; a frame without text never asks for the
  // dictionary (see PageController.start). about:blank / srcdoc frames inherit the page.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  async main(ctx) {
    // An administrator's deny list and the user's "off on this site" list.
    const { denySites, disabledSites, [DISPLAY_KEY]: display } = await browser.storage.local.get(['denySites', 'disabledSites', DISPLAY_KEY]);
    const deny = denySites as string[] | undefined;
    const disabled = disabledSites as string[] | undefined;
    // Frames too: a site switched off stays off in its frames (unknown top host: fail closed).
    const hosts = frameHosts(window);
    if (hosts === null ? !!(deny?.length || disabled?.length) : hosts.some((h) => isSiteBlocked(h, deny, disabled))) {
      document.documentElement.dataset.silklensMentions = 'off';
      return;
    }
    const abort = new AbortController();
    ctx.onInvalidated(() => abort.abort());
    const controller = new PageController(
      {
        display: parseDisplay(display),
        async getDictionary(knownVersion) {
          const r = await sendMessage('getDictionary', knownVersion ? { knownVersion } : {});
          if (!r.ok) throw new Error(r.error);
          return r;
        },
        async getCards(ids) {
          const r = await sendMessage('getCards', { ids });
          if (!r.ok) throw new Error(r.error);
          return r.cards;
        },
        async getCardDetails(ids) {
          const r = await sendMessage('getCardDetails', { ids });
          if (!r.ok) throw new Error(r.error);
          return r.cards;
        },
      },
      abort.signal,
    );
    const stopChanged = onMessage('dictionaryChanged', () => void controller.refresh());
    // Tab-wide questions go to every frame and the first answer wins: only the top frame answers.
    const top = window === window.top;
    const stopSummary = top ? onMessage('getPageSummary', () => controller.summary()) : () => {};
    const stopWalk = top ? onMessage('walkMentions', ({ data }) => controller.walk(data.step)) : () => {};
    // Isolated world: page scripts cannot see this; tests and bench:live read it over CDP.
    (globalThis as { __silklensTest?: unknown }).__silklensTest = { stats: controller.stats };
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[DISPLAY_KEY]) controller.setDisplay(parseDisplay(changes[DISPLAY_KEY].newValue));
    };
    browser.storage.onChanged.addListener(onStorage);
    abort.signal.addEventListener('abort', () => {
      stopChanged();
      stopSummary();
      stopWalk();
      browser.storage.onChanged.removeListener(onStorage);
    });
    controller.start().catch((error: unknown) => console.warn('[Silk Lens]', error));
  },
});
