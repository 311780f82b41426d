import { render } from 'preact';
import { browser } from '#imports';
import { ask, sendMessage } from '@/lib/messages';
import { PDF_READER_PAGE, pdfReaderUrl } from '@/lib/pdf/reader-url';
import { Popup, type PopupTab } from './Popup';
import './popup.css';

/**
 * The tab the popup describes: the active one, or, for a popup opened as a page
 * (`popup.html?tab=<id>`: the browser tests and screenshots, which cannot click the
 * toolbar button), the tab named there. Only extension pages can open popup.html
 * (it is not web-accessible), so a web page cannot point it anywhere.
 */
async function describedTab(): Promise<PopupTab | undefined> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  const tab = Number.isInteger(asked) && asked > 0
    ? await browser.tabs.get(asked).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return undefined;
  return { id: tab.id, ...(tab.url ? { url: tab.url } : {}), ...(tab.title ? { title: tab.title } : {}), ...(isReaderUrl(tab.url) ? { reader: true } : {}) };
}

/** The tab shows this extension's PDF reader (`/pdf.html`, with or without a query). */
function isReaderUrl(url: string | undefined): boolean {
  const page = (browser.runtime.getURL as (path: string) => string)(PDF_READER_PAGE);
  return !!url && (url === page || url.startsWith(`${page}?`) || url.startsWith(`${page}#`));
}

/** Save text as a file (a download the reader sees; no `downloads` permission needed). */
function saveFile(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

render(
  <Popup
    activeTab={describedTab}
    siteList={{
      get: async () => ((await browser.storage.local.get('disabledSites')).disabledSites as string[] | undefined) ?? [],
      set: async (sites) => browser.storage.local.set({ disabledSites: sites }),
    }}
    deniedSites={async () => ((await browser.storage.local.get('denySites')).denySites as string[] | undefined) ?? []}
    reloadTab={(id) => void browser.tabs.reload(id)}
    injectInto={async (tabId) => {
      await browser.scripting.insertCSS({ target: { tabId }, files: ['/content-scripts/content.css'] });
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    }}
    // A Silk Lens PDF reader tab is an extension page: no content script runs there, so
    // the reader page of that tab answers itself (lib/pdf/popup-answers.ts).
    getSummary={(tab) =>
      tab.reader ? sendMessage('getReaderSummary', { tabId: tab.id }) : sendMessage('getPageSummary', {}, { tabId: tab.id, frameId: 0 })
    }
    revealEntity={(tab, entity) =>
      tab.reader ? sendMessage('revealInReader', { tabId: tab.id, entity }) : sendMessage('revealEntity', { entity }, { tabId: tab.id, frameId: 0 })
    }
    openPdfReader={(pdfUrl) => {
      // The reader page is R2's entrypoint (entrypoints/pdf/); typed as a plain path until it exists.
      const page = (browser.runtime.getURL as (path: string) => string)(PDF_READER_PAGE);
      void browser.tabs.create({ url: pdfReaderUrl(page, pdfUrl) });
      window.close();
    }}
    getCards={async (ids, pageDate) => {
      const r = await ask('getCards', { ids, ...(pageDate ? { pageDate } : {}) });
      if (!r.ok) throw new Error(r.error);
      return r.cards;
    }}
    copyText={(text) => navigator.clipboard.writeText(text)}
    saveFile={saveFile}
    openOptions={(entity) => {
      const url = browser.runtime.getURL('/options.html') + (entity ? `?entity=${encodeURIComponent(entity)}` : '');
      void browser.tabs.create({ url });
      window.close();
    }}
  />,
  document.getElementById('app')!,
);
