/**
 * The page tools: what a page needs only when the reader asks for it, not for the first
 * underline or the first card. The keyboard walk (keyboard-walk.ts: its first step) and
 * the popup's page summary (page-summary.ts: the popup opened). The content script ships
 * without them and loads them at the first use (page-tools-stage.ts); the PDF reader page
 * bundles them (lib/pdf/reader-matching.ts).
 */
import { KeyboardWalk } from './keyboard-walk';
import { pageSummary } from './page-summary';

export const pageTools = { KeyboardWalk, pageSummary };

export type PageTools = typeof pageTools;
