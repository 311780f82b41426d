/**
 * lib/match public API. Pure: imports nothing from the DOM or the browser.
 *
 *   compileDictionary(entities, {version}) → CompiledDictionary      (background; plain JSON, cache by version)
 *   createMatcher(dict) → { scan(text), resolve(mentions, {pageDate}) }   (content script, CLI)
 *   inflectRussian(form, {type, gender}) → every case form               (pack linter)
 *
 * Per page: `scan` each block's text (offsets are UTF-16 offsets into that text), then
 * `resolve` every mention of the page once and highlight only what `resolve` returns:
 *   - `entity: null` + `candidates`: ambiguous; the card lists the candidates.
 *   - `via: 'title'` + `office`: "the president of Kazakhstan"; entity = holder on pageDate.
 *   - `evidenceOnly` mentions (aliases with standalone: false) exist only to feed
 *     resolve(), which removes them.
 */
export { compileDictionary, type CompileOptions } from './compile';
export { createMatcher, type MatcherOptions } from './matcher';
export { inflectRussian } from './inflect';
export { foldKey, keyOf } from './normalize';
export { DICT_FORMAT } from './dictionary';
export { DEFAULT_BLOCKERS, NAMED_AFTER, NOT_CURRENT } from './blockers';
export type { CompiledDictionary, DictEntity, Matcher, Mention, ScanOptions } from './types';
