/**
 * The page tools (lib/content/page-tools.ts: the keyboard walk, the page summary),
 * injected on demand by the background into one frame's isolated world
 * (lib/background/card-ui-route.ts); the content script ships without them
 * (lib/content/page-tools-stage.ts). Wiring only: leave them where the content script takes
 * them. Not listed in the manifest and not web-accessible: no page can load or detect it.
 */
import { defineUnlistedScript } from '#imports';
import { pageTools } from '@/lib/content/page-tools';
import { PAGE_TOOLS_SLOT } from '@/lib/content/page-tools-stage';
import { offerStage } from '@/lib/content/stage-handoff';

export default defineUnlistedScript(() => {
  offerStage(PAGE_TOOLS_SLOT, pageTools);
});
