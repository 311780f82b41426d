import { describe, expect, it } from 'vitest';
import { CARD_UI_FILE, createCardUiRoutes, PAGE_TOOLS_FILE, senderFrame, type FrameTarget } from './card-ui-route';
import { createRouter, type RouteTable } from './router';
import type { MessageSenderLike } from './sender';

const self = { id: 'silklens-id', origin: 'chrome-extension://silklens-id/' };
const CONTENT = { id: self.id, url: 'https://news.example/story', tab: { id: 3 }, frameId: 7 };

function setup(fail?: string, message: 'loadCardUi' | 'loadPageTools' = 'loadCardUi') {
  const injected: FrameTarget[] = [];
  const files: string[] = [];
  const routes = createCardUiRoutes(async (target, file) => {
    if (fail) throw new Error(fail);
    injected.push(target);
    files.push(file);
  });
  // The router looks a route up by name; this table holds only the ones under test.
  const router = createRouter(routes as unknown as RouteTable, self);
  return { injected, files, ask: (data: unknown, sender: MessageSenderLike | undefined) => router.handle(message, data, sender) };
}

describe('loadPageTools', () => {
  it('runs the page tools (and nothing else) in the asking frame of the asking tab', async () => {
    const { injected, files, ask } = setup(undefined, 'loadPageTools');
    expect(await ask({}, CONTENT), 'a content script gets its page tools').toEqual({ ok: true });
    expect(injected, 'into its own tab and frame, as the browser reports them').toEqual([{ tabId: 3, frameId: 7 }]);
    expect(files, 'the page tools file, named by the route').toEqual([PAGE_TOOLS_FILE]);
  });

  it.each([
    ['an extension page', { id: self.id, url: 'chrome-extension://silklens-id/options.html', tab: { id: 4 }, frameId: 0 }, {}],
    ['another extension', { id: 'other-id', url: 'https://news.example/', tab: { id: 3 }, frameId: 0 }, {}],
    ['a content script naming a file', CONTENT, { file: '/card.js' }],
    ['a content script naming a target', CONTENT, { tabId: 9, frameId: 0 }],
  ])('refuses %s, injecting nothing', async (_who, sender, data) => {
    const { injected, ask } = setup(undefined, 'loadPageTools');
    expect((await ask(data, sender)).ok, 'only a content script, with an empty request, may ask').toBe(false);
    expect(injected, 'and nothing runs anywhere').toEqual([]);
  });

  it('answers a failed injection as an error value', async () => {
    const { ask } = setup('Cannot access contents of the page', 'loadPageTools');
    expect(await ask({}, CONTENT), 'errors cross as values, with the route’s context').toEqual({ ok: false, error: 'could not load the page tools: Cannot access contents of the page' });
  });
});

describe('loadCardUi', () => {
  it('runs the card UI in the asking frame of the asking tab', async () => {
    const { injected, ask } = setup();
    expect(await ask({}, CONTENT), 'a content script gets its card UI').toEqual({ ok: true });
    expect(injected, 'into its own tab and frame, as the browser reports them').toEqual([{ tabId: 3, frameId: 7 }]);
  });

  it('injects the card UI file', async () => {
    const { files, ask } = setup();
    await ask({}, CONTENT);
    expect(files, 'the card UI, named by the route').toEqual([CARD_UI_FILE]);
  });

  it.each([
    ['an extension page', { id: self.id, url: 'chrome-extension://silklens-id/options.html', tab: { id: 4 }, frameId: 0 }],
    ['another extension', { id: 'other-id', url: 'chrome-extension://other-id/background.js', tab: { id: 3 }, frameId: 0 }],
    ['a sender from no page', { id: self.id, url: 'about:blank', tab: { id: 3 }, frameId: 0 }],
    ['no sender', undefined],
  ])('refuses %s, injecting nothing', async (_who, sender) => {
    const { injected, ask } = setup();
    const r = await ask({}, sender);
    expect(r.ok, 'only a content script may ask for the card UI').toBe(false);
    expect(injected, 'and nothing runs anywhere').toEqual([]);
  });

  it.each([
    ['a target in the payload', { tabId: 9, frameId: 0 }],
    ['an array', []],
  ])('refuses %s: the target is never the message’s to choose', async (_what, data) => {
    const { injected, ask } = setup();
    expect((await ask(data, CONTENT)).ok, 'the payload is an empty object').toBe(false);
    expect(injected, 'nothing runs').toEqual([]);
  });

  it('answers a failed injection as an error value', async () => {
    const { ask } = setup('Cannot access contents of the page');
    expect(await ask({}, CONTENT), 'errors cross as values, with the route’s context').toEqual({ ok: false, error: 'could not load the card: Cannot access contents of the page' });
  });
});

describe('senderFrame', () => {
  it.each([
    [{ tab: { id: 3 }, frameId: 7 }, { tabId: 3, frameId: 7 }, 'a frame of a tab'],
    [{ tab: { id: 3 } }, { tabId: 3, frameId: 0 }, 'no frame id: the top frame'],
    [{ tab: { id: 3 }, frameId: -1 }, { tabId: 3, frameId: 0 }, 'a negative frame id is no frame: the top frame'],
    [{ tab: {} }, null, 'a tab without an id'],
    [{ tab: { id: -1 } }, null, 'TAB_ID_NONE (-1) is no tab'],
    [{}, null, 'no tab'],
    [undefined, null, 'no sender'],
  ])('%j → %j (%s)', (sender, expected, rule) => {
    expect(senderFrame(sender as MessageSenderLike | undefined), rule).toEqual(expected);
  });
});
