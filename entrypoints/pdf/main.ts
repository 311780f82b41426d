import { browser } from '#imports';
import type { PageStats } from '@/lib/content/stats';
import { ReaderApp } from '@/lib/pdf/reader-app';
import { pdfSourceOf } from '@/lib/pdf/pdf-source';
import { readFileUrl } from '@/lib/pdf/read-file-url';
import { startReaderMatching } from '@/lib/pdf/reader-matching';
import { listenToPopup, readerPage, type RuntimeOnMessage } from '@/lib/pdf/popup-answers';
import type { PageController } from '@/lib/content/controller';
import { CardHost } from '@/components/CardHost';
import { cardUiParts } from '@/lib/content/card-open-flow';
import './reader.css';

/** Test builds only (scripts/build-test.mjs): a compile-time constant, absent from production. */
declare const __SILKLENS_TEST_HANDLE__: boolean;

/** Read by tests/e2e/pdf-reader.e2e.ts in this page (test builds only). */
export interface PdfReaderTestHandle {
  stats: PageStats | null;
  cardRoot(): ShadowRoot | null;
  /** The ranges underlined now, on screen or not. */
  painted(): AbstractRange[];
  pages: number;
  /** Pages whose text layer is in the document. */
  textLayers: number;
  /** performance.now() when the background text layers were all in. */
  allTextAt: number | null;
}

function main(): void {
  const abort = new AbortController();
  const handle: PdfReaderTestHandle | null = __SILKLENS_TEST_HANDLE__ ? { stats: null, cardRoot: () => null, painted: () => [], pages: 0, textLayers: 0, allTextAt: null } : null;
  if (handle) (globalThis as { __silklensPdfTest?: PdfReaderTestHandle }).__silklensPdfTest = handle;
  const source = pdfSourceOf(location.href);
  // What the popup asks about (lib/pdf/popup-answers.ts): the document shown now.
  let controller: PageController | null = null;
  /** The PDF shown is from a site switched off or denied: the popup says so. */
  let off = false;
  let metadataTitle: unknown;
  let picked: { name: string } | null = null;
  void browser.tabs.getCurrent().then((tab) => {
    if (tab?.id === undefined) return;
    listenToPopup(
      browser.runtime.onMessage as unknown as RuntimeOnMessage,
      {
        tabId: tab.id,
        extensionId: browser.runtime.id,
        popupUrl: (browser.runtime.getURL as (path: string) => string)('/popup.html'),
        async summary() {
          const found = controller ? await controller.namedSummary() : { enabled: !off, mentions: 0, entities: [] };
          return { ...found, page: readerPage(source, metadataTitle, picked) };
        },
        reveal: async (entity) => !!(await controller?.reveal(entity)),
      },
      abort.signal,
    );
  });
  new ReaderApp(
    {
      doc: document,
      source,
      locale: browser.i18n.getUILanguage(),
      requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
      hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }),
      fileAccessAllowed: () => browser.extension.isAllowedFileSchemeAccess(),
      readFileUrl: (url) => readFileUrl(url),
      onViews(views, pdf, pickedFile) {
        controller = null;
        picked = pickedFile;
        off = false;
        metadataTitle = undefined;
        void pdf.getMetadata().then((m) => (metadataTitle = (m.info as { Title?: unknown } | undefined)?.Title), () => undefined);
        if (!handle) return;
        Object.assign(handle, { pages: views.pageCount, textLayers: 0, allTextAt: null });
        views.onTextLayer = () => handle.textLayers++;
        void views.whenAllText().then(() => (handle.allTextAt = performance.now()));
      },
      async startMatching(_pages, host, signal) {
        const started = await startReaderMatching({ host, signal, createCard: Object.assign((doc: Document, s: AbortSignal) => new CardHost(doc, s), cardUiParts) });
        if (!signal.aborted) {
          controller = started.state === 'on' ? started.controller : null;
          off = started.state === 'off';
        }
        if (handle && started.state === 'on') {
          handle.stats = started.controller.stats;
          handle.cardRoot = () => started.controller.cardRoot;
          handle.painted = () => started.controller.paintedRanges();
        }
        return started.state;
      },
    },
    abort.signal,
  );
}

main();
