/**
 * Ranges for painted mentions and the nearness watcher the painter styles by.
 * StaticRange where the browser has it (live Ranges are updated by the browser on
 * every DOM mutation: 400–1,300 ms per tick on the 1,900-timestamp page, DESIGN.md).
 */
import { locate } from './collect';
import type { PageMention } from './page-model';

/** Builds the range of a mention; StaticRange in the browser, Range where it is missing. */
export type RangeFactory = (start: { node: Text; offset: number }, end: { node: Text; offset: number }) => AbstractRange;

export function defaultRangeFactory(doc: Document): RangeFactory {
  const Static = (globalThis as { StaticRange?: typeof StaticRange }).StaticRange;
  if (Static) return (a, b) => new Static({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
  return (a, b) => {
    const r = doc.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r;
  };
}

/** The range of a mention, or null when its offsets no longer fit its text nodes. */
export function rangeOfMention(m: PageMention, make: RangeFactory): AbstractRange | null {
  const a = locate(m.block, m.start);
  const b = locate(m.block, m.end, true);
  return a && b ? make(a, b) : null;
}

/** Watches block elements for nearness to the viewport (IntersectionObserver in the browser). */
export interface NearnessWatcher {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
}
export type NearnessFactory = (onChange: (el: Element, near: boolean) => void) => NearnessWatcher;

/** IntersectionObserver with a screen of margin above and below; undefined where it is missing. */
export function viewportNearness(win: (Window & typeof globalThis) | null): NearnessFactory | undefined {
  const IO = win?.IntersectionObserver;
  if (!IO) return undefined;
  return (onChange) => new IO((entries) => {
    for (const e of entries) onChange(e.target, e.isIntersecting);
  }, { rootMargin: '100% 0px 100% 0px' });
}
