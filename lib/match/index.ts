/**
 * lib/match public API. Pure: imports nothing from the DOM or the browser.
 *   compileDictionary(entities, {version}) → CompiledDictionary   (background)
 *   createMatcher(dict) → { scan(text), resolve(mentions, {pageDate}) }  (content script, CLI)
 *   inflectRussian(form, {type, gender}) → every case form  (pack linter)
 */
export { compileDictionary, type CompileOptions } from './compile';
export { createMatcher, type MatcherOptions } from './matcher';
export { inflectRussian } from './inflect';
export { foldKey, keyOf } from './normalize';
export { DICT_FORMAT } from './dictionary';
export type { CompiledDictionary, DictEntity, Matcher, Mention, ScanOptions } from './types';
