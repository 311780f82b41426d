/**
 * What the popup says about the current tab, from what is true: Silk Lens found things,
 * found nothing, is switched off here (by the reader or an administrator), has not
 * started (a tab open before install), or cannot run here at all (browser pages).
 */
import { isSiteBlocked } from '../../lib/settings/site-match';

export type PageStatus = 'found' | 'nothing' | 'off' | 'denied' | 'notStarted' | 'cannotRun';

export interface StatusInput {
  url: string | undefined;
  /**
   * Did the tab's content script (or the PDF reader page) answer, and with how many
   * entities? `enabled: false`: it answered that Silk Lens is off for what it shows (the
   * reader, for a PDF whose site is switched off or denied).
   */
  summary: { entities: number; enabled?: boolean } | null;
  disabledSites: string[];
  deniedSites: string[];
}

/** Only web pages and local files can run the content script (manifest: `<all_urls>`). */
export function pageHost(url: string | undefined): string | undefined {
  if (!url || !/^https?:/i.test(url)) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

export function pageStatus({ url, summary, disabledSites, deniedSites }: StatusInput): PageStatus {
  const host = pageHost(url);
  // An administrator's deny list wins over everything the reader set.
  if (host && isSiteBlocked(host, deniedSites)) return 'denied';
  if (host && isSiteBlocked(host, disabledSites)) return 'off';
  if (summary?.enabled === false) return 'off';
  if (summary) return summary.entities > 0 ? 'found' : 'nothing';
  return host || /^file:/i.test(url ?? '') ? 'notStarted' : 'cannotRun';
}
