/**
 * Which national languages a block of page text may be in, so that forms generated for
 * one language (Kazakh "Тоқаевтың", Uzbek "Mirziyoyevga") fire only where that language is
 * written, never in an English or Russian block.
 *
 * One pass over the block's code units, no allocation: it counts letters that only some
 * alphabets have and hashes short words to spot frequent function words ("және", "va",
 * "the", "и"). Cost: a typed-table lookup per code unit plus one Map lookup per word of
 * ≤ 8 letters, no allocation. scripts/bench-script-lang.ts, 2026-12-03, Node 20 on a
 * shared 2-core machine (load ~15): 24–56 ms per MB when run on every block, about a
 * quarter to a third of the spelling-key fold of the same blocks (a Map per character
 * and fresh counters per block had cost ~3× that). The scan calls it lazily, only for a
 * block where a language-tagged form was found in the trie, so an English or Russian page
 * rarely pays it at all.
 *
 * Letters used (from the official alphabets):
 * - Kazakh only: ә і ұ һ; shared with Tajik / Uzbek Cyrillic: ғ қ; shared with Kyrgyz: ң ө ү.
 * - Kyrgyz: ң ө ү with none of the Kazakh-only letters.
 * - Tajik: ӣ ӯ ҷ (only Tajik), ҳ (also Uzbek Cyrillic), ғ қ.
 * - Uzbek Cyrillic: ў (only Uzbek here), ҳ қ ғ.
 * - Uzbek Latin: oʻ / gʻ with ʻ ‘ ’ or ', and q not followed by u (rare in English).
 * - Turkmen: ň ý ž ä (rare elsewhere), ş ç ö ü (shared with Turkish, German …).
 * - Kyrgyz long vowels are written doubled (уу ээ өө үү оо: тууралуу, Жээнбеков), which
 *   Russian and Kazakh spelling almost never do: a Kyrgyz cue for sentences without ң ө ү.
 */
import type { Lang } from '../factbase/schema';

export const NATIONAL_LANGS = ['kk', 'ky', 'uz', 'tg', 'tk'] as const;
export type NationalLang = (typeof NATIONAL_LANGS)[number];

/** One bit per national language (the dictionary stores a form's gate as this bit in its flags). */
export const LANG_BIT: Record<NationalLang, number> = { kk: 1, ky: 2, uz: 4, tg: 8, tk: 16 };

export function isNationalLang(lang: Lang | string | undefined): lang is NationalLang {
  return lang !== undefined && (NATIONAL_LANGS as readonly string[]).includes(lang);
}

// Letter classes (indexes into the counters).
const KK_ONLY = 1, GQ = 2, NOU = 3, TG_ONLY = 4, HH = 5, UZ_U = 6, TK_STRONG = 7, TK_WEAK = 8, Q_LATIN = 9, KY_LONG = 10;

/**
 * One byte per code unit below TABLE (Basic Latin … Cyrillic Supplement): low 4 bits the
 * letter class, LETTER a letter, CYR Cyrillic, KY_DOUBLE a vowel whose doubling marks a
 * Kyrgyz long vowel (у э ө ү ы; а and о double in a few Russian words: кооператив).
 * A typed table, not a Map: a Map lookup per character cost ~2× the whole detection.
 */
const TABLE = 0x530, LETTER = 16, CYR = 32, KY_DOUBLE = 64;
const INFO = new Uint8Array(TABLE);
for (let c = 0; c < TABLE; c++) {
  const ch = String.fromCharCode(c);
  if (/\p{L}/u.test(ch) && c !== 0x2bb) INFO[c] = LETTER | (c >= 0x400 ? CYR : 0);
}
const put = (chars: string, cls: number) => { for (const ch of chars) INFO[ch.charCodeAt(0)] = INFO[ch.charCodeAt(0)]! | cls; };
put('әӘіІұҰһҺ', KK_ONLY);
put('ғҒқҚ', GQ);
put('ңҢөӨүҮ', NOU);
put('ӣӢӯӮҷҶ', TG_ONLY);
put('ҳҲ', HH);
put('ўЎ', UZ_U);
put('ňŇýÝžŽäÄ', TK_STRONG);
put('şŞçÇöÖüÜ', TK_WEAK);
put('qQ', Q_LATIN);
put('уУэЭөӨүҮыЫ', KY_DOUBLE);

// Function-word languages (bit set per word; a word may belong to several).
const W_EN = 1, W_RU = 2, W_KK = 4, W_KY = 8, W_TG = 16, W_UZ = 32, W_TK = 64;
const WORDS: [number, string][] = [
  [W_EN, 'the and of to in is was for with on that by from said has its at as which were are'],
  [W_RU, 'и в на с что по не из для от как за к о это его он года также который после при'],
  [W_KK, 'және мен бен пен бұл үшін туралы деп осы бойынша жылы сондай ретінде арқылы'],
  [W_KY, 'жана менен үчүн боюнча жөнүндө деп бул жылы ошондой катары аркылуу болуп тууралуу кийин анын дагы'],
  [W_TG, 'ва дар аз ба бо барои ки ин шуд мебошад аст намуд карда'],
  [W_UZ, 'va bilan uchun ham esa bu yil yilda haqida qilib etdi ва билан учун ҳам эса йил ҳақида'],
  [W_TK, 'we bilen üçin hem bu ýyl ýylyň boýunça barada edildi bolup'],
];

const LOWER = new Uint16Array(0x530);
for (let c = 0; c < LOWER.length; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  LOWER[c] = l.length === 1 ? l.charCodeAt(0) : c;
}
const lower = (c: number) => (c < 0x530 ? LOWER[c]! : c);

const MAX_WORD = 8;
function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + lower(word.charCodeAt(i))) | 0;
  return h;
}
const WORD_BITS = new Map<number, number>();
for (const [bit, list] of WORDS) for (const w of list.split(' ')) WORD_BITS.set(wordHash(w), (WORD_BITS.get(wordHash(w)) ?? 0) | bit);

/** Letters beyond the table (Greek, CJK …) still split words but carry no class. */
function infoOf(c: number): number {
  if (c < TABLE) return INFO[c]!;
  return c >= 0x1e00 && c <= 0x1fff ? LETTER : 0; // Latin Extended Additional, Greek Extended
}
const isLetter = (c: number) => (infoOf(c) & LETTER) !== 0;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2bb || c === 0x2018 || c === 0x2019 || c === 0x2bc || c === 0x60;

/** Counters of the last block, reused: allocating them per block cost a quarter of the pass. */
const letters = new Int32Array(11);
const wordBits = new Int32Array(7);
let cyrillic = 0, latin = 0;

/** Fill the counters with one block's evidence. */
function countEvidence(text: string): void {
  letters.fill(0);
  wordBits.fill(0);
  cyrillic = 0; latin = 0;
  let h = 0, len = 0;
  const n = text.length;
  let prevLower = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x20;
    const info = infoOf(c);
    if (info & LETTER) {
      const lc = c < TABLE ? LOWER[c]! : c;
      if (info & CYR) cyrillic++; else latin++;
      const cls = info & 15;
      if (cls === Q_LATIN) { if (i + 1 >= n || (text.charCodeAt(i + 1) | 0x20) !== 0x75) letters[cls]!++; }
      else if (cls) letters[cls]!++;
      if (info & KY_DOUBLE && lc === prevLower && len > 0) letters[KY_LONG]!++;
      if (len <= MAX_WORD) h = (Math.imul(h, 31) + lc) | 0;
      len++;
      prevLower = lc;
      continue;
    }
    prevLower = 0;
    // Uzbek oʻ / gʻ: an apostrophe between o or g and a letter (not the English possessive 's).
    if (isApostrophe(c) && len > 0 && i + 1 < n) {
      const prev = text.charCodeAt(i - 1) | 0x20, next = text.charCodeAt(i + 1);
      if ((prev === 0x6f || prev === 0x67) && isLetter(next) && (next | 0x20) !== 0x73) letters[0]! += c === 0x27 || c === 0x2019 ? 1 : 2;
      continue; // the apostrophe belongs to the word (oʻzbek): keep hashing
    }
    if (len > 0) {
      if (len >= 6 && endsWithUzbekEnding(text, i)) wordBits[5]!++;
      if (len <= MAX_WORD) {
        const bits = WORD_BITS.get(h);
        if (bits) for (let b = 0; b < 7; b++) if (bits & (1 << b)) wordBits[b]!++;
      }
    }
    h = 0; len = 0;
  }
}

/**
 * Uzbek word endings that English and Russian words do not have: the genitive -ning /
 * -нинг, the plural possessive -lari / -лари and the passive past -ildi / -илди
 * (topshirildi, berildi), which end words in nearly every Uzbek sentence.
 */
const UZ_ENDINGS = ['ning', 'нинг', 'lari', 'лари', 'ildi', 'илди'].map((e) => [...e].map((ch) => ch.charCodeAt(0)));
function endsWithUzbekEnding(text: string, end: number): boolean {
  for (const ending of UZ_ENDINGS) {
    let k = 0;
    while (k < 4 && lower(text.charCodeAt(end - 4 + k)) === ending[k]) k++;
    if (k === 4) return true;
  }
  return false;
}

const PAGE_LANG = /^(kk|ky|uz|tg|tk)\b/i;

/**
 * Bit set (LANG_BIT) of the national languages this block may be written in. `pageLang`
 * (the page's `lang` attribute) lets a short block with no telling letter count as the
 * page's language, unless the block shows English or Russian function words.
 */
export function blockLanguages(text: string, pageLang?: string): number {
  countEvidence(text);
  const l = letters, w = wordBits;
  const en = 3 * w[0]!, ru = 3 * w[1]!;
  // Letters shared by several alphabets (ғ қ ҳ ң ө ү) count for the languages whose own
  // letters are present (ә і ұ һ Kazakh, ӣ ӯ ҷ Tajik, ў Uzbek); with none, for all of them.
  const own = { kk: l[KK_ONLY]! > 0, tg: l[TG_ONLY]! > 0, uz: l[UZ_U]! > 0 };
  const none = !own.kk && !own.tg && !own.uz;
  const shares = (lang: 'kk' | 'tg' | 'uz') => none || own[lang];
  const score: Record<NationalLang, number> = {
    kk: 2 * l[KK_ONLY]! + (shares('kk') ? l[GQ]! + l[NOU]! : 0) + 3 * w[2]!,
    ky: (none ? 2 * l[NOU]! : 0) + 3 * l[KY_LONG]! + 3 * w[3]!,
    tg: 3 * l[TG_ONLY]! + (shares('tg') ? l[HH]! + l[GQ]! : 0) + 3 * w[4]!,
    uz: Math.max(3 * l[UZ_U]! + (shares('uz') ? 2 * l[HH]! + l[GQ]! : 0), 2 * l[0]! + l[Q_LATIN]!) + 3 * w[5]!,
    tk: 3 * l[TK_STRONG]! + l[TK_WEAK]! + 3 * w[6]!,
  };
  const top = Math.max(...Object.values(score));
  let bits = 0;
  for (const lang of NATIONAL_LANGS) {
    const rival = lang === 'tk' ? en : lang === 'uz' ? (cyrillic > latin ? ru : en) : ru;
    // Close calls keep both (a Kazakh block quoting Kyrgyz); a weak second is noise.
    if (score[lang] >= 3 && score[lang] > rival && score[lang] * 2 >= top) bits |= LANG_BIT[lang];
  }
  const page = pageLang ? PAGE_LANG.exec(pageLang)?.[1]?.toLowerCase() : undefined;
  if (page && bits === 0 && en === 0 && ru === 0) {
    const wantsLatin = page === 'tk' || (page === 'uz' && !/cyrl/i.test(pageLang!));
    if (wantsLatin ? latin > cyrillic : cyrillic > latin || page === 'uz') bits |= LANG_BIT[page as NationalLang];
  }
  return bits;
}
