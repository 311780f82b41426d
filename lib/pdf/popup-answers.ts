/**
 * The reader page answers the popup. The popup's usual questions go to the tab's content
 * script (tabs.sendMessage), which never runs in an extension page; so the popup asks
 * with runtime.sendMessage, which reaches every extension page at once (the background,
 * the options page, every open reader). Hence the rules here:
 * - answer only when the request names this reader's own tab: any other context stays
 *   silent (returns nothing, so the browser waits for the one that answers);
 * - answer only this extension's popup page (`sender.url`, set by the browser, never
 *   read from the message): a content script in a hostile page can also call
 *   runtime.sendMessage, and must not learn what the reader shows or move it;
 * - check the payload with the message's own schema (lib/messages.ts).
 * Answers use @webext-core/messaging's envelope (`{ res }`), so the popup's typed
 * `sendMessage` reads them like any other answer.
 */
import * as v from 'valibot';
import { requestSchemas, type PageSummary } from '../messages';
import type { MessageSenderLike } from '../background/sender';
import type { PdfSource } from './pdf-source';

export interface ReaderAnswers {
  /** This reader's tab (browser.tabs.getCurrent). */
  tabId: number;
  /** browser.runtime.id */
  extensionId: string;
  /** browser.runtime.getURL('/popup.html'): the only page that may ask. */
  popupUrl: string;
  summary(): Promise<PageSummary>;
  /** What the controller did (its walk comes with the page tools, so it may answer later). */
  reveal(entity: string): boolean | Promise<boolean>;
}

type Answer = { res: PageSummary | boolean };

/** The answer to one runtime message, or undefined: not ours to answer. */
export function answerPopup(message: unknown, sender: MessageSenderLike | undefined, self: ReaderAnswers): Promise<Answer> | undefined {
  if (!message || typeof message !== 'object') return undefined;
  const { type, data } = message as { type?: unknown; data?: unknown };
  if (type !== 'getReaderSummary' && type !== 'revealInReader') return undefined;
  if (!fromPopup(sender, self)) return undefined;
  if (type === 'getReaderSummary') {
    const request = v.safeParse(requestSchemas.getReaderSummary, data);
    if (!request.success || request.output.tabId !== self.tabId) return undefined;
    return self.summary().then((res) => ({ res }));
  }
  const request = v.safeParse(requestSchemas.revealInReader, data);
  if (!request.success || request.output.tabId !== self.tabId) return undefined;
  return Promise.resolve(self.reveal(request.output.entity)).then((res) => ({ res }));
}

/** The popup page of this extension, by the browser's own account of the sender. */
function fromPopup(sender: MessageSenderLike | undefined, self: ReaderAnswers): boolean {
  if (!sender || sender.id !== self.extensionId || typeof sender.url !== 'string') return false;
  const url = sender.url;
  return url === self.popupUrl || url.startsWith(`${self.popupUrl}?`) || url.startsWith(`${self.popupUrl}#`);
}

type Listener = (message: unknown, sender: MessageSenderLike, sendResponse: (r: unknown) => void) => boolean | undefined;

export interface RuntimeOnMessage {
  addListener(l: Listener): void;
  removeListener(l: Listener): void;
}

/** Listen until `signal` aborts; a raw listener, so a question for another tab gets no answer at all. */
export function listenToPopup(onMessage: RuntimeOnMessage, self: ReaderAnswers, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener: Listener = (message, sender, sendResponse) => {
    const answer = answerPopup(message, sender, self);
    if (!answer) return undefined;
    answer.then(sendResponse, (error: unknown) => sendResponse({ err: { name: 'Error', message: error instanceof Error ? error.message : String(error), stack: '' } }));
    return true;
  };
  onMessage.addListener(listener);
  signal.addEventListener('abort', () => onMessage.removeListener(listener), { once: true });
}

/**
 * The document as the popup names it (briefing heading and address): the PDF's own
 * title when its metadata has one, else its file name; the address it was loaded from
 * (empty for a file the reader picked, whose path the page never learns: its name stands in).
 */
export function readerPage(source: PdfSource, metadataTitle: unknown, picked: { name: string } | null = null): { title: string; url: string } {
  const url = !picked && (source.kind === 'web' || source.kind === 'file') ? source.url : '';
  let own = typeof metadataTitle === 'string' ? metadataTitle.replace(/\s+/g, ' ').trim().slice(0, 300) : '';
  // A browser printing a page without a <title> writes its address there ("about:blank"): not a title.
  if (/^[a-z][a-z0-9+.-]*:\S*$/i.test(own)) own = '';
  return { title: own || (picked ? picked.name.slice(0, 300) : fileNameOf(url)), url };
}

function fileNameOf(url: string): string {
  try {
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return '';
  }
}
