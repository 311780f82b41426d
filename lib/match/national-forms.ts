/**
 * Expand the dictionary's national-language entries (compile-national.ts) into trie forms
 * when the matcher is built: base text + paradigm → one folded key per form, each with the
 * base's targets, flags (language gate included) and a reason ("genitive of Тоқаев").
 * Only string joins and folds: the grammar was decided at compile time.
 */
import { decodeParadigm, GATE_SHIFT, type DictForm, type MatchDictionary, type NationalEntry, type ReasonEntry } from './dictionary';
import { foldKeyShared } from './normalize';
import { LANG_BIT, NATIONAL_LANGS } from './script-lang';

/** keyOf without copying the offset arrays (only the key is kept; ~2,000 forms per page load). */
const keyOf = (text: string): string => foldKeyShared(text).key.trim();

type Paradigm = ReturnType<typeof decodeParadigm>;

/** Appends the forms to `forms` and their reasons to `reasons` (a copy of the dictionary's table). */
export function expandNational(dict: MatchDictionary, forms: DictForm[], reasons: ReasonEntry[]): void {
  const paradigms = (dict.paradigms ?? []).map(decodeParadigm);
  for (const entry of dict.national ?? []) expandNationalEntry(entry, (i) => paradigms[i], dict.entities.length, forms, reasons);
}

/**
 * One entry's forms (none for a malformed entry). `entityCount`: targets must index the
 * entity list, else every later lookup would break. Page slices (slice-matcher.ts) call
 * this per entry with their own local numbering.
 */
export function expandNationalEntry(entry: NationalEntry, paradigmAt: (i: number) => Paradigm | undefined, entityCount: number, forms: DictForm[], reasons: ReasonEntry[]): void {
  if (!Array.isArray(entry)) return;
  const [base, targets, flags, paradigm, context, kind] = entry;
  const items = paradigmAt(paradigm);
  if (typeof base !== 'string' || !Array.isArray(targets) || !items || typeof flags !== 'number') return;
  if (!targets.every((t) => Number.isInteger(t) && t >= 0 && t < entityCount)) return;
  const lang = NATIONAL_LANGS.find((l) => ((flags >> GATE_SHIFT) & 31) === LANG_BIT[l]);
  if (!lang) return;
  // A nickname keeps its alias reason in every case ("Arkadagyň" is still "nickname").
  const reason = reasons.push(kind ? [1, kind, base] : [0, lang, base]) - 1;
  for (const [grammar, drop, ending] of items) {
    const key = keyOf(base.slice(0, base.length - drop) + ending);
    if (!key) continue;
    // The base itself (a new spelling: Cyrillic Uzbek, a national surname) is a plain name, unless it is a nickname.
    forms.push([key, targets, flags, '', context ?? -1, grammar < 0 && !kind ? -1 : reason, grammar]);
  }
}
