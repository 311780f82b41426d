/**
 * Keyboard access to text that has no focusable element of its own: the in-page keys
 * (walk-keys.ts) or the browser command `walkMentions` (forwarded by the background) step
 * through the mentions in document order (the controller passes every one, underlined or
 * not, so "first mention only" hides none from the keyboard) and open each card with
 * focus in it. Part of the page tools stage (page-tools.ts), loaded at the first walk.
 */
import type { Painted } from '../dom/highlighter';

export interface WalkDeps {
  /** Mentions to walk, in document order. */
  ordered(): Painted[];
  open(p: Painted): void;
}

export class KeyboardWalk {
  /** Key of the mention last walked to. */
  private at: string | null = null;

  constructor(
    private deps: WalkDeps,
    private signal: AbortSignal,
  ) {}

  /** Last step and where it came from (the in-page keys or the browser command). */
  private last = { source: '', at: -Infinity };

  /**
   * Step to the next (1) or previous (-1) mention; false when there is none. The same
   * keys are the suggested keys of the walk-next/walk-previous commands (wxt.config.ts),
   * which a browser window handles as an accelerator first; the in-page listener is the
   * fallback when the command has no keys. Should a browser deliver one press both ways,
   * the second arrival from the other path within 150 ms is the same press: dropped.
   */
  walk(step: 1 | -1, source: 'key' | 'command' = 'command', now = performance.now()): boolean {
    if (this.signal.aborted) return false;
    const list = this.deps.ordered();
    if (list.length === 0) return false;
    if (this.last.source !== source && now - this.last.at < 150) return true;
    this.last = { source, at: now };
    const i = this.at === null ? -1 : list.findIndex((p) => p.mention.key === this.at);
    const next = i < 0 ? (step === 1 ? 0 : list.length - 1) : (i + step + list.length) % list.length;
    const p = list[next]!;
    this.at = p.mention.key;
    this.deps.open(p);
    return true;
  }
}
