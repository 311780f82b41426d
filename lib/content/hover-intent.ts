/**
 * Hover intent: a card opens only once the pointer rests on a mention. Opening on the
 * first touch (the old behaviour, ~20 ms) put four 380×560 px cards over the text while
 * the reader just moved the pointer along a line (issue 12).
 *
 * The rule: the pointer must stay on one mention, within REST_TOLERANCE_PX of where it
 * settled, for the delay (a display setting, default 300 ms; 0 opens at once). Moving on
 * to another mention, or more than the tolerance along the same one, starts the wait
 * again, so sweeping across a line of names opens nothing. When the wait ends the point
 * is hit-tested again: a page that scrolled under a still pointer has moved the name away.
 * Keyboard focus and the walk do not pass through here: they open at once.
 */
import type { HoverTarget } from './hover-card';

/** Hand tremor while "resting" (hoverIntent's classic sensitivity is 6–7 px per 100 ms). */
export const REST_TOLERANCE_PX = 6;

export interface HoverIntentDeps {
  /** The current delay, ms (read on every new wait, so a settings change applies at once). */
  delay(): number;
  keyOf(target: HoverTarget): string;
  /** The mention under a point now (for the check when the wait ends). */
  hitTest(x: number, y: number): HoverTarget | null;
  /** The pointer rested long enough: open this mention's card. */
  open(target: HoverTarget): void;
}

interface Pending {
  key: string;
  /** Where the pointer settled; moving further than the tolerance restarts the wait. */
  x: number;
  y: number;
  /** The latest pointer position (hit-tested again when the wait ends). */
  lastX: number;
  lastY: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export class HoverIntent {
  private pending: Pending | null = null;

  constructor(
    private deps: HoverIntentDeps,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.cancel());
  }

  /** Key of the mention waiting to open, if any. */
  get waitingFor(): string | null {
    return this.pending?.key ?? null;
  }

  /** The pointer is over `target` at (x, y) (one call per frame of pointer movement). */
  over(target: HoverTarget, x: number, y: number): void {
    const key = this.deps.keyOf(target);
    const p = this.pending;
    if (p && p.key === key && Math.hypot(x - p.x, y - p.y) <= REST_TOLERANCE_PX) {
      p.lastX = x;
      p.lastY = y;
      return; // still resting: the wait goes on
    }
    this.cancel();
    const delay = this.deps.delay();
    if (delay <= 0) {
      this.deps.open(target);
      return;
    }
    const next: Pending = { key, x, y, lastX: x, lastY: y, timer: undefined };
    next.timer = setTimeout(() => this.fire(next), delay);
    this.pending = next;
  }

  /** The pointer left every mention (or went into the card): nothing opens. */
  cancel(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = null;
  }

  private fire(p: Pending): void {
    if (this.pending !== p) return;
    this.pending = null;
    const now = this.deps.hitTest(p.lastX, p.lastY);
    if (now && this.deps.keyOf(now) === p.key) this.deps.open(now);
  }
}
