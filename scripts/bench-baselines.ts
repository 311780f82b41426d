/**
 * The bare baselines `npm run bench` sets beside Silk Lens, run on the same page with the
 * extension switched off for the site: a TreeWalker pass over every text node (the floor
 * any highlighter pays), mark.js `mark(array)` over the matcher's terms, and mark.js
 * `markRegExp` with one combined pattern of those terms. Each timed in the page from its
 * start to the end of the next frame (rAF, then a task), as Silk Lens is timed to its
 * painted frame. mark.js runs are capped: past the cap the page's script is terminated.
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { openPage } from './bench-measure';
import { combinedPattern } from './bench-pattern';

const MARK_JS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');

/** A run that hit the cap: the page was stopped, the time is "more than capMs". */
export const OVER_CAP = Number.POSITIVE_INFINITY;

/**
 * TreeWalker over text nodes, summing their lengths (so the walk cannot be optimised away).
 * No frame: the walk changes nothing to paint, and waiting for one would add up to a
 * vsync interval of noise to a few milliseconds of work.
 */
export async function walkMs(page: Page): Promise<{ ms: number; chars: number }> {
  return page.evaluate(() => {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    return { ms: performance.now() - t0, chars };
  });
}


export type MarkMode = 'array' | 'regexp';

/**
 * Terms per `mark(array)` call. mark.js 8.11.1 searches the next term from the previous
 * term's `done` callback, synchronously, so one call recurses once per term: measured here,
 * 12,105 terms on a 100 KB page threw "Invalid regular expression … Stack overflow" after
 * 33 s (the regex of whichever term was reached when the stack ran out, English or
 * Russian alike). In batches of this size, called one after another inside the same timed
 * run over terms already sorted longest first (as mark.js sorts each call's terms), the
 * page gets the same searches in the same order as one call would make.
 */
export const MARK_ARRAY_BATCH = 500;

/** `terms` longest first (stable, as mark.js orders a call's keywords), in batches for `mark(array)`. */
export function markArrayBatches(terms: string[], size = MARK_ARRAY_BATCH): string[][] {
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  const out: string[][] = [];
  for (let i = 0; i < sorted.length; i += size) out.push(sorted.slice(i, i + size));
  return out;
}

/**
 * mark.js on a fresh copy of the page (it rewrites the DOM): `mark(terms)` whole terms,
 * exact word boundaries, no diacritics expansion (the kindest options for its speed), or
 * `markRegExp` with the combined pattern. Returns ms and marks made, OVER_CAP past the
 * cap, or ms null and the error when mark.js threw.
 */
export async function markJs(context: BrowserContext, url: string, mode: MarkMode, terms: string[], capMs: number): Promise<{ ms: number | null; marks: number; error?: string }> {
  const page = await openPage(context, url);
  const cdp = await context.newCDPSession(page);
  try {
    await page.addScriptTag({ path: MARK_JS });
    const arg = mode === 'array' ? { mode, batches: markArrayBatches(terms), pattern: null } : { mode, batches: [], pattern: combinedPattern(terms) };
    let timer: NodeJS.Timeout | undefined;
    const capped = new Promise<'cap'>((resolve) => (timer = setTimeout(() => resolve('cap'), capMs)));
    const run = page.evaluate(async ({ mode, batches, pattern }) => {
      type MarkInstance = { mark(t: string[], o: object): void; markRegExp(r: RegExp, o: object): void };
      const Mark = (window as unknown as { Mark: new (el: Element) => MarkInstance }).Mark;
      const t0 = performance.now();
      const instance = new Mark(document.body);
      let marks = 0;
      if (mode === 'array') {
        // One batch after another, synchronously, as one call would run them (MARK_ARRAY_BATCH).
        for (const batch of batches) marks += await new Promise<number>((done) => instance.mark(batch, { separateWordSearch: false, accuracy: 'exactly', diacritics: false, done }));
      } else marks = await new Promise<number>((done) => instance.markRegExp(new RegExp(pattern!.source, pattern!.flags), { done }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { ms: performance.now() - t0, marks };
    }, arg);
    // mark.js can fail in the page (a Russian page and 12,000 terms: "Invalid regular expression … Stack overflow").
    const outcome = await Promise.race([run.catch((error: Error) => error), capped]);
    clearTimeout(timer);
    if (outcome instanceof Error) return { ms: null, marks: -1, error: outcome.message.split('\n')[0] };
    if (outcome === 'cap') {
      // Stop the page's script so the browser is free for the next measurement.
      await cdp.send('Runtime.terminateExecution').catch(() => undefined);
      run.catch(() => undefined);
      return { ms: OVER_CAP, marks: -1 };
    }
    return outcome;
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}
