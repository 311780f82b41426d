/**
 * Patronymics between a given name and a surname («Сердар Гурбангулыевич Бердымухамедов»,
 * "Kassym-Jomart Kemeluly Tokayev", "Shavkat Miromon o'g'li Mirziyoyev") or after them
 * when the surname comes first («Тоқаев Қасым-Жомарт Кемелұлы»). The fact base lists a
 * person's names without their father's name, so the scan bridges the patronymic: it
 * reads the given name and the surname as if the patronymic were not there, and a
 * match of the full name then covers the whole span.
 *
 * Everything here works on the spelling key (normalize.ts: lower case, ы/й → и, y → i,
 * қ → к, ұ/ү → у, doubled letters collapsed, o'g'li → ogli, hyphens → spaces).
 *
 * Shapes (Russian from the standard formation of patronymics, -ович/-евич for men and
 * -овна/-евна/-ична for women, declined like nouns; Turkic from the words for "son" and
 * "daughter" written after the father's name, fused or apart):
 * - Russian: -ович -евич -ич (Ильич, Кузьмич; + а у ем е), -овна -евна -ична -инична (+ ы е у ой ою);
 *   Latin -ovich -evich -ovna -evna -ichna;
 * - Kazakh/Karakalpak -ұлы/-улы/-uly, -қызы/-кызы/-qyzy/-kyzy; Kyrgyz уулу/uulu, кызы;
 *   Uzbek ўғли/угли/o'g'li/ugli, qizi/кизи; Turkmen ogly/oglu, gyzy; Azerbaijani oğlu, qızı.
 */
import { FLAG, type DictForm } from './dictionary';
import { isCapital } from './alias-rules';
import { isWordChar, type FoldedText } from './normalize';
import type { Trie } from './trie';

/** One fused or separate word that is a patronymic by its ending (keys). */
const RUSSIAN_PATRONYMIC = /(?:ович|евич|ич)(?:а|у|ем|е)?$|(?:овн|евн|ичн)(?:а|и|е|у|ои|ою)$/;
const LATIN_PATRONYMIC = /(?:ovich|evich|ovitch|evitch|ovna|evna|ichna)$/;
/** The Turkic "son of"/"daughter of" words as keys: fused to the father's name or standing after it. */
const TURKIC_MARKERS = ['ули', 'улу', 'кизи', 'гизи', 'угли', 'огли', 'оглу', 'uli', 'ulu', 'kizi', 'gizi', 'ugli', 'ogli', 'oglu'];
const TURKIC_FUSED = new RegExp(`(?:${TURKIC_MARKERS.join('|')})$`);
/** A patronymic needs a father's name before its ending ("Ильич", "Kemeluly"; not "uly"). */
const MIN_LENGTH = 5;
const MIN_FUSED_LENGTH = 6;

/** Is this key word a patronymic on its own ("гурбангулиевич", "кемелули", "miromonovich")? */
export function isPatronymicWord(word: string): boolean {
  if (word.length < MIN_LENGTH) return false;
  return RUSSIAN_PATRONYMIC.test(word) || LATIN_PATRONYMIC.test(word) || (word.length >= MIN_FUSED_LENGTH && TURKIC_FUSED.test(word));
}

/** Is this key word the separate "son of"/"daughter of" after a father's name ("o'g'li", "uulu", "кызы")? */
export function isPatronymicMarker(word: string): boolean {
  return TURKIC_MARKERS.includes(word);
}

/** Words of the key from `from`, separated by single spaces only (a comma or a dot ends the run). */
export function wordsFrom(key: string, from: number, to: number, max: number): [start: number, end: number][] {
  const out: [number, number][] = [];
  let p = from;
  while (out.length < max && p < to && isWordChar(key.charCodeAt(p))) {
    const start = p;
    while (p < to && isWordChar(key.charCodeAt(p))) p++;
    out.push([start, p]);
    if (key.charCodeAt(p) !== 0x20 || !isWordChar(key.charCodeAt(p + 1))) break;
    p++;
  }
  return out;
}

/** Up to three words of a given name ("kasim jomart"), then one or two of patronymic. */
const MAX_GIVEN_WORDS = 3;

/**
 * Ways to read the words at `p` as given name + patronymic: for each, the key offset where
 * the given name ends and where the patronymic ends. The surname (or the end of a
 * surname-first name) follows the patronymic.
 */
export function patronymicSplits(key: string, p: number, to: number): { givenEnd: number; patronymicEnd: number }[] {
  const words = wordsFrom(key, p, to, MAX_GIVEN_WORDS + 2);
  const out: { givenEnd: number; patronymicEnd: number }[] = [];
  for (let i = 1; i < words.length && i <= MAX_GIVEN_WORDS; i++) {
    const word = key.slice(words[i]![0], words[i]![1]);
    // "Kemeluly" / «Гурбангулыевич»: one word.
    if (isPatronymicWord(word)) out.push({ givenEnd: words[i - 1]![1], patronymicEnd: words[i]![1] });
    // "Miromon o'g'li" / "Tajibek kyzy": the father's name, then the marker.
    const next = words[i + 1];
    if (next && isPatronymicMarker(key.slice(next[0], next[1]))) out.push({ givenEnd: words[i - 1]![1], patronymicEnd: next[1] });
  }
  return out;
}

/** First words of multiword person names (keys), and their hashes for a test that allocates nothing. */
export interface GivenNames { words: Set<string>; hashes: Set<number> }

function hashOf(key: string, from: number, to: number): number {
  let h = 0;
  for (let p = from; p < to; p++) h = (Math.imul(h, 31) + key.charCodeAt(p)) | 0;
  return h;
}

/** The given names of a matcher's forms (the caller keeps them per matcher): where a bridge may start. */
export function givenNames(forms: DictForm[], isPerson: (entity: number) => boolean): GivenNames {
  const names: GivenNames = { words: new Set(), hashes: new Set() };
  for (const [key, targets, flags] of forms) {
    const space = key.indexOf(' ');
    if (space > 0 && !(flags & (FLAG.blocker | FLAG.title)) && targets.length > 0 && targets.every(isPerson)) {
      names.words.add(key.slice(0, space));
      names.hashes.add(hashOf(key, 0, space));
    }
  }
  return names;
}

/** Adds one given name (a key word) to the set. */
export function addGivenName(names: GivenNames, word: string): void {
  names.words.add(word);
  names.hashes.add(hashOf(word, 0, word.length));
}

function isGivenName(names: GivenNames, key: string, from: number, to: number): boolean {
  return names.hashes.has(hashOf(key, from, to)) && names.words.has(key.slice(from, to));
}

function wordEnd(key: string, p: number, to: number): number {
  while (p < to && isWordChar(key.charCodeAt(p))) p++;
  return p;
}

/** How far past a patronymic the surname is looked for (key characters). */
const BRIDGE_REACH = 64;

/**
 * The cheap tests, for the scan to run at every word start before anything is allocated:
 * a name starts with a capital letter, a bridge needs two more words after this one, and
 * either this word is a given name the plain reading does not run past, or the plain
 * reading (a surname) is followed by a given name.
 */
export function mayBridge(text: string, folded: FoldedText, p: number, to: number, plainEnd: number, names: GivenNames): boolean {
  if (!isCapital(text.charCodeAt(folded.start[p]!))) return false;
  const { key } = folded;
  const firstEnd = wordEnd(key, p, to);
  if (key.charCodeAt(firstEnd) !== 0x20 || !isWordChar(key.charCodeAt(firstEnd + 1))) return false;
  if (plainEnd <= firstEnd && isGivenName(names, key, p, firstEnd)) return true;
  return plainEnd > p && key.charCodeAt(plainEnd) === 0x20 && isGivenName(names, key, plainEnd + 1, wordEnd(key, plainEnd + 1, to));
}

export interface BridgeTables<R> {
  trie: Trie;
  names: GivenNames;
  /** Evaluate the forms found for key[k0, k1) as the scan does; a person's mention or null. */
  tryForms: (forms: number[], k0: number, k1: number) => R | null;
}

/**
 * The full name at `p` read across a patronymic: «Сердар Гурбангулыевич Бердымухамедов»
 * as "Сердар Бердымухамедов", «Тоқаев Қасым-Жомарт Кемелұлы» as "Қасым-Жомарт Тоқаев".
 * `person` is the plain reading at `p` when it is a person (a surname that may come first);
 * `plainEnd` where the plain reading ends (-1: none). Returns a mention only when it is
 * longer than the plain reading.
 */
export function bridgePatronymic<R>(text: string, folded: FoldedText, p: number, to: number, person: R | null, plainEnd: number, t: BridgeTables<R>): R | null {
  const { key } = folded;
  if (!mayBridge(text, folded, p, to, plainEnd, t.names)) return null;
  const firstEnd = wordEnd(key, p, to);
  // Given name, patronymic, surname: walk "given surname" with the patronymic cut out. Not
  // when the plain reading already runs past the first word: a full name has no patronymic
  // inside it (most names on a dense page end here).
  if (plainEnd <= firstEnd && isGivenName(t.names, key, p, firstEnd)) {
    for (const { givenEnd, patronymicEnd } of patronymicSplits(key, p, to)) {
      if (key.charCodeAt(patronymicEnd) !== 0x20) continue;
      const shift = patronymicEnd - givenEnd;
      // Enough of the text for a surname and a few more words; a word cut by the reach is finished.
      const rest = wordEnd(key, Math.min(to, patronymicEnd + 1 + BRIDGE_REACH), to);
      const synthetic = key.slice(p, givenEnd + 1) + key.slice(patronymicEnd + 1, rest);
      const r = longest(t, synthetic, p, (end) => (end > givenEnd + 1 - p ? p + end + shift : -1));
      if (r && r[1] > plainEnd) return r[0];
    }
  }
  // Surname, given name, patronymic last: walk "given surname".
  if (person && plainEnd > p && key.charCodeAt(plainEnd) === 0x20 && isGivenName(t.names, key, plainEnd + 1, wordEnd(key, plainEnd + 1, to))) {
    for (const { givenEnd, patronymicEnd } of patronymicSplits(key, plainEnd + 1, to)) {
      const synthetic = `${key.slice(plainEnd + 1, givenEnd)} ${key.slice(p, plainEnd)}`;
      const r = longest(t, synthetic, p, (end) => (end === synthetic.length ? patronymicEnd : -1));
      if (r) return r[0];
    }
  }
  return null;
}

/** Walk the trie over a synthetic key; the longest end that maps back and is a person wins. */
function longest<R>(t: BridgeTables<R>, synthetic: string, k0: number, mapEnd: (end: number) => number): [R, number] | null {
  const ends: number[] = [];
  const forms: number[][] = [];
  const count = t.trie.walk(synthetic, 0, synthetic.length, ends, forms);
  for (let i = count - 1; i >= 0; i--) {
    const k1 = mapEnd(ends[i]!);
    if (k1 < 0) continue;
    const r = t.tryForms(forms[i]!, k0, k1);
    if (r) return [r, k1];
  }
  return null;
}
