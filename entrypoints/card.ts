/**
 * The card UI, injected on demand by the background into one frame's isolated world
 * (lib/background/card-ui-route.ts); the content script ships without it
 * (lib/content/lazy-card.ts), and with it the rest of an open
 * (lib/content/card-open-flow.ts). Wiring only: leave the factory where the content script
 * takes it (lib/content/card-ui-handoff.ts). Not listed in the manifest and not
 * web-accessible: no page can load or detect it.
 */
import { defineUnlistedScript } from '#imports';
import { CardHost } from '@/components/CardHost';
import { offerCardUi } from '@/lib/content/card-ui-handoff';
import { cardUiParts } from '@/lib/content/card-open-flow';

export default defineUnlistedScript(() => {
  // The rest of an open (the card's props, the reader's data) and the walk's mark come along.
  offerCardUi(Object.assign((doc: Document, signal: AbortSignal) => new CardHost(doc, signal), cardUiParts));
});
