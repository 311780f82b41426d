/**
 * Time slices for page-side work: the first scan of a 100k-text-node page was one
 * 711–744 ms task. Work runs in slices of about SLICE_MS and yields to the event loop
 * between them, so input and the page's own scripts run in the gaps.
 */
export const SLICE_MS = 8;

type SchedulerLike = { yield?: () => Promise<void> };

/**
 * Give the event loop a turn: `scheduler.yield()` where the browser has it (the
 * continuation keeps its priority), else a MessageChannel message (setTimeout(0) is
 * clamped to 4 ms after a few nestings).
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A slice's clock: `over()` once the slice has run its course. */
export interface SliceClock {
  start(): void;
  over(): boolean;
  /** Milliseconds since start(). */
  elapsed(): number;
}

export function sliceClock(budgetMs = SLICE_MS, now: () => number = () => performance.now()): SliceClock {
  let began = now();
  return {
    start: () => void (began = now()),
    over: () => now() - began >= budgetMs,
    elapsed: () => now() - began,
  };
}
