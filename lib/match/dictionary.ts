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
} as const;

/**
 * One surface form: [spelling key, targets, flags, exact text, context index].
 * Targets are entity indexes (into `entities`), or `[officeIndex]` for a title.
 * `exact` is set only for case-sensitive forms; `context` indexes `contexts` (-1: none).
 */
export type DictForm = [key: string, targets: number[], flags: number, exact?: string, context?: number];

/** [entity index, from (ISO, '' = open), to (ISO, '' = still held)]. */
export type OfficeHolder = [entity: number, from: string, to: string];

/**
 * A place in title phrases: [English names, English demonyms, Russian genitives,
 * Russian masculine adjectives per case (казахстанский, казахстанского …)].
 */
export type TitlePlace = [en: string[], demonyms: string[], genitives: string[], adjectives: string[][]];

/**
 * How to say one office: [office index, place index (-1: none), English office words,
 * Russian office words (six case lists each), whole phrases from the roles' own titles].
 */
export type TitleGrammar = [office: number, place: number, en: string[], ru: string[][][], phrases: string[]];

export interface MatchPayload {
  format: typeof DICT_FORMAT;
  forms: DictForm[];
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
