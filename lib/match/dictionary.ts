/**
 * The compiled dictionary's payload (`silklens-dict/1`): what `compileDictionary`
 * writes and `createMatcher` reads. Plain arrays, strings and numbers only, because
 * Chrome JSON-serialises extension messages; one form is a short tuple rather than an
 * object so the dictionary sent to every page stays small.
 */
import type { CompiledDictionary } from './types';

export const DICT_FORMAT = 'silklens-dict/1';

/** Bit flags of a dictionary form. */
export const FLAG = {
  /** Found via an alias (otherwise via a name in `names`). */
  alias: 1,
  /** Marked ambiguous: never a confident answer from the form alone. */
  ambiguous: 2,
  /** `standalone: false`: counts as evidence for resolution, never highlighted. */
  evidenceOnly: 4,
  /** Must match the original text exactly (acronyms, aliases of ≤3 letters). */
  caseSensitive: 8,
  /** A longer phrase that contains a name but is something else: matches, emits nothing. */
  blocker: 16,
  /** A title ("president of Kazakhstan"): targets hold one office index. */
  title: 32,
  /** A title ending with its place ("president of Kazakhstan"): void before a possessive 's. */
  placeLast: 64,
  /** From an alias of kind 'nickname': a place word before it voids the person (alias-rules.ts). */
  nickname: 128,
} as const;

/**
 * A form generated for one national language fires only in a block in that language:
 * its flags hold that language's LANG_BIT (script-lang.ts) shifted by GATE_SHIFT.
 * Older dictionaries have none of these bits, so their forms stay ungated.
 */
export const GATE_SHIFT = 8;
/** The flag bits above must stay below the gate: a test checks they do not overlap. */
export const FLAG_BITS = Object.values(FLAG).reduce((a, b) => a | b, 0);
export const gateOf = (flags: number): number => (flags >> GATE_SHIFT) & 31;

/**
 * Why a form matched when it is not a plain name (Mention.reason), shared by many forms:
 * [0, language, base] an inflected form (its grammar is per form), or [1, alias kind, base].
 */
export type ReasonEntry = [tag: 0 | 1, value: string, base: string];

/**
 * National-language forms travel as one entry per base name rather than one key per form:
 * [base text, targets, flags (with the gate), paradigm index, context index (-1 or absent: none),
 * alias kind (absent: none)]. The base text is both the reason's base and, with a paradigm,
 * every form: createMatcher concatenates and folds them (like title phrases). The grammar
 * (which ending, harmony, assimilation) is decided at compile time; the matcher only
 * joins strings. Per-form keys with a reason each cost +38 kB (+37 %) on the bundled pack.
 */
export type NationalEntry = [base: string, targets: number[], flags: number, paradigm: number, context?: number, kind?: string];

/**
 * A paradigm: the endings of one base, space-separated; each is one grammar character
 * ('0' + GRAMMAR_TERMS index, '-' none: the base itself), one character for how many
 * characters of the base to drop ('0' + n: Türkmenbaşy → Türkmenbaşa), then the ending.
 */
export function encodeParadigmItem(grammar: number, drop: number, ending: string): string {
  return encodeGrammar(grammar) + String.fromCharCode(GRAMMAR_BASE + drop) + ending;
}

export function decodeParadigm(paradigm: string): [grammar: number, drop: number, ending: string][] {
  return paradigm.split(' ').filter((item) => item.length >= 2).map((item) => [decodeGrammar(item[0]), item.charCodeAt(1) - GRAMMAR_BASE, item.slice(2)]);
}

/**
 * One surface form as the matcher uses it: [spelling key, targets, flags, exact text,
 * context index, reason index, grammar index]. Targets are entity indexes (into `entities`),
 * or `[officeIndex]` for a title. `exact` is set only for case-sensitive forms; `context`
 * indexes `contexts`; `reason` indexes `reasons` (-1: none); `grammar` indexes GRAMMAR_TERMS
 * (-1: none, the base itself).
 */
export type DictForm = [key: string, targets: number[], flags: number, exact?: string, context?: number, reason?: number, grammar?: number];

/**
 * On the wire, forms that share targets and rules travel as one group whose keys are
 * front-coded (sorted; each key is one character for the length of the prefix it shares
 * with the previous key, then the rest), separated by newlines. The six case forms of a
 * name share long prefixes (токаев, токаева, токаеву …): this cut the bundled pack's
 * dictionary JSON by a quarter (2026-11-23: 103 kB → 77 kB).
 */
export type DictFormGroup = [keys: string, targets: number[], flags: number, exact?: string, context?: number, reason?: number, grammars?: string];

/**
 * A group's grammars: one character per key in decoded order, '0' + GRAMMAR_TERMS index,
 * or '-' for none. One group per (base, language) keeps the reason itself (language and
 * base text) in one `reasons` entry: per-form reasons would have cost ~40 kB on the
 * bundled pack; this costs one character per form.
 */
const GRAMMAR_BASE = 0x30;
export const encodeGrammar = (g: number): string => (g < 0 ? '-' : String.fromCharCode(GRAMMAR_BASE + g));
const decodeGrammar = (ch: string | undefined): number => (ch === undefined || ch === '-' ? -1 : ch.charCodeAt(0) - GRAMMAR_BASE);

/** Prefix lengths are one printable character, '0' + n (never a quote or a backslash). */
const PREFIX_BASE = 0x30;
const MAX_PREFIX = 40;

export function encodeKeys(keys: string[]): string {
  const sorted = [...keys].sort();
  let prev = '';
  return sorted.map((key) => {
    let n = 0;
    while (n < MAX_PREFIX && n < prev.length && n < key.length && prev.charCodeAt(n) === key.charCodeAt(n)) n++;
    prev = key;
    return String.fromCharCode(PREFIX_BASE + n) + key.slice(n);
  }).join('\n');
}

export function decodeKeys(encoded: string): string[] {
  const out: string[] = [];
  let prev = '';
  for (const entry of encoded.split('\n')) {
    const key = prev.slice(0, entry.charCodeAt(0) - PREFIX_BASE) + entry.slice(1);
    out.push(key);
    prev = key;
  }
  return out;
}

/** Expand the wire groups into one DictForm per key. */
export function decodeForms(groups: DictFormGroup[]): DictForm[] {
  const out: DictForm[] = [];
  for (const [keys, targets, flags, exact, context, reason, grammars] of groups) {
    decodeKeys(keys).forEach((key, i) => {
      const form: DictForm = [key, targets, flags];
      if (exact !== undefined || context !== undefined || reason !== undefined) form.push(exact ?? '', context ?? -1);
      if (reason !== undefined && reason >= 0) form.push(reason, decodeGrammar(grammars?.[i]));
      out.push(form);
    });
  }
  return out;
}

/** [entity index, from (ISO, '' = open), to (ISO, '' = still held)]. */
export type OfficeHolder = [entity: number, from: string, to: string];

/**
 * A place in title phrases: [English names, English demonyms, Russian genitives,
 * Russian masculine adjectives per case (казахстанский, казахстанского …), and every
 * demonym/adjective form as evidence of the country, front-coded (see title-places.ts)].
 */
export type TitlePlace = [en: string[], demonyms: string[], genitives: string[], adjectives: string[][], evidence?: string];

/**
 * How to say one office: [office index, place index (-1: none), English office words,
 * Russian office words (six case lists each), whole phrases from the roles' own titles,
 * and those of them that name no place (kept only where the paragraph names it)].
 */
export type TitleGrammar = [office: number, place: number, en: string[], ru: string[][][], phrases: string[], unplaced?: string[]];

export interface MatchPayload {
  format: typeof DICT_FORMAT;
  forms: DictFormGroup[];
  /** Context word lists (spelling keys), referenced by DictForm[4]. */
  contexts: string[][];
  /** Reasons referenced by DictForm[5]; absent in dictionaries compiled before reasons existed. */
  reasons?: ReasonEntry[];
  /** National-language bases and their paradigms (absent in older dictionaries). */
  national?: NationalEntry[];
  paradigms?: string[];
  /** [office key, holders]; referenced by title forms. */
  offices: [office: string, holders: OfficeHolder[]][];
  /** Title phrases as parts, already spelling keys; createMatcher expands them (see titles.ts). */
  titlePlaces: TitlePlace[];
  titleGrammars: TitleGrammar[];
  /**
   * Words that make a person's name part of a place or institution named after them
   * ("Nazarbayev University", "проспект Назарбаева"): spelling keys of the word
   * right before / right after the name.
   */
  namedAfter: { before: string[]; after: string[] };
  /** Spelling-key stems of a word that voids a following title ("former president …"). */
  notCurrent: string[];
  /** Spelling keys of a word that voids a title before it ("Kazakhstan Premier League"). */
  notTitleBefore: string[];
}

export type MatchDictionary = CompiledDictionary & MatchPayload;

/** Check that a value received over messaging is a dictionary this matcher can read. */
export function asMatchDictionary(dict: CompiledDictionary): MatchDictionary {
  const d = dict as Partial<MatchDictionary>;
  if (d.format !== DICT_FORMAT || !Array.isArray(d.forms) || !Array.isArray(d.offices) || !Array.isArray(d.titleGrammars) || !Array.isArray(dict.entities)) {
    throw new Error(`not a ${DICT_FORMAT} dictionary (format: ${String(d.format)})`);
  }
  return dict as MatchDictionary;
}
