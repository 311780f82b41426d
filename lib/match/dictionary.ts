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
} as const;

/**
 * One surface form as the matcher uses it: [spelling key, targets, flags, exact text,
 * context index]. Targets are entity indexes (into `entities`), or `[officeIndex]` for
 * a title. `exact` is set only for case-sensitive forms; `context` indexes `contexts`.
 */
export type DictForm = [key: string, targets: number[], flags: number, exact?: string, context?: number];

/**
 * On the wire, forms that share targets and rules travel as one group whose keys are
 * front-coded (sorted; each key is one character for the length of the prefix it shares
 * with the previous key, then the rest), separated by newlines. The six case forms of a
 * name share long prefixes (токаев, токаева, токаеву …): this cut the bundled pack's
 * dictionary JSON by a quarter (2026-11-23: 103 kB → 77 kB).
 */
export type DictFormGroup = [keys: string, targets: number[], flags: number, exact?: string, context?: number];

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
  for (const [keys, targets, flags, exact, context] of groups) {
    for (const key of decodeKeys(keys)) {
      const form: DictForm = [key, targets, flags];
      if (exact !== undefined || context !== undefined) form.push(exact ?? '', context ?? -1);
      out.push(form);
    }
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
