/**
 * The page controller's questions to the background, shared by the content script and
 * the PDF reader page (getDictionary, getCards, getCardDetails accept both). Entity ids
 * and hashes of the page's words travel (docs/privacy.md); a page's text stays in the page.
 */
import { browser } from '#imports';
import type { ControllerDeps } from './controller';
import { sendMessage } from '../messaging-browser';
import { optionsEntityUrl } from '../card/options-link';

export type ControllerMessaging = Pick<ControllerDeps, 'getDictionary' | 'getCards' | 'getCardDetails' | 'openOptions' | 'optionsHref'>;

export function controllerMessaging(): ControllerMessaging {
  return {
    async getDictionary(request) {
      const r = await sendMessage('getDictionary', request);
      if (!r.ok) throw new Error(r.error);
      return r;
    },
    async getCards(ids, pageDate) {
      const r = await sendMessage('getCards', { ids, ...(pageDate ? { pageDate } : {}) });
      if (!r.ok) throw new Error(r.error);
      return r.cards;
    },
    async getCardDetails(ids, pageDate) {
      const r = await sendMessage('getCardDetails', { ids, ...(pageDate ? { pageDate } : {}) });
      if (!r.ok) throw new Error(r.error);
      return r.cards;
    },
    // The card's link to the entity in the options page: a content script may not
    // navigate to an extension page (and making it web-accessible would let any page
    // probe for Silk Lens), so the background opens it on the reader's click.
    openOptions(entity) {
      void sendMessage('openEntity', { entity }).catch(() => {});
    },
    optionsHref: (entity) => optionsEntityUrl(browser.runtime.getURL('/options.html'), entity),
  };
}
