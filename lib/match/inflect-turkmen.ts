/**
 * Turkmen case forms of names (Latin alphabet), generated at compile time.
 *
 * Rules as stated in "Türkmen Language" learning guide, section 5.0 "Cases and their
 * suffixes" (studfile.net/preview/11805552/page:4; also mybiblioteka.su/tom2/10-108009.html),
 * which Polyglot Club's Turkmen case page (revision of 2020-12-08) names as from the US
 * embassy's Turkmen Language Learning Guide. Restated in our own words:
 * - after a consonant: genitive -yň/-iň, dative -a/-e, accusative -y/-i, locative -da/-de,
 *   ablative -dan/-den;
 * - after a vowel: genitive -nyň/-niň, accusative -ny/-ni, locative -da/-de, ablative
 *   -dan/-den, and the dative changes the final vowel instead of adding one
 *   (Türkmenbaşy → Türkmenbaşa, Mary → Mara, Gök Depe → Gök Depä; a final a stays);
 * - after a 3rd-person possessive (Maslahaty, guramasy): -nyň, -na, -ny, -nda, -ndan.
 * Harmony is back (a o u y) or front (ä e i ö ü) by the last vowel; rounded -uň/-üň, -u/-ü
 * appear after a one-syllable stem with o u / ö ü. A final voiceless p t k ç of a
 * many-syllable stem turns voiced (b d g j) before a vowel ending (Aşgabat → Aşgabadyň).
 * Not generated (deliberately): plural and possessive forms; endings on acronyms.
 */
import type { NationalForm, NameShape } from './inflect-turkic';
import { lastWord } from './inflect-turkic';

const BACK = 'aouy', FRONT = 'äeiöü', VOWELS = BACK + FRONT;
const VOICED: Record<string, string> = { p: 'b', t: 'd', k: 'g', ç: 'j' };
const DATIVE_OF_FINAL: Record<string, [back: string, front: string]> = {
  a: ['a', 'ä'], y: ['a', 'ä'], u: ['a', 'ä'], o: ['a', 'ä'], e: ['ä', 'ä'], i: ['ä', 'ä'], ä: ['ä', 'ä'], ü: ['ä', 'ä'], ö: ['ä', 'ä'],
};

export function inflectTurkmen(name: string, shape: NameShape): NationalForm[] {
  const [head, word] = lastWord(name);
  const lower = word.toLowerCase();
  const last = lower[lower.length - 1] ?? '';
  const vowels = [...lower].filter((c) => VOWELS.includes(c));
  const lastVowel = vowels[vowels.length - 1] ?? 'a';
  const back = BACK.includes(lastVowel);
  const p = (b: string, f: string) => (back ? b : f);
  const out = (grammar: NationalForm['grammar'], text: string): NationalForm => ({ text: head + text, grammar });

  if (shape.possessive) {
    return [out('genitive', word + p('nyň', 'niň')), out('dative', word + p('na', 'ne')), out('accusative', word + p('ny', 'ni')),
      out('locative', word + p('nda', 'nde')), out('ablative', word + p('ndan', 'nden'))];
  }
  if (VOWELS.includes(last)) {
    const dative = word.slice(0, -1) + (DATIVE_OF_FINAL[last]![back ? 0 : 1]);
    const forms = [out('genitive', word + p('nyň', 'niň')), out('accusative', word + p('ny', 'ni')), out('locative', word + p('da', 'de')), out('ablative', word + p('dan', 'den'))];
    // A final a stays as it is: that dative is the bare name, which already matches.
    return dative.toLowerCase() === lower ? forms : [out('dative', dative), ...forms];
  }
  const rounded = vowels.length === 1 && 'ouöü'.includes(lastVowel);
  const high = rounded ? p('u', 'ü') : p('y', 'i');
  const stem = vowels.length > 1 && VOICED[last] ? word.slice(0, -1) + VOICED[last] : word;
  return [
    out('genitive', `${stem}${high}ň`), out('dative', stem + p('a', 'e')), out('accusative', stem + high),
    out('locative', word + p('da', 'de')), out('ablative', word + p('dan', 'den')),
  ];
}
