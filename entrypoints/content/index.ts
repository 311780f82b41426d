import { browser, defineContentScript } from '#imports';
import { isSiteBlocked } from '@/lib/settings/site-match';
import { DISPLAY_KEY, parseDisplay } from '@/lib/settings/display';
import { onMessage, sendMessage } from '@/lib/messaging-browser';
import { isRevealEntityRequest } from '@/lib/page-messages';
import { PageController } from '@/lib/content/controller';
import { LazyCardSurface } from '@/lib/content/lazy-card';
import { loadCardUi } from '@/lib/content/card-ui-handoff';
import { pageToolsLoader } from '@/lib/content/page-tools-stage';
import { markStartup, MARKING, type PageStats } from '@/lib/content/stats';
import { adoptHighlightStyle } from '@/lib/content/highlight-style';
import { deepActiveElement, isEditableTarget } from '@/lib/content/editable';
import highlightCss from './highlights.css?inline';

/**
 * Test builds only (npm run build:test): read by the browser tests (tests/e2e/content-world.ts) through the DevTools protocol
 * in this script's isolated world. Page script has its own global object and cannot
 * see this one; nothing here is ever written to the page.
 */
declare const __SILKLENS_TEST_HANDLE__: boolean;

export interface SilkLensTestHandle {
  stats: PageStats;
  /** The card's closed shadow root, or null before the first card. */
  cardRoot(): ShadowRoot | null;
  /** The card UI has been injected into this frame (lib/content/lazy-card.ts). */
  cardUiLoaded(): boolean;
  /** Requests for the page tools stage sent from this frame (lib/content/page-tools-stage.ts). */
  pageToolsRequests(): number;
  /** The ranges underlined now, on screen or not (the registry holds only those near the viewport). */
  painted(): AbstractRange[];
}
import { frameHosts } from '@/lib/content/frame-hosts';
import { controllerMessaging } from '@/lib/content/controller-messaging';
import { sendOpeningEarly } from '@/lib/content/early-dictionary';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Every frame is its own page model; a frame without text never asks for the
  // dictionary (see PageController.start). about:blank / srcdoc frames inherit the page.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  // No window.postMessage announcing the script (it carried the extension id). The
  // rest of WXT's page-visible start-up event is gone too: wxt.config.ts swaps in
  // lib/content/quiet-context.ts, so `ctx` can be invalidated only by the extension
  // itself (orphaned after an update, or replaced by a newer copy), never by the page.
  noScriptStartedPostMessage: true,
  // Not in the manifest: the browser would put our ::highlight rules into every page,
  // switched off or not, and a page could read them (lib/content/highlight-style.ts).
  cssInjectionMode: 'manual',
  async main(ctx) {
    const scriptAt = performance.now();
    const messaging = controllerMessaging();
    // The first dictionary request (no page data) is on its way while the settings are read
    // and the page is checked (lib/content/early-dictionary.ts).
    const getDictionary = sendOpeningEarly(messaging.getDictionary);
    // An administrator's deny list and the user's "off on this site" list. Off means
    // off silently: nothing on the page says Silk Lens is installed.
    const { denySites, disabledSites, [DISPLAY_KEY]: display } = await browser.storage.local.get(['denySites', 'disabledSites', DISPLAY_KEY]);
    const deny = denySites as string[] | undefined;
    const disabled = disabledSites as string[] | undefined;
    // Frames too: a site switched off stays off in its frames (unknown top host: fail closed).
    const hosts = frameHosts(window);
    if (hosts === null ? !!(deny?.length || disabled?.length) : hosts.some((h) => isSiteBlocked(h, deny, disabled))) return;
    const settingsAt = performance.now();
    const abort = new AbortController();
    ctx.onInvalidated(() => abort.abort());
    adoptHighlightStyle(document, highlightCss, abort.signal);
    // The card UI comes later, injected by the background (lib/content/lazy-card.ts):
    // asked for at idle once the page has mentions (their cards are being prefetched),
    // or by the first card at the latest.
    let card: LazyCardSurface | null = null;
    const requestCardUi = async () => {
      const r = await sendMessage('loadCardUi', {});
      if (!r.ok) throw new Error(r.error);
    };
    // The keyboard walk and the page summary: injected the same way, at their first use.
    let pageToolsRequests = 0;
    const pageTools = pageToolsLoader(async () => {
      pageToolsRequests++;
      const r = await sendMessage('loadPageTools', {});
      if (!r.ok) throw new Error(r.error);
    });
    const controller = new PageController(
      {
        display: parseDisplay(display),
        // Firefox: a page may reach the card's closed root, so it never holds the reader's
        // own data there (components/CardHost.tsx SELECTION_LEAKS; content scripts never
        // run in our own extension pages, where it would).
        createCard: (doc, signal) => (card = new LazyCardSurface(doc, signal, { load: () => loadCardUi(requestCardUi), userDataInPage: !import.meta.env.FIREFOX })),
        ...messaging,
        getDictionary,
        pageTools,
        getCards: (ids, pageDate) => {
          card?.preloadWhenIdle(window);
          return messaging.getCards(ids, pageDate);
        },
      },
      abort.signal,
    );
    if (MARKING) {
      markStartup(controller.stats, 'script', () => scriptAt);
      markStartup(controller.stats, 'settings', () => settingsAt);
    }
    // Test builds only (scripts/build-test.mjs; __SILKLENS_TEST_HANDLE__ is a compile-time
    // constant, so a production build carries no handle at all: npm test checks the bundle).
    const testHandle: SilkLensTestHandle | null = __SILKLENS_TEST_HANDLE__
      ? { stats: controller.stats, cardRoot: () => controller.cardRoot, cardUiLoaded: () => card?.loaded ?? false, pageToolsRequests: () => pageToolsRequests, painted: () => controller.paintedRanges() }
      : null;
    if (testHandle) (globalThis as { __silklensTest?: SilkLensTestHandle }).__silklensTest = testHandle;
    const stopChanged = onMessage('dictionaryChanged', () => void controller.refresh());
    // Tab-wide questions go to every frame and the first answer wins: only the top frame answers.
    const top = window === window.top;
    const stopSummary = top
      ? onMessage('getPageSummary', async () => ({ ...(await controller.namedSummary()), page: { title: document.title, url: location.href } }))
      : () => {};
    // The popup's click on an entity: only a well-formed id, only if the page mentions it.
    const stopReveal = top
      ? onMessage('revealEntity', ({ data }) => {
          return isRevealEntityRequest(data) && controller.reveal(data.entity);
        })
      : () => {};
    // The walk-next / walk-previous browser commands (entrypoints/background.ts). Never
    // while the reader is typing: the walk would pull focus out of their text field.
    const stopWalk = top
      ? onMessage('walkMentions', ({ data }) => {
          if (!isEditableTarget(deepActiveElement(document))) controller.walk(data.step);
        })
      : () => {};
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[DISPLAY_KEY]) controller.setDisplay(parseDisplay(changes[DISPLAY_KEY].newValue));
    };
    browser.storage.onChanged.addListener(onStorage);
    abort.signal.addEventListener('abort', () => {
      stopChanged();
      stopSummary();
      stopReveal();
      stopWalk();
      browser.storage.onChanged.removeListener(onStorage);
      const g = globalThis as { __silklensTest?: SilkLensTestHandle };
      if (testHandle && g.__silklensTest === testHandle) delete g.__silklensTest;
    });
    controller.start().catch((error: unknown) => console.warn('[Silk Lens]', error));
  },
});
