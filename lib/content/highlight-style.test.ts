// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { adoptHighlightStyle, reclaimHighlightStyle } from './highlight-style';

const CSS_TEXT = '::highlight(silklens-person) { text-decoration: underline; }';
let abort = new AbortController();
afterEach(() => {
  abort.abort();
  document.adoptedStyleSheets = [];
});

/** happy-dom does not parse ::highlight rules, so ours is any sheet the page did not add. */
const ours = () => document.adoptedStyleSheets;

describe('highlight styles', () => {
  it('are applied only when the content script runs, and removed when it stops', () => {
    expect(ours(), 'nothing before the content script decides to run').toHaveLength(0);
    abort = new AbortController();
    adoptHighlightStyle(document, CSS_TEXT, abort.signal);
    expect(ours(), 'adopted once running').toHaveLength(1);
    abort.abort();
    expect(ours(), 'gone after teardown').toHaveLength(0);
  });

  it('come back before the next paint when the page reassigns adoptedStyleSheets', () => {
    abort = new AbortController();
    adoptHighlightStyle(document, CSS_TEXT, abort.signal);
    expect(reclaimHighlightStyle(), 'untouched: nothing to reclaim').toBe(false);
    document.adoptedStyleSheets = [];
    expect(reclaimHighlightStyle(), 'the page dropped our sheet: reclaimed').toBe(true);
    expect(ours(), 'our sheet is back, once').toHaveLength(1);
  });

  it('keep the page’s own adopted sheets', () => {
    const page = new CSSStyleSheet();
    page.replaceSync('p { color: red; }');
    document.adoptedStyleSheets = [page];
    abort = new AbortController();
    adoptHighlightStyle(document, CSS_TEXT, abort.signal);
    abort.abort();
    expect(document.adoptedStyleSheets, 'adding and removing ours leaves the page’s alone').toEqual([page]);
  });

  it('do nothing when the script was already stopped', () => {
    const stopped = new AbortController();
    stopped.abort();
    adoptHighlightStyle(document, CSS_TEXT, stopped.signal);
    expect(ours(), 'a stopped script adds nothing').toHaveLength(0);
    expect(reclaimHighlightStyle(), 'and has nothing to reclaim').toBe(false);
  });
});
