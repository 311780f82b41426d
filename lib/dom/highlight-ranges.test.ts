import { describe, expect, it } from 'vitest';
import { report } from './highlight-ranges';

/** An IntersectionObserver entry with only what `report` reads. */
function entry(rect: { top: number; bottom: number; width?: number; height?: number }, root: { top: number; bottom: number } | null, isIntersecting: boolean) {
  const target = {} as Element;
  const r = { top: rect.top, bottom: rect.bottom, width: rect.width ?? 100, height: rect.height ?? rect.bottom - rect.top };
  const rootBounds = root ? { top: root.top, bottom: root.bottom, height: root.bottom - root.top } : null;
  return { target, e: { target, isIntersecting, boundingClientRect: r, rootBounds } as unknown as IntersectionObserverEntry };
}

describe('report: an IntersectionObserver entry as a side of the widened viewport', () => {
  const root = { top: -900, bottom: 1800 };
  it.each<[string, Parameters<typeof entry>, string]>([
    ['an intersecting block is near', [{ top: 100, bottom: 200 }, root, true], 'near'],
    ['a block ending above the widened viewport is above', [{ top: -2000, bottom: -900 }, root, false], 'above'],
    ['a block starting below it is below', [{ top: 1800, bottom: 1900 }, root, false], 'below'],
    ['a block with no box (display: none) is hidden', [{ top: 0, bottom: 0, width: 0, height: 0 }, root, false], 'hidden'],
    ['a block level with the viewport but not intersecting (clipped, off to a side) is unknown', [{ top: 100, bottom: 200 }, root, false], 'unknown'],
    ['without root bounds (a cross-origin frame) the side is unknown', [{ top: -5000, bottom: -4900 }, null, false], 'unknown'],
  ])('%s', (rule, args, side) => {
    const { e } = entry(...args);
    expect(report(e, 0).side, rule).toBe(side);
  });

  it('gives document-relative edges and the widened viewport height for the group height check', () => {
    const { e, target } = entry({ top: -2000, bottom: -1900 }, root, false);
    expect(report(e, 5000), 'edges shifted by the scroll offset; root height passed on').toEqual({ target, side: 'above', top: 3000, bottom: 3100, rootHeight: 2700 });
  });
});
