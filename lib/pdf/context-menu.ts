/**
 * "Open in Silk Lens PDF reader" on the context menu of a link to a PDF and of a page
 * that is one (the browser's own viewer shows PDFs where no content script runs). The
 * popup's button (on a PDF tab) leads to the same reader address (reader-url.ts).
 *
 * Why a menu item and not taking over PDF navigation: redirecting every PDF into the
 * reader would need webRequest or declarativeNetRequest on all sites, and would fetch
 * the PDF without the reader asking; the menu costs one permission with no install
 * warning (`contextMenus`) and opens the reader only when the reader chooses it.
 */
import { isPdfUrl, pdfReaderUrl, PDF_READER_PAGE } from './reader-url';

export const PDF_MENU_LINK = 'silklens-open-pdf-link';
export const PDF_MENU_PAGE = 'silklens-open-pdf-page';

/**
 * Addresses ending in .pdf (a match pattern's path covers the query too, so the
 * `?*` forms catch `report.pdf?download=1`). isPdfUrl checks the click again.
 */
export const PDF_URL_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*', 'file:///*.pdf', 'file:///*.PDF'];

interface MenuApi {
  contextMenus: {
    create(props: { id: string; title: string; contexts: ['link' | 'page']; targetUrlPatterns?: string[]; documentUrlPatterns?: string[] }): unknown;
    removeAll(): Promise<void>;
    onClicked: { addListener(cb: (info: { menuItemId: string | number; linkUrl?: string; pageUrl?: string }, tab?: { index?: number; id?: number }) => void): void };
  };
  tabs: { create(props: { url: string; index?: number; openerTabId?: number }): Promise<unknown> };
  runtime: { getURL(path: string): string };
}

/** (Re)create the two items; run on install and update (menus persist between wake-ups). */
export async function createPdfMenu(api: MenuApi, title: string): Promise<void> {
  await api.contextMenus.removeAll();
  api.contextMenus.create({ id: PDF_MENU_LINK, title, contexts: ['link'], targetUrlPatterns: PDF_URL_PATTERNS });
  api.contextMenus.create({ id: PDF_MENU_PAGE, title, contexts: ['page'], documentUrlPatterns: PDF_URL_PATTERNS });
}

/** The reader address a menu click opens, or null when the click was not on a PDF. */
export function readerUrlForClick(info: { menuItemId: string | number; linkUrl?: string; pageUrl?: string }, readerPage: string): string | null {
  const url = info.menuItemId === PDF_MENU_LINK ? info.linkUrl : info.menuItemId === PDF_MENU_PAGE ? info.pageUrl : undefined;
  return isPdfUrl(url) ? pdfReaderUrl(readerPage, url!) : null;
}

/** Listen for clicks (every wake-up: listeners do not persist). Opens the reader beside the tab. */
export function listenPdfMenu(api: MenuApi): void {
  api.contextMenus.onClicked.addListener((info, tab) => {
    const url = readerUrlForClick(info, api.runtime.getURL(PDF_READER_PAGE));
    if (!url) return;
    void api.tabs.create({ url, ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}), ...(tab?.id !== undefined ? { openerTabId: tab.id } : {}) });
  });
}
