/**
 * Expand the dictionary's national-language entries (compile-national.ts) into trie forms
 * when the matcher is built: base text + paradigm → one folded key per form, each with the
 * base's targets, flags (language gate included) and a reason ("genitive of Тоқаев").
 * Only string joins and folds: the grammar was decided at compile time.
 */
import { decodeParadigm, GATE_SHIFT, type DictForm, type MatchDictionary, type ReasonEntry } from './dictionary';
import { foldKeyShared } from './normalize';

/** keyOf without copying the offset arrays (only the key is kept; ~2,000 forms per page load). */
const keyOf = (text: string): string => foldKeyShared(text).key.trim();
import { LANG_BIT, NATIONAL_LANGS } from './script-lang';

/** Appends the forms to `forms` and their reasons to `reasons` (a copy of the dictionary's table). */
export function expandNational(dict: MatchDictionary, forms: DictForm[], reasons: ReasonEntry[]): void {
  const paradigms = (dict.paradigms ?? []).map(decodeParadigm);
  for (const entry of dict.national ?? []) {
    if (!Array.isArray(entry)) continue;
    const [base, targets, flags, paradigm, context, kind] = entry;
    const items = paradigms[paradigm];
    if (typeof base !== 'string' || !Array.isArray(targets) || !items || typeof flags !== 'number') continue;
    // A target outside the entity list would break every later lookup: drop the entry.
    if (!targets.every((t) => Number.isInteger(t) && t >= 0 && t < dict.entities.length)) continue;
    const lang = NATIONAL_LANGS.find((l) => ((flags >> GATE_SHIFT) & 31) === LANG_BIT[l]);
    if (!lang) continue;
    // A nickname keeps its alias reason in every case ("Arkadagyň" is still "nickname").
    const reason = reasons.push(kind ? [1, kind, base] : [0, lang, base]) - 1;
    for (const [grammar, drop, ending] of items) {
      const key = keyOf(base.slice(0, base.length - drop) + ending);
      if (!key) continue;
      // The base itself (a new spelling: Cyrillic Uzbek, a national surname) is a plain name, unless it is a nickname.
      forms.push([key, targets, flags, '', context ?? -1, grammar < 0 && !kind ? -1 : reason, grammar]);
    }
  }
}
