/**
 * Long builds (compileDictionary, buildPageIndex) written once as generators that yield
 * between batches, then run either in one go (Node, tests, the scan CLI) or in slices
 * that give the event loop back: the background's compile at 200,000 entities took tens
 * of seconds in one task, and every card request and page message waited behind it.
 */

/** A build that yields (nothing) between batches and returns its result. */
export type Steps<T> = Generator<void, T, void>;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface SliceOptions {
  /** Work per slice before the event loop gets a turn (default 25 ms: a card request waits at most about that). */
  budgetMs?: number;
  /** How to give the event loop a turn (default: a macrotask, so messages and IndexedDB events run). */
  pause?: () => Promise<void>;
  now?: () => number;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runSliced<T>(steps: Steps<T>, { budgetMs = 25, pause = macrotask, now = () => performance.now() }: SliceOptions = {}): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (now() - sliceStart >= budgetMs) {
      await pause();
      sliceStart = now();
    }
  }
}

