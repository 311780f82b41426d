/**
 * The page controller's questions to the background, from the reader page. The same
 * three routes the content script uses (getDictionary, getCards, getCardDetails): they
 * accept extension pages. Only entity ids travel; the PDF's text stays in the page.
 */
import { browser } from '#imports';
import type { ControllerDeps } from '../content/controller';
import { sendMessage } from '../messages';
import { optionsEntityUrl } from '../card/options-link';

export type ReaderMessaging = Pick<ControllerDeps, 'getDictionary' | 'getCards' | 'getCardDetails' | 'openOptions' | 'optionsHref'>;

export function readerMessaging(): ReaderMessaging {
  return {
    async getDictionary(knownVersion) {
      const r = await sendMessage('getDictionary', knownVersion ? { knownVersion } : {});
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
    openOptions(entity) {
      void sendMessage('openEntity', { entity }).catch(() => {});
    },
    optionsHref: (entity) => optionsEntityUrl(browser.runtime.getURL('/options.html'), entity),
  };
}
