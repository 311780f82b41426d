/**
 * Text folding for matching. Two layers, both applied identically to dictionary
 * forms and to page text, so neither side has to list every spelling:
 *
 * 1. `foldUnit`: one UTF-16 code unit → one code unit (case fold, ё→е, precomposed
 *    letters → base letter, Kazakh/Kyrgyz/Uzbek/Tajik letters → Russian neighbours).
 * 2. `foldKey`: a spelling key over the folded text (kh→h, zh/dzh/j→j, y→i,
 *    -yev/-iyev→-ev, q→k, doubled letters → one, dashes → space …). This layer
 *    changes length, so it records for every key character the span of ORIGINAL
 *    code units it came from: mention offsets are exact offsets into the page text.
 *
 * Tokayev/Tokaev/Toqaev → "tokaev"; Berdimuhamedov/Berdymukhamedov →
 * "berdimuhamedov"; Japarov/Zhaparov/Djaparov → "japarov"; Mirziyoyev/Mirziyoev →
 * "mirzioev"; Жапаров/Джапаров → "жапаров".
 */

/** Letters the Latin-script national orthographies add, folded to a neighbour. */
const EXPLICIT: Record<string, string> = {
  ё: 'е', қ: 'к', ғ: 'г', ү: 'у', ұ: 'у', ө: 'о', ң: 'н', һ: 'х', ә: 'а', і: 'и',
  ҳ: 'х', ҷ: 'ч', ӣ: 'и', ӯ: 'у', ы: 'и', й: 'и', ı: 'i',
  // Kept distinct here and expanded by foldKey (Turkmen/Turkish ş = sh, ç = ch, ž = zh).
  ş: 'ş', ç: 'ç', ž: 'ž',
  // Apostrophes and modifier letters used for Uzbek oʻ/gʻ and possessives.
  '\u2019': "'", '\u2018': "'", '\u02BB': "'", '\u02BC': "'", '`': "'", '\u00B4': "'", '\u2032': "'",
};

/** Dashes and hyphens: folded to a space so "Kassym-Jomart" = "Kassym Jomart". */
const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xad]);

const TABLE_SIZE = 0x530; // Basic Latin … Cyrillic Supplement
const table = new Uint16Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) table[c] = computeFold(c);

function computeFold(code: number): number {
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  const explicit = EXPLICIT[lower] ?? EXPLICIT[ch];
  if (explicit !== undefined) return explicit.charCodeAt(0);
  if (DASHES.has(code)) return 0x20;
  const base = lower.normalize('NFD');
  // Precomposed letter → its base letter (é→e, ğ→g); a fold that changes length is skipped.
  return base.length >= 1 && lower.length === 1 ? base.charCodeAt(0) : code;
}

/** Fold one code unit (length-preserving). */
export function foldUnit(code: number): number {
  if (code < TABLE_SIZE) return table[code]!;
  if (DASHES.has(code)) return 0x20;
  if (code === 0x2019 || code === 0x2018 || code === 0x2032) return 0x27;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Unicode word character (`\p{L}\p{N}`), fast paths for Latin and Cyrillic. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0x400 && code <= 0x52f) return code !== 0x482 && (code < 0x483 || code > 0x489);
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x202f ||
    code === 0x2009 || code === 0x200a || code === 0x2007 || code === 0x0c || code === 0x0b || code === 0x3000 ||
    (code >= 0x2000 && code <= 0x2006);
}

/** Combining marks (stripped: "e\u0301" is "e"). Zero-width characters too. */
function isMark(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff;
}

export interface FoldedText {
  /** The spelling key. */
  key: string;
  /** For key[i]: the original span [start[i], end[i]) it came from. */
  start: Int32Array;
  end: Int32Array;
}

const C = (s: string) => s.charCodeAt(0);
const d = C('d'), e = C('e'), g = C('g'), h = C('h'), i = C('i'), j = C('j'), k = C('k'), o = C('o');
const q = C('q'), s = C('s'), v = C('v'), w = C('w'), y = C('y'), z = C('z');
const CYR_D = C('д'), CYR_ZH = C('ж'), APOS = 0x27, SPACE = 0x20;
const S_CEDILLA = C('ş'), C_CEDILLA = C('ç'), Z_CARON = C('ž'), CH_C = C('c');

/**
 * Build the spelling key of `text`. Hand-written single pass (no regexp chain):
 * it runs over every block of every page, ~1 MB in a few ms.
 */
export function foldKey(text: string): FoldedText {
  const n = text.length;
  const f = new Uint16Array(n + 3); // padded so lookahead never reads past the end
  for (let p = 0; p < n; p++) f[p] = foldUnit(text.charCodeAt(p));
  const out = new Uint16Array(n * 2 + 1);
  const start = new Int32Array(n * 2 + 1);
  const end = new Int32Array(n * 2 + 1);
  let m = 0;

  const extend = (to: number) => { if (m > 0) end[m - 1] = to; };
  const emit = (code: number, from: number, to: number) => {
    // Doubled letters collapse to one (Jeenbekov = Jenbekov, Muhammad = Muhamad).
    if (m > 0 && out[m - 1] === code && code !== SPACE && code !== APOS && isWordChar(code)) { end[m - 1] = to; return; }
    out[m] = code; start[m] = from; end[m] = to; m++;
  };

  let p = 0;
  while (p < n) {
    const c = f[p]!;
    const n1 = f[p + 1]!, n2 = f[p + 2]!;
    const prev = m > 0 ? out[m - 1]! : SPACE;
    const wordStart = !isWordChar(prev);
    if (isSpace(c) || c === SPACE) {
      if (prev === SPACE && m > 0) extend(p + 1); else emit(SPACE, p, p + 1);
      p++; continue;
    }
    if (isMark(c)) { extend(p + 1); p++; continue; }
    if (c === APOS) {
      // Uzbek oʻ/gʻ (O'zbekiston, G'ulom): the apostrophe is part of the letter, drop it.
      const possessive = n1 === s && !isWordChar(n2);
      if ((prev === o || prev === g) && isWordChar(n1) && !possessive) { extend(p + 1); p++; continue; }
      emit(APOS, p, p + 1); p++; continue;
    }
    if (c === d && n1 === z && n2 === h) { emit(j, p, p + 3); p += 3; continue; }
    if (c === d && n1 === j) { emit(j, p, p + 2); p += 2; continue; }
    if (c === z && n1 === h) { emit(j, p, p + 2); p += 2; continue; }
    if (c === k && n1 === h) { emit(h, p, p + 2); p += 2; continue; }
    if (c === CYR_D && n1 === CYR_ZH) { emit(CYR_ZH, p, p + 2); p += 2; continue; }
    // -iyev / -yev / -iev → -ev (Mirziyoyev = Mirziyoev, Aliyev = Aliev).
    if (c === i && n1 === y && n2 === e && f[p + 3] === v) { emit(e, p, p + 3); p += 3; continue; }
    if ((c === y || c === i) && n1 === e && n2 === v) { emit(e, p, p + 2); p += 2; continue; }
    // Word-initial ye- → e- (Yerlan = Erlan, Yevgeny = Evgeny).
    if (c === y && n1 === e && wordStart) { emit(e, p, p + 2); p += 2; continue; }
    if (c === y) { emit(i, p, p + 1); p++; continue; }
    if (c === q) { emit(k, p, p + 1); p++; continue; }
    if (c === w) { emit(v, p, p + 1); p++; continue; }
    if (c === S_CEDILLA) { emit(s, p, p + 1); emit(h, p, p + 1); p++; continue; }
    if (c === C_CEDILLA) { emit(CH_C, p, p + 1); emit(h, p, p + 1); p++; continue; }
    if (c === Z_CARON) { emit(j, p, p + 1); p++; continue; }
    emit(c, p, p + 1);
    p++;
  }
  let key = '';
  for (let b = 0; b < m; b += 8192) key += String.fromCharCode(...out.subarray(b, Math.min(m, b + 8192)));
  return { key, start: start.subarray(0, m), end: end.subarray(0, m) };
}

/** The spelling key alone, trimmed: what the dictionary stores for a surface form. */
export function keyOf(form: string): string {
  return foldKey(form).key.trim();
}
