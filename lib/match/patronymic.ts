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
import { isWordChar } from './normalize';

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
