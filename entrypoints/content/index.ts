import { defineContentScript } from '#imports';
import { sendMessage, onMessage } from '@/lib/messages';
import { PageController } from '@/lib/content/controller';
import './highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    const abort = new AbortController();
    ctx.onInvalidated(() => abort.abort());
    const controller = new PageController(
      {
        async getDictionary(knownVersion) {
          const r = await sendMessage('getDictionary', knownVersion ? { knownVersion } : {});
          if (!r.ok) throw new Error(r.error);
          return r;
        },
        async getCards(ids) {
          const r = await sendMessage('getCards', { ids });
          if (!r.ok) throw new Error(r.error);
          return r.cards;
        },
      },
      abort.signal,
    );
    const stopChanged = onMessage('dictionaryChanged', () => void controller.refresh());
    const stopSummary = onMessage('getPageSummary', () => controller.summary());
    abort.signal.addEventListener('abort', () => {
      stopChanged();
      stopSummary();
    });
    controller.start().catch((error: unknown) => console.warn('[Silk Lens]', error));
  },
});
