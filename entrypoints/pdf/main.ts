import { browser } from '#imports';
import { PageController } from '@/lib/content/controller';
import type { PageStats } from '@/lib/content/stats';
import { isSiteBlocked } from '@/lib/settings/site-match';
import { DISPLAY_KEY, parseDisplay } from '@/lib/settings/display';
import { deepActiveElement, isEditableTarget } from '@/lib/content/editable';
import { ReaderApp } from '@/lib/pdf/reader-app';
import { pdfSourceOf } from '@/lib/pdf/pdf-source';
import { readFileUrl } from '@/lib/pdf/read-file-url';
import { readerMessaging } from '@/lib/pdf/reader-messaging';
import { CardHost } from '@/components/CardHost';
import './reader.css';

/** Test builds only (scripts/build-test.mjs): a compile-time constant, absent from production. */
declare const __SILKLENS_TEST_HANDLE__: boolean;

export interface PdfReaderTestHandle {
  stats: PageStats;
  cardRoot(): ShadowRoot | null;
  pages: number;
  /** Pages whose text layer is in the document. */
  textLayers: number;
  /** performance.now() when every page's text layer was in. */
  allTextAt: number | null;
}

function main(): void {
  const abort = new AbortController();
  const testHandle: PdfReaderTestHandle | null = __SILKLENS_TEST_HANDLE__
    ? { stats: undefined as unknown as PageStats, cardRoot: () => null, pages: 0, textLayers: 0, allTextAt: null }
    : null;
  if (testHandle) (globalThis as { __silklensPdfTest?: PdfReaderTestHandle }).__silklensPdfTest = testHandle;
  new ReaderApp(
    {
      doc: document,
      source: pdfSourceOf(location.href),
      locale: browser.i18n.getUILanguage(),
      requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
      hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }),
      fileAccessAllowed: () => browser.extension.isAllowedFileSchemeAccess(),
      readFileUrl: (url) => readFileUrl(url),
      onViews(views) {
        if (!testHandle) return;
        testHandle.pages = views.pageCount;
        testHandle.textLayers = 0;
        testHandle.allTextAt = null;
        views.onTextLayer = () => testHandle.textLayers++;
        void views.whenAllText().then(() => (testHandle.allTextAt = performance.now()));
      },
      startMatching: (_pages, host, signal) => startMatching(host, signal, testHandle),
    },
    abort.signal,
  );
}

/** The same page controller the content script runs, over the reader's pages. */
async function startMatching(host: string | null, signal: AbortSignal, testHandle: PdfReaderTestHandle | null): Promise<'on' | 'off'> {
  const { denySites, disabledSites, [DISPLAY_KEY]: display } = await browser.storage.local.get(['denySites', 'disabledSites', DISPLAY_KEY]);
  // The PDF's site, switched off by the user or denied by an administrator: off here too.
  if (host && isSiteBlocked(host, denySites as string[] | undefined, disabledSites as string[] | undefined)) return 'off';
  const controller = new PageController(
    { ...readerMessaging(), display: parseDisplay(display), createCard: (doc, s) => new CardHost(doc, s) },
    signal,
  );
  if (testHandle) {
    testHandle.stats = controller.stats;
    testHandle.cardRoot = () => controller.cardRoot;
  }
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[DISPLAY_KEY]) controller.setDisplay(parseDisplay(changes[DISPLAY_KEY].newValue));
  };
  // The walk-next / walk-previous commands: the background forwards them to content
  // scripts only, which this page has none of, so the reader listens itself (the
  // browser takes the keystroke as a command before the page sees it).
  const onCommand = (command: string) => {
    const step = command === 'walk-next' ? 1 : command === 'walk-previous' ? -1 : 0;
    if (step !== 0 && document.hasFocus() && !isEditableTarget(deepActiveElement(document))) controller.walk(step);
  };
  // The background tells content scripts when the fact base changed (tabs.sendMessage,
  // which extension pages never receive): the reader asks again whenever its tab comes
  // back into view, e.g. after an edit in the options page. An unchanged version costs
  // one message and no dictionary.
  const onVisible = () => {
    if (document.visibilityState === 'visible') void controller.refresh().catch(() => undefined);
  };
  document.addEventListener('visibilitychange', onVisible, { signal });
  browser.storage.onChanged.addListener(onStorage);
  browser.commands.onCommand.addListener(onCommand);
  signal.addEventListener(
    'abort',
    () => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.commands.onCommand.removeListener(onCommand);
    },
    { once: true },
  );
  controller.start().catch((error: unknown) => console.warn('[Silk Lens]', error));
  return 'on';
}

main();
