// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { flowRoot, report } from './highlight-ranges';

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

  it('gives document-relative edges, the height and document-relative bounds of the widened viewport (group height and position checks)', () => {
    const { e, target } = entry({ top: -2000, bottom: -1900 }, root, false);
    expect(report(e, 5000), 'edges shifted by the scroll offset; root height passed on').toEqual({ target, side: 'above', top: 3000, bottom: 3100, rootHeight: 2700, viewTop: 4100, viewBottom: 6800 });
  });
});

describe('flowRoot: the node under which a block stacks in document order', () => {
  /** A window whose computed styles come from a table (happy-dom has no layout): only what followsFlow reads. */
  function win(styles: Map<Element, Partial<CSSStyleDeclaration>>): Window {
    const base = { display: 'block', position: 'static', float: 'none', transform: 'none', columnCount: 'auto', columnWidth: 'auto', writingMode: 'horizontal-tb' };
    return { getComputedStyle: (el: Element) => ({ ...base, ...styles.get(el) }) } as unknown as Window;
  }

  it.each<[string, string, Record<string, Partial<CSSStyleDeclaration>>, string | null]>([
    ['paragraphs of nested articles in block flow share the body', '<main><article><p id="t">x</p></article></main>', {}, 'BODY'],
    ['a flex container stops the climb: its block child stacks under it', '<main id="m"><div id="f"><section><p id="t">x</p></section></div></main>', { f: { display: 'flex' } }, 'SECTION'],
    ['a flex item itself has no flow root (watched alone)', '<div id="f"><p id="t">x</p></div>', { f: { display: 'flex' } }, null],
    ['an absolutely positioned block is watched alone', '<div><p id="t">x</p></div>', { t: { position: 'absolute' } }, null],
    ['a transformed ancestor is the root of the blocks inside it', '<main><div id="x"><p id="t">x</p></div></main>', { x: { transform: 'matrix(1, 0, 0, 1, 0, 40)' } }, 'DIV'],
    ['a table cell is watched alone', '<table><tbody><tr><td id="t">x</td></tr></tbody></table>', { t: { display: 'table-cell' } }, null],
  ])('%s', (rule, html, styleById, rootTag) => {
    document.body.innerHTML = html;
    const styles = new Map<Element, Partial<CSSStyleDeclaration>>();
    for (const [id, s] of Object.entries(styleById)) styles.set(document.getElementById(id)!, s);
    const root = flowRoot(win(styles), document.getElementById('t')!);
    expect(root === null ? null : (root as Element).tagName, rule).toBe(rootTag);
  });
});
