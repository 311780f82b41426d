/**
 * `loadCardUi`: a content script asks for the card UI (entrypoints/card.ts → /card.js) in
 * its own frame. The content script ships without it (lib/content/lazy-card.ts explains
 * why); the background runs it into the sender's frame with scripting.executeScript, in
 * the extension's isolated world, where it hands its factory to the content script
 * (lib/content/card-ui-handoff.ts). `loadPageTools` does the same for the page tools
 * (entrypoints/page-tools.ts → /page-tools.js: the keyboard walk and the page summary,
 * lib/content/page-tools-stage.ts).
 *
 * Not a web-accessible resource: a page could then load our file by URL and so detect
 * Silk Lens. Not eval either. Only a content script may ask (the router checks the
 * sender), and the target is the sender's own tab and frame as the browser reports them,
 * never anything the message says. The `scripting` permission is in the manifest; the
 * host access is the one the content script runs under (the script ran there, so it
 * was granted: Firefox MV3 asks the user for it).
 */
import { browser } from 'wxt/browser';
import type { MessageSenderLike } from './sender';
import type { Route } from './router';

/** The built card UI (WXT unlisted script `entrypoints/card.ts`). */
export const CARD_UI_FILE = '/card.js';
/** The built page tools (WXT unlisted script `entrypoints/page-tools.ts`). */
export const PAGE_TOOLS_FILE = '/page-tools.js';

export interface FrameTarget {
  tabId: number;
  frameId: number;
}

/** Run one of our own scripts (a file of this extension, named here, never by a message) in one frame. */
export type InjectScript = (target: FrameTarget, file: typeof CARD_UI_FILE | typeof PAGE_TOOLS_FILE) => Promise<void>;

/** Run a script in one frame of one tab. */
export const injectScript: InjectScript = async ({ tabId, frameId }, file) => {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
};

/** The sender's own frame, or null when the browser did not say which tab it is in. */
export function senderFrame(sender: MessageSenderLike | undefined): FrameTarget | null {
  const tabId = sender?.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return null;
  const frameId = typeof sender?.frameId === 'number' && sender.frameId >= 0 ? sender.frameId : 0;
  return { tabId, frameId };
}

/** Run `file` in the sender's own frame. */
async function intoSenderFrame(inject: InjectScript, file: Parameters<InjectScript>[1], sender: MessageSenderLike | undefined): Promise<object> {
  const target = senderFrame(sender);
  if (!target) throw new Error('the sender is in no tab');
  await inject(target, file);
  return {};
}

export function createCardUiRoutes(inject: InjectScript = injectScript): { loadCardUi: Route<'loadCardUi'>; loadPageTools: Route<'loadPageTools'> } {
  return {
    loadCardUi: {
      allowedFrom: ['content-script'],
      errorContext: 'could not load the card',
      handler: (_data, sender) => intoSenderFrame(inject, CARD_UI_FILE, sender),
    },
    loadPageTools: {
      allowedFrom: ['content-script'],
      errorContext: 'could not load the page tools',
      handler: (_data, sender) => intoSenderFrame(inject, PAGE_TOOLS_FILE, sender),
    },
  };
}
