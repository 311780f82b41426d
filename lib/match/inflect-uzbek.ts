/**
 * Uzbek case forms of names in Latin and Cyrillic script, generated at compile time.
 * The pack writes Uzbek names in the Latin alphabet (the official one); many sites
 * (and older government pages) still write Cyrillic, so each Latin name is also
 * transliterated and both scripts are inflected.
 *
 * Rules as stated in these references (restated in our own words):
 * - universaldependencies.org, "Case" for Uzbek (uz/feat/Case): six cases; the dative is
 *   -ga, with -ka after a final k and -qa after a final q; genitive -ning; accusative -ni;
 *   locative -da; ablative -dan.
 * - mathenglish.ru, Uzbek grammar "Направительный падеж" (au35): -ka after k or g, -qa after
 *   q or gʻ.
 * Uzbek endings have no vowel harmony and no voicing alternation, and they attach after a
 * 3rd-person possessive unchanged (Respublikasi → Respublikasiga).
 * Not generated (deliberately): the possessive on a bare name; -niki; plural -lar (names
 * are not pluralised in running text); endings on acronyms (DXX).
 */
import type { NationalForm } from './inflect-turkic';
import { lastWord } from './inflect-turkic';

const APOSTROPHES = /[ʻ'‘’ʼ`]/u;

/** Latin → Cyrillic Uzbek, letter by letter (the 1995 alphabet's correspondences). */
const SINGLE: Record<string, string> = {
  a: 'а', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'ҳ', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н',
  o: 'о', p: 'п', q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', x: 'х', y: 'й', z: 'з',
};
const VOWELS = 'aeiouаеиоуўёюяэ';

export function uzbekToCyrillic(latin: string): string {
  let out = '';
  const lower = latin.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i]!, n = lower[i + 1] ?? '', n2 = lower[i + 2] ?? '';
    const upper = latin[i] !== c;
    let cyr: string;
    let used = 1;
    if ((c === 'o' || c === 'g') && APOSTROPHES.test(n)) { cyr = c === 'o' ? 'ў' : 'ғ'; used = 2; }
    else if (c === 's' && n === 'h') { cyr = 'ш'; used = 2; }
    else if (c === 'c' && n === 'h') { cyr = 'ч'; used = 2; }
    else if (c === 'y' && 'oua'.includes(n) && n !== '' && !APOSTROPHES.test(n2)) { cyr = { o: 'ё', u: 'ю', a: 'я' }[n as 'o' | 'u' | 'a']; used = 2; }
    else if (c === 'y' && n === 'e') { cyr = 'е'; used = 2; }
    else if (c === 'e' && (i === 0 || !/\p{L}/u.test(lower[i - 1]!))) cyr = 'э';
    else if (APOSTROPHES.test(c)) cyr = i > 0 && !VOWELS.includes(lower[i - 1]!) ? 'ъ' : '';
    else cyr = SINGLE[c] ?? c;
    out += upper ? cyr.charAt(0).toUpperCase() + cyr.slice(1) : cyr;
    i += used - 1;
  }
  return out;
}

/** Case forms of a Latin or Cyrillic Uzbek name (the script of the name decides the endings' script). */
export function inflectUzbek(name: string): NationalForm[] {
  const [head, word] = lastWord(name);
  const cyrillic = /[\u0400-\u04FF]/u.test(word);
  const lower = word.toLowerCase();
  const last = lower[lower.length - 1] ?? '';
  const beforeLast = lower[lower.length - 2] ?? '';
  let dative: string;
  if (cyrillic) dative = 'кг'.includes(last) ? 'ка' : 'қғ'.includes(last) ? 'қа' : 'га';
  else if (last === 'k' || (last === 'g' && beforeLast !== 'n')) dative = 'ka';
  else if (last === 'q' || (APOSTROPHES.test(last) && beforeLast === 'g')) dative = 'qa';
  else dative = 'ga';
  const endings: [NationalForm['grammar'], string][] = cyrillic
    ? [['genitive', 'нинг'], ['dative', dative], ['accusative', 'ни'], ['locative', 'да'], ['ablative', 'дан']]
    : [['genitive', 'ning'], ['dative', dative], ['accusative', 'ni'], ['locative', 'da'], ['ablative', 'dan']];
  return endings.map(([grammar, ending]) => ({ text: head + word + ending, grammar }));
}
