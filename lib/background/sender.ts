/**
 * Who sent a message, from what the browser says about the sender (never from the
 * message itself). The background answers content scripts only the three read requests
 * a page needs; everything else must come from one of this extension's own pages.
 *
 * Other extensions and web pages cannot reach the background at all (the manifest sets
 * no `externally_connectable`, and nothing listens on `runtime.onMessageExternal`); the
 * check below still refuses them, so a future manifest change cannot open a hole.
 */
export type SenderKind = 'content-script' | 'extension-page' | 'foreign' | 'unknown';

/** The fields of `runtime.MessageSender` this decision uses. */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  /** The sending frame in its tab (0: the top frame). */
  frameId?: number;
}

export interface ExtensionIdentity {
  /** `browser.runtime.id` */
  id: string;
  /** `browser.runtime.getURL('')`: `chrome-extension://<id>/` or `moz-extension://<uuid>/` */
  origin: string;
}

/** Web pages a content script may run in (the manifest matches `<all_urls>`). */
const PAGE_URL = /^(https?|file):/i;

export function classifySender(sender: MessageSenderLike | undefined, self: ExtensionIdentity): SenderKind {
  if (!sender || typeof sender !== 'object') return 'unknown';
  if (sender.id !== self.id) return 'foreign';
  const url = typeof sender.url === 'string' ? sender.url : '';
  // An extension page may sit in a tab (the options page does): its URL decides.
  if (self.origin && url.startsWith(self.origin)) return 'extension-page';
  if (sender.tab && PAGE_URL.test(url)) return 'content-script';
  return 'unknown';
}
