/**
 * Follows DOM changes and hands over the MutationRecords in batches: one callback per
 * quiet period (bounded by maxWaitMs), never for our own nodes (the card), and a
 * full-rescan signal when a burst is too big to handle piecemeal (an SPA replacing
 * its whole body). The records themselves say which nodes were added, removed or
 * edited, so the page model can work on those, not on their containers.
 */
export interface DomWatcherOptions {
  ignore(node: Node): boolean;
  onChanges(records: MutationRecord[]): void;
  onFlood(): void;
  /**
   * Batch window (default 50 ms; was 200 ms when every batch cost O(page)): a burst of
   * changes from one render settles within it, and new content is underlined sooner.
   */
  delayMs?: number;
  /** Longest a change waits while the page keeps changing (default 500 ms). */
  maxWaitMs?: number;
  /** More added/removed/edited nodes than this in one batch: rescan everything instead. */
  floodAt?: number;
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export class DomWatcher {
  private pending: MutationRecord[] = [];
  private touched = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flooded = false;
  /** When the oldest pending change arrived: a page that never stops changing still gets rescanned. */
  private firstPending = 0;
  private observer: MutationObserver;

  constructor(root: Node, signal: AbortSignal, private options: DomWatcherOptions) {
    this.observer = new MutationObserver((records) => this.record(records));
    this.observer.observe(root, OBSERVE);
    signal.addEventListener('abort', () => {
      this.observer.disconnect();
      clearTimeout(this.timer);
      this.pending = [];
    });
  }

  /** Also follow an open shadow root (mutations inside it do not reach the document's observer). */
  observe(root: Node): void {
    this.observer.observe(root, OBSERVE);
  }

  private record(records: MutationRecord[]): void {
    const floodAt = this.options.floodAt ?? 2000;
    const { ignore } = this.options;
    for (const r of records) {
      if (this.flooded) break;
      if (ignore(r.target)) continue;
      if (r.type === 'childList') {
        let relevant = 0;
        for (const n of r.addedNodes) if (!ignore(n)) relevant++;
        for (const n of r.removedNodes) if (!ignore(n)) relevant++;
        if (!relevant) continue;
        this.touched += relevant;
      } else this.touched++;
      this.pending.push(r);
      if (this.touched > floodAt) {
        this.flooded = true;
        this.pending = [];
      }
    }
    if (this.pending.length === 0 && !this.flooded) return;
    const now = Date.now();
    if (!this.firstPending) this.firstPending = now;
    clearTimeout(this.timer);
    // Debounce, but never past maxWaitMs: a ticker updating every 100 ms must not starve us.
    const wait = Math.max(0, Math.min(this.options.delayMs ?? 50, this.firstPending + (this.options.maxWaitMs ?? 500) - now));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.firstPending = 0;
    const records = this.pending;
    const flooded = this.flooded;
    this.pending = [];
    this.touched = 0;
    this.flooded = false;
    if (flooded) this.options.onFlood();
    else if (records.length) this.options.onChanges(records);
  }
}
