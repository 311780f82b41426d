/**
 * Follows DOM changes and reports the changed nodes in batches: one callback per
 * quiet period, never for our own nodes (the card), and a full-rescan signal when a
 * burst is too big to handle piecemeal (SPA navigations replace the whole body).
 */
export interface DomWatcherOptions {
  ignore(node: Node): boolean;
  onChanges(nodes: Node[]): void;
  onFlood(): void;
  /** Batch window; a feed of chat messages or a live blog settles within it. */
  delayMs?: number;
  /** Longest a change waits while the page keeps changing. */
  maxWaitMs?: number;
  /** More changed nodes than this in one batch: rescan everything instead. */
  floodAt?: number;
}

export class DomWatcher {
  private pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flooded = false;
  /** When the oldest pending change arrived: a page that never stops changing still gets rescanned. */
  private firstPending = 0;

  constructor(root: Node, signal: AbortSignal, private options: DomWatcherOptions) {
    const observer = new MutationObserver((records) => this.record(records));
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(this.timer);
    });
  }

  private record(records: MutationRecord[]): void {
    const floodAt = this.options.floodAt ?? 2000;
    for (const r of records) {
      if (this.options.ignore(r.target)) continue;
      if (r.type === 'childList') {
        const relevant = [...r.addedNodes, ...r.removedNodes].some((n) => !this.options.ignore(n));
        if (!relevant) continue;
      }
      this.pending.add(r.target);
      if (this.pending.size > floodAt) this.flooded = true;
    }
    if (this.pending.size === 0 && !this.flooded) return;
    const now = Date.now();
    if (!this.firstPending) this.firstPending = now;
    clearTimeout(this.timer);
    // Debounce, but never past maxWaitMs: a ticker updating every 100 ms must not starve us.
    const wait = Math.max(0, Math.min(this.options.delayMs ?? 200, this.firstPending + (this.options.maxWaitMs ?? 1000) - now));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.firstPending = 0;
    const nodes = [...this.pending];
    const flooded = this.flooded;
    this.pending.clear();
    this.flooded = false;
    if (flooded) this.options.onFlood();
    else if (nodes.length) this.options.onChanges(nodes);
  }
}
