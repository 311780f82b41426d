/**
 * The page tools (page-tools.ts) as the content script gets them: a second stage the
 * background injects into this frame's isolated world on request (entrypoints/page-tools.ts,
 * lib/background/card-ui-route.ts), at the first walk, reveal or summary, never before.
 * Measured on the production build (2026-12-03, Chrome and Firefox alike): the content
 * script went from 89,466 to 88,421 B raw and 32,328 to 31,946 B gzip with this loader in
 * it; page-tools.js is 3.0 kB raw / 1.4 kB gzip, parsed only where the reader walks or
 * opens the popup. If the stage cannot be had, the page still underlines and opens cards;
 * only the walk and the popup's list and reveal wait for the next try.
 */
import type { PageTools } from './page-tools';
import { stageLoader } from './stage-handoff';

/** The slot on the isolated world's global object (stage-handoff.ts). */
export const PAGE_TOOLS_SLOT = 'silklensPageTools';

/** What the stage must have left: the parts the controller calls. */
export function isPageTools(value: unknown): value is PageTools {
  const tools = value as Partial<PageTools> | null;
  return typeof tools === 'object' && tools !== null && typeof tools.MentionWalker === 'function' && typeof tools.pageSummary === 'function';
}

/** The loader for this frame: `request` asks the background to run the stage here. */
export function pageToolsLoader(request: () => Promise<void>, world: object = globalThis): () => Promise<PageTools | null> {
  return stageLoader(PAGE_TOOLS_SLOT, request, isPageTools, world);
}
