/**
 * A burst too big for piecemeal work means a full rescan. A page that floods again
 * and again (hostile, or an app rebuilding its whole DOM) would keep us rescanning
 * forever, so a flood soon after a full scan that itself answered a flood waits,
 * twice as long each time (250 ms up to 8 s); a quiet spell resets the wait.
 */
const QUIET_MS = 2000;
const MIN_MS = 250;
const MAX_MS = 8000;

export class FloodBackoff {
  private lastScanEnd = -Infinity;
  private lastScanFromFlood = false;
  private nextScanFromFlood = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Current wait before a flood rescan, ms (0: none). */
  wait = 0;

  constructor(
    private rescan: () => void,
    private signal: AbortSignal,
    private now: () => number = () => performance.now(),
  ) {
    signal.addEventListener('abort', () => clearTimeout(this.timer));
  }

  /** A full scan starts (flood or not) and ends: what the next flood is measured against. */
  scanStarted(): void {
    this.lastScanFromFlood = this.nextScanFromFlood;
    this.nextScanFromFlood = false;
  }

  scanEnded(): void {
    this.lastScanEnd = this.now();
  }

  flood(): void {
    const again = this.lastScanFromFlood && this.now() - this.lastScanEnd < QUIET_MS;
    this.nextScanFromFlood = true;
    this.wait = again ? Math.min(MAX_MS, Math.max(MIN_MS, this.wait * 2)) : 0;
    if (this.timer !== undefined) return; // one deferred rescan covers every flood until it runs
    if (!this.wait) return this.rescan();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.signal.aborted) this.rescan();
    }, this.wait);
  }
}
