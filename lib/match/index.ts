/**
 * lib/match public API. Pure: imports nothing from the DOM or the browser.
 *
 *   compileDictionary(entities, {version}) → CompiledDictionary      (background; plain JSON, cache by version)
 *   createMatcher(dict) → { scan(text), resolve(mentions, {pageDate}) }   (CLI, tests: the whole dictionary)
 *   buildPageIndex(dict) → PageIndex; sliceFor(index, known, added) → DictSlice   (background, page-index.ts)
 *   new SliceMatcher(firstSlice).extend(slice, asked) → the same Matcher, grown from a page's slices
 *     (content script; slice-matcher.ts; same answers as createMatcher(dict), property-tested)
 *
 * Per page: `scan` each block's text (offsets are UTF-16 offsets into that text), then
 * `resolve` every mention of the page once and highlight only what `resolve` returns:
 *   - `entity: null` + `candidates`: ambiguous; the card lists the candidates.
 *   - `via: 'title'` + `office`: "the president of Kazakhstan"; entity = holder on pageDate.
 *   - `evidenceOnly` mentions (aliases with standalone: false) exist only to feed
 *     resolve(), which removes them.
 */
export { compileDictionary } from './compile';
export { createMatcher } from './matcher';
export type { CompiledDictionary } from './types';
