/**
 * The page tools: what a page needs only when the reader asks for it, not for the first
 * underline or the first card. The keyboard walk and the popup's reveal
 * (mention-walker.ts: at the first step or reveal) and the popup's page summary
 * (page-summary.ts: the popup opened). The content script ships
 * without them and loads them at the first use (page-tools-stage.ts); the PDF reader page
 * bundles them (lib/pdf/reader-matching.ts).
 */
import { MentionWalker } from './mention-walker';
import { pageSummary } from './page-summary';

export const pageTools = { MentionWalker, pageSummary };

export type PageTools = typeof pageTools;
