/**
 * Kazakh and Kyrgyz case forms of names, generated at compile time (the scan stays exact).
 * Only the last word of a name takes the ending ("Қасым-Жомарт Тоқаевтың").
 *
 * Rules as stated in these references (restated here in our own words):
 * - Kazakh: tili.softmaker.kz, "Genitive case (ilik septik) of nouns in the Kazakh language"
 *   and "Directional-dative (barys septik)"; talkinkazakh.com, "A Guide To The 7 Kazakh Noun
 *   Cases"; Krippes, "Kazakh Grammar with Affix List" as quoted on qaqan.wordpress.com
 *   (2012-07-03) for the instrumental -мен/-бен/-пен.
 *   The buffer consonant of an ending follows the last sound of the stem: after a vowel
 *   н- (genitive, accusative) or nothing; after м н ң the nasal forms (-ның, -нан); after
 *   л р у й ж з the voiced д-/ғ-/г- forms; after a voiceless consonant AND after б в г ғ д
 *   the voiceless т-/қ-/к-/п- forms (Ivanov → Ivanovtyń, so Тоқаев → Тоқаевтың).
 *   After a 3rd-person possessive (Республикасы, облысы, комитеті) the endings take the
 *   pronominal н: -ның, -на, -н, -нда, -нан.
 *   Harmony: back (а о ұ ы) or front (ә е ө ү і) by the last vowel. For Russian surnames in
 *   -ов/-ев(-а) usage follows the Kazakh stem (Назарба-ев → back) but the suffix's own
 *   vowel is also seen; where the two differ both spellings are generated.
 * - Kyrgyz: "A Handbook of Kyrgyz Grammar/Nouns" (en.wikibooks.org); apertium wiki
 *   "Morphology of Kyrgyz language" (genitive after vowels -нын, after voiced consonants
 *   -дын, after voiceless -тын; after a 3rd-person possessive -нын/-на/-н/-нда/-нан);
 *   FireSpeakerWiki "Kyrgyz teaching materials" (vowel harmony with rounding).
 *   Kyrgyz harmony has rounding: a high suffix vowel is ы/у/и/ү and a low one а/о/е/ө after
 *   the last stem vowel (а ы → ы/а; о → у/о; у → у/а; е и э → и/е; ө → ү/ө; ү → ү/ө).
 *   Kyrgyz has no nasal-initial ablative after н (Кыргызстандан), unlike Kazakh (Қазақстаннан).
 * Not generated (deliberately): the Kazakh/Kyrgyz plural and 1st/2nd-person possessives
 * (names rarely take them); a bare 3rd-person possessive on a name (it goes on the common
 * noun: "Алматы қаласы"); endings on acronyms (ҰҚК-ның: they follow the letters' spoken
 * names); Kyrgyz "менен" (written as a separate word, so the plain name already matches).
 */
import type { GrammarTerm } from './types';

export interface NationalForm { text: string; grammar: GrammarTerm }

export interface NameShape {
  /** The last word already carries a 3rd-person possessive (compound names): endings take the pronominal н. */
  possessive: boolean;
}

type Final = 'vowel' | 'nasal' | 'sonorant' | 'voiced' | 'voiceless';

const KK_BACK = 'аоұыяёю', KK_FRONT = 'әеөүіэи';
const KY_VOWELS = 'аеёиоөуүыэюя';

/** Split off the last word: endings attach to it alone. */
export function lastWord(name: string): [head: string, word: string] {
  const at = name.lastIndexOf(' ');
  return [name.slice(0, at + 1), name.slice(at + 1)];
}

/** Russian surname suffix the Kazakh harmony looks through (Тоқа|ев, Назарба|ева). */
const RUSSIAN_SURNAME = /(ов|ев|ёв)(а)?$/u;

function kazakhFinal(ch: string): Final {
  if (KK_BACK.includes(ch) || KK_FRONT.includes(ch)) return 'vowel';
  if ('мнң'.includes(ch)) return 'nasal';
  if ('лрйу'.includes(ch)) return 'sonorant';
  if ('жз'.includes(ch)) return 'voiced';
  return 'voiceless'; // к қ п с т ш ф х һ ц ч щ and, in Kazakh, б в г ғ д
}

/** Back (true) or front (false) by the last vowel of `word`; undefined when it has none. */
function kazakhBack(word: string): boolean | undefined {
  for (let i = word.length - 1; i >= 0; i--) {
    const ch = word[i]!;
    if (KK_BACK.includes(ch)) return true;
    if (KK_FRONT.includes(ch)) return false;
  }
  return undefined;
}

function kazakhEndings(final: Final, back: boolean, possessive: boolean): [GrammarTerm, string][] {
  const p = (b: string, f: string) => (back ? b : f);
  if (possessive) {
    return [['genitive', p('ның', 'нің')], ['dative', p('на', 'не')], ['accusative', 'н'], ['locative', p('нда', 'нде')], ['ablative', p('нан', 'нен')], ['instrumental', 'мен']];
  }
  const soft = final === 'sonorant' || final === 'voiced';
  const hard = final === 'voiceless';
  return [
    ['genitive', final === 'vowel' || final === 'nasal' ? p('ның', 'нің') : soft ? p('дың', 'дің') : p('тың', 'тің')],
    ['dative', hard ? p('қа', 'ке') : p('ға', 'ге')],
    ['accusative', final === 'vowel' ? p('ны', 'ні') : hard ? p('ты', 'ті') : p('ды', 'ді')],
    ['locative', hard ? p('та', 'те') : p('да', 'де')],
    ['ablative', final === 'nasal' ? p('нан', 'нен') : hard ? p('тан', 'тен') : p('дан', 'ден')],
    ['instrumental', hard ? 'пен' : final === 'voiced' ? 'бен' : 'мен'],
  ];
}

export function inflectKazakh(name: string, shape: NameShape): NationalForm[] {
  const [head, word] = lastWord(name);
  const lower = word.toLowerCase();
  // A soft or hard sign is silent: the consonant before it decides (Игорь → Игорьдің).
  const sounded = lower.replace(/[ьъ]+$/u, '');
  const final = kazakhFinal(sounded[sounded.length - 1] ?? '');
  const harmonies = new Set<boolean>();
  const stem = lower.replace(RUSSIAN_SURNAME, '');
  const byStem = stem !== lower && !lower.endsWith('ь') ? kazakhBack(stem) : undefined;
  if (byStem !== undefined) harmonies.add(byStem);
  // A final soft sign makes the endings front (Игорь → Игорьдің, Кремль → Кремльге).
  harmonies.add(lower.endsWith('ь') ? false : kazakhBack(lower) ?? true);
  const out: NationalForm[] = [];
  for (const back of harmonies) {
    for (const [grammar, ending] of kazakhEndings(final, back, shape.possessive)) out.push({ text: head + word + ending, grammar });
  }
  return out;
}

/** Kyrgyz high and low suffix vowels after the last stem vowel (rounding harmony). */
function kyrgyzVowels(word: string): [high: string, low: string] {
  for (let i = word.length - 1; i >= 0; i--) {
    const ch = word[i]!;
    if (!KY_VOWELS.includes(ch)) continue;
    if ('аыя'.includes(ch)) return ['ы', 'а'];
    if ('оё'.includes(ch)) return ['у', 'о'];
    if ('ую'.includes(ch)) return ['у', 'а'];
    if ('ө'.includes(ch)) return ['ү', 'ө'];
    if ('ү'.includes(ch)) return ['ү', 'ө'];
    return ['и', 'е'];
  }
  return ['ы', 'а'];
}

export function inflectKyrgyz(name: string, shape: NameShape): NationalForm[] {
  const [head, word] = lastWord(name);
  const lower = word.toLowerCase();
  const last = lower.replace(/[ьъ]+$/u, '').slice(-1);
  const [I, A] = kyrgyzVowels(lower);
  const vowel = KY_VOWELS.includes(last);
  const hard = !vowel && 'кпстфхцчшщ'.includes(last);
  const endings: [GrammarTerm, string][] = shape.possessive
    ? [['genitive', `н${I}н`], ['dative', `н${A}`], ['accusative', 'н'], ['locative', `нд${A}`], ['ablative', `н${A}н`]]
    : [
      ['genitive', `${vowel ? 'н' : hard ? 'т' : 'д'}${I}н`],
      ['dative', `${hard ? 'к' : 'г'}${A}`],
      ['accusative', `${vowel ? 'н' : hard ? 'т' : 'д'}${I}`],
      ['locative', `${hard ? 'т' : 'д'}${A}`],
      ['ablative', `${hard ? 'т' : 'д'}${A}н`],
    ];
  return endings.map(([grammar, ending]) => ({ text: head + word + ending, grammar }));
}
