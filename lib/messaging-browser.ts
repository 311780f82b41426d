/**
 * The content script's messaging (lib/messaging-page.ts) over this browser's runtime.
 * Nothing runs at import: the runtime is touched at the first send or listener.
 */
import { browser } from '#imports';
import { pageMessaging } from './messaging-page';

export const { sendMessage, onMessage } = pageMessaging(browser.runtime);
