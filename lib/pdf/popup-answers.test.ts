import { describe, expect, it, vi } from 'vitest';
import { answerPopup, listenToPopup, readerPage, type ReaderAnswers, type RuntimeOnMessage } from './popup-answers';
import type { PageSummary } from '../messages';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const POPUP = `chrome-extension://${EXT}/popup.html`;
const SUMMARY: PageSummary = { enabled: true, mentions: 2, entities: [{ id: 'kazakhstan', name: 'Kazakhstan', type: 'country', count: 2 }] };

function reader(reveal = vi.fn((id: string) => id === 'kazakhstan')): ReaderAnswers & { reveal: typeof reveal } {
  return { tabId: 7, extensionId: EXT, popupUrl: POPUP, summary: async () => SUMMARY, reveal };
}
const msg = (type: string, data: unknown) => ({ id: 1, type, data, timestamp: 1 });
const popup = { id: EXT, url: `${POPUP}?tab=7` };

describe('answerPopup', () => {
  it('answers its own tab with the summary, and reveals on request', async () => {
    const self = reader();
    expect(await answerPopup(msg('getReaderSummary', { tabId: 7 }), popup, self), 'the reader of tab 7 answers a question for tab 7').toEqual({ res: SUMMARY });
    expect(await answerPopup(msg('revealInReader', { tabId: 7, entity: 'kazakhstan' }), { id: EXT, url: POPUP }, self), 'reveal answers what the controller did').toEqual({ res: true });
    expect(self.reveal, 'the entity id reaches the controller').toHaveBeenCalledWith('kazakhstan');
  });

  const SILENT: [string, unknown, { id?: string; url?: string; tab?: { id?: number } } | undefined][] = [
    ['another tab', msg('getReaderSummary', { tabId: 8 }), popup],
    ['another tab (reveal)', msg('revealInReader', { tabId: 8, entity: 'kazakhstan' }), popup],
    ['a content script in a web page', msg('getReaderSummary', { tabId: 7 }), { id: EXT, url: 'https://evil.example/popup.html', tab: { id: 3 } }],
    ['a content script moving the reader', msg('revealInReader', { tabId: 7, entity: 'kazakhstan' }), { id: EXT, url: 'https://evil.example/', tab: { id: 3 } }],
    ['another extension', msg('getReaderSummary', { tabId: 7 }), { id: 'other', url: POPUP }],
    ['another page of this extension (options)', msg('getReaderSummary', { tabId: 7 }), { id: EXT, url: `chrome-extension://${EXT}/options.html` }],
    ['a look-alike path', msg('getReaderSummary', { tabId: 7 }), { id: EXT, url: `${POPUP}.evil` }],
    ['no sender', msg('getReaderSummary', { tabId: 7 }), undefined],
    ['a malformed tab id', msg('getReaderSummary', { tabId: '7' }), popup],
    ['extra fields', msg('getReaderSummary', { tabId: 7, more: 1 }), popup],
    ['an oversize entity', msg('revealInReader', { tabId: 7, entity: 'x'.repeat(2001) }), popup],
    ['a message for the background', msg('getCards', { ids: ['kazakhstan'] }), popup],
    ['a content-script message', msg('getPageSummary', {}), popup],
    ['not an envelope', 'getReaderSummary', popup],
    ['null', null, popup],
  ];
  it.each(SILENT)('stays silent for %s', (_, message, sender) => {
    const self = reader();
    expect(answerPopup(message, sender, self), 'only the popup, asking about this tab, gets an answer').toBeUndefined();
    expect(self.reveal, 'nothing moves on a refused request').not.toHaveBeenCalled();
  });
});

describe('listenToPopup', () => {
  it('responds asynchronously to its own questions, leaves others unanswered, and stops on abort', async () => {
    const listeners: Parameters<RuntimeOnMessage['addListener']>[0][] = [];
    const api: RuntimeOnMessage = { addListener: (l) => listeners.push(l), removeListener: (l) => listeners.splice(listeners.indexOf(l), 1) };
    const abort = new AbortController();
    listenToPopup(api, reader(), abort.signal);
    const sent = vi.fn();
    expect(listeners[0]!(msg('getReaderSummary', { tabId: 8 }), popup, sent), 'not ours: the listener does not keep the channel open').toBeUndefined();
    expect(listeners[0]!(msg('getReaderSummary', { tabId: 7 }), popup, sent), 'ours: the channel stays open for the async answer').toBe(true);
    await vi.waitFor(() => expect(sent, 'the answer uses the messaging envelope').toHaveBeenCalledWith({ res: SUMMARY }));
    expect(sent, 'the refused question got no response').toHaveBeenCalledTimes(1);
    abort.abort();
    expect(listeners, 'the listener goes with the page').toHaveLength(0);
  });

  it('turns a failed summary into an error answer, not silence', async () => {
    let listener: Parameters<RuntimeOnMessage['addListener']>[0] | undefined;
    const self = { ...reader(), summary: () => Promise.reject(new Error('boom')) };
    listenToPopup({ addListener: (l) => (listener = l), removeListener: () => {} }, self, new AbortController().signal);
    const sent = vi.fn();
    listener!(msg('getReaderSummary', { tabId: 7 }), popup, sent);
    await vi.waitFor(() => expect(sent, 'the popup learns it failed').toHaveBeenCalledWith({ err: expect.objectContaining({ message: 'boom' }) }));
  });
});

describe('readerPage', () => {
  const web = { kind: 'web', url: 'https://osce.example/files/report%20ru.pdf', host: 'osce.example', originPattern: 'https://osce.example/*' } as const;
  it.each([
    ['the PDF title when it has one', web, '  Annual   report ', { title: 'Annual report', url: web.url }],
    ['the file name without a title', web, '', { title: 'report ru.pdf', url: web.url }],
    ['the file name when the title is not text', web, 42, { title: 'report ru.pdf', url: web.url }],
    ['the file name when the title is an address (a printed page without a title)', web, 'about:blank', { title: 'report ru.pdf', url: web.url }],
    ['a title with a colon in its words', web, 'OSCE: annual report', { title: 'OSCE: annual report', url: web.url }],
    ['nothing for a reader with no address and no file', { kind: 'none' } as const, undefined, { title: '', url: '' }],
  ])('names %s', (_, source, title, expected) => {
    expect(readerPage(source, title), 'the briefing names the PDF, not the reader page').toEqual(expected);
  });

  it('names a picked file by its title or name, never by the address the reader was opened with', () => {
    expect(readerPage(web, '', { name: 'local.pdf' }), 'the picked file replaced the linked PDF').toEqual({ title: 'local.pdf', url: '' });
    expect(readerPage(web, 'Own title', { name: 'local.pdf' }), 'its own title first').toEqual({ title: 'Own title', url: '' });
  });
});
