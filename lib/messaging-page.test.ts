import { afterEach, describe, expect, it } from 'vitest';
import { defineExtensionMessaging } from '@webext-core/messaging';
import { pageMessaging, type RuntimeLike } from './messaging-page';
import type { ProtocolMap } from './messages';

type Listener = Parameters<RuntimeLike['onMessage']['addListener']>[0];

/**
 * One extension's runtime as both ends see it: what the content script sends reaches the
 * background's listeners, and chrome.tabs.sendMessage reaches the content script's.
 */
function fakeBrowser() {
  const background: Listener[] = [];
  const page: Listener[] = [];
  const deliver = (listeners: Listener[], message: unknown, sender: unknown) =>
    new Promise<unknown>((resolve) => {
      // As the browser does: no listener that keeps the channel open → undefined.
      const kept = listeners.map((l) => l(message, sender, resolve)).some(Boolean);
      if (!kept) resolve(undefined);
    });
  const sender = { id: 'ext', url: 'https://news.example/', tab: { id: 7 }, frameId: 0 };
  const runtime: RuntimeLike & { listeners: Listener[] } = {
    listeners: page,
    sendMessage: (message) => deliver(background, JSON.parse(JSON.stringify(message)) as unknown, sender),
    onMessage: {
      addListener: (l) => void page.push(l),
      removeListener: (l) => void page.splice(page.indexOf(l), 1),
    },
  };
  const chrome = {
    runtime: {
      lastError: undefined,
      onMessage: { addListener: (l: Listener) => void background.push(l), removeListener: (l: Listener) => void background.splice(background.indexOf(l), 1) },
      sendMessage: () => {
        throw new Error('the background does not message itself here');
      },
    },
    tabs: {
      sendMessage: (_tab: number, message: unknown, _options: unknown, reply: (answer: unknown) => void) =>
        void deliver(page, JSON.parse(JSON.stringify(message)) as unknown, { id: 'ext' }).then(reply),
    },
  };
  return { runtime, chrome };
}

const g = globalThis as { chrome?: unknown };
afterEach(() => {
  delete g.chrome;
});

describe('page messaging speaks @webext-core/messaging’s wire format (the background router keeps that library)', () => {
  it('a request reaches the background’s typed handler with the browser’s sender, and its answer comes back', async () => {
    const { runtime, chrome } = fakeBrowser();
    g.chrome = chrome;
    const background = defineExtensionMessaging<ProtocolMap>();
    let seen: unknown = null;
    background.onMessage('getCards', ({ data, sender }) => {
      seen = { data, tab: sender.tab?.id };
      return { ok: true, cards: [] };
    });
    const page = pageMessaging(runtime);
    const answer = await page.sendMessage('getCards', { ids: ['tokayev'] });
    expect(answer, 'the handler’s answer is what sendMessage resolves to').toEqual({ ok: true, cards: [] });
    expect(seen, 'the background reads the data the page sent and the sender the browser reported').toEqual({ data: { ids: ['tokayev'] }, tab: 7 });
    background.removeAllListeners();
  });

  it('an error thrown by the background’s handler is thrown by sendMessage, with its message', async () => {
    const { runtime, chrome } = fakeBrowser();
    g.chrome = chrome;
    const background = defineExtensionMessaging<ProtocolMap>();
    background.onMessage('loadCardUi', () => {
      throw new Error('cannot access contents of the page');
    });
    await expect(pageMessaging(runtime).sendMessage('loadCardUi', {}), 'a thrown error crosses as the same message').rejects.toThrow('cannot access contents of the page');
    background.removeAllListeners();
  });

  it('a message the background sends to the tab reaches the page’s handler, and the page’s answer (or error) reaches the background', async () => {
    const { runtime, chrome } = fakeBrowser();
    g.chrome = chrome;
    const background = defineExtensionMessaging<ProtocolMap>();
    const page = pageMessaging(runtime);
    page.onMessage('revealEntity', ({ data }) => data.entity === 'tokayev');
    page.onMessage('getPageSummary', () => Promise.reject(new Error('torn down')));
    expect(await background.sendMessage('revealEntity', { entity: 'tokayev' }, 7), 'the page’s answer is what the background receives').toBe(true);
    expect(await background.sendMessage('revealEntity', { entity: 'mirziyoyev' }, 7), 'a false answer is an answer').toBe(false);
    await expect(background.sendMessage('getPageSummary', {}, 7), 'a rejected handler crosses as an error with its message').rejects.toThrow('torn down');
  });
});

describe('page messaging, unhappy paths', () => {
  const silent = (answer: unknown): RuntimeLike => ({
    sendMessage: () => Promise.resolve(answer),
    onMessage: { addListener: () => {}, removeListener: () => {} },
  });
  it.each([
    ['nothing answered', undefined, /no response/],
    ['null', null, /no response/],
    ['a bare string', 'ok', /no response/],
    ['an error without a message', { err: { name: 'Error' } }, /the background failed/],
    ['an error with a message', { err: { name: 'Error', message: 'refused', stack: '' } }, /^refused$/],
  ])('%s: sendMessage throws rather than resolving to something that is not an answer', async (_label, answer, error) => {
    await expect(pageMessaging(silent(answer)).sendMessage('getCards', { ids: [] }), 'only { res } resolves').rejects.toThrow(error);
  });

  it('a delivery failure (no background) is thrown as it is', async () => {
    const runtime: RuntimeLike = { sendMessage: () => Promise.reject(new Error('Receiving end does not exist')), onMessage: silent(null).onMessage };
    await expect(pageMessaging(runtime).sendMessage('getCards', { ids: [] }), 'the browser’s error reaches the caller').rejects.toThrow('Receiving end does not exist');
  });

  it.each([
    ['not an object', 'walkMentions'],
    ['null', null],
    ['no timestamp', { type: 'walkMentions', data: { step: 1 } }],
    ['a type nobody handles here', { type: 'getReaderSummary', timestamp: 1, data: {} }],
    ['a type that is not a string', { type: 1, timestamp: 1 }],
  ])('%s: the listener leaves the message unanswered (another frame or listener may answer it)', (_label, message) => {
    const { runtime } = fakeBrowser();
    const page = pageMessaging(runtime);
    let ran = false;
    page.onMessage('walkMentions', () => void (ran = true));
    let answered = false;
    const kept = runtime.listeners[0]!(message, {}, () => (answered = true));
    expect([kept, answered, ran], 'no handler runs and the channel is not kept open').toEqual([false, false, false]);
  });

  it('one listener on the runtime for all types, gone with the last handler; a second handler for a type is refused', () => {
    const { runtime } = fakeBrowser();
    const page = pageMessaging(runtime);
    const stopWalk = page.onMessage('walkMentions', () => {});
    const stopSummary = page.onMessage('getPageSummary', () => ({ enabled: true, entities: [], mentions: 0 }));
    expect(runtime.listeners.length, 'handlers share one runtime listener').toBe(1);
    expect(() => page.onMessage('walkMentions', () => {}), 'one handler per type').toThrow(/one listener/);
    stopWalk();
    stopWalk();
    expect(runtime.listeners.length, 'a removal (even twice) keeps the listener while a handler remains').toBe(1);
    stopSummary();
    expect(runtime.listeners.length, 'the runtime listener goes with the last handler').toBe(0);
  });
});
