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

/** Letters the Kazakh, Kyrgyz, Uzbek and Tajik alphabets add, folded to a Russian/Latin neighbour; ы/й fold to и (Бердымухамедов = Бердимухамедов). */
const EXPLICIT: Record<string, string> = {
  ё: 'е', қ: 'к', ғ: 'г', ү: 'у', ұ: 'у', ө: 'о', ң: 'н', һ: 'х', ә: 'а', і: 'и',
  ҳ: 'х', ҷ: 'ч', ӣ: 'и', ӯ: 'у', ы: 'и', й: 'и', ı: 'i',
  // Kept distinct here and expanded by foldKey (Turkmen/Turkish ş = sh, ç = ch, ž = zh).
  ş: 'ş', ç: 'ç', ž: 'ž',
  // Apostrophes and modifier letters used for Uzbek oʻ/gʻ and possessives.
  '\u2019': "'", '\u2018': "'", '\u02BB': "'", '\u02BC': "'", '`': "'", '\u00B4': "'", '\u2032': "'",
};

/** Dashes and hyphens: folded to a space so "Kassym-Jomart" = "Kassym Jomart". */
const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]);

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

/**
 * Unicode word character (`\p{L}\p{N}` and `_`), fast paths for Latin and Cyrillic.
 * `_` counts because identifiers and handles (`osh_resident`, `@astana_times`) are one
 * word to a reader: a name glued to `_` or a digit (`Osh2024`) is not a mention.
 */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
  if (code >= 0x400 && code <= 0x52f) return code !== 0x482 && (code < 0x483 || code > 0x489);
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x202f ||
    code === 0x2009 || code === 0x200a || code === 0x2007 || code === 0x0c || code === 0x0b || code === 0x3000 ||
    (code >= 0x2000 && code <= 0x2006);
}

/** Combining marks (stripped: "e\u0301" is "e"). Zero-width characters and soft hyphens too. */
function isMark(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff || code === 0xad;
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

/** Class of a folded code unit: 0 other, 1 word char, 2 space, 3 mark (dropped), 4 has a spelling rule. */
const OTHER = 0, WORD = 1, BLANK = 2, MARK = 3, RULE = 4;
const CLASS_SIZE = 0x2100;
const klass = new Uint8Array(CLASS_SIZE);
for (let c = 0; c < CLASS_SIZE; c++) {
  klass[c] = isSpace(c) ? BLANK : isMark(c) ? MARK : isWordChar(c) ? WORD : OTHER;
}
for (const c of [d, z, k, i, y, q, w, S_CEDILLA, C_CEDILLA, Z_CARON, CYR_D, APOS]) klass[c] = RULE;

/** Scratch buffers reused across calls (allocating 2n per block cost more than the fold). */
const MAX_SCRATCH = 1 << 16;
let scratchOut = new Uint16Array(4096);
let scratchStart = new Int32Array(4096);
let scratchEnd = new Int32Array(4096);

function foldCode(c: number): number {
  return c < TABLE_SIZE ? table[c]! : foldUnit(c);
}

function classOf(c: number): number {
  if (c < CLASS_SIZE) return klass[c]!;
  if (isSpace(c)) return BLANK;
  if (isMark(c)) return MARK;
  return isWordChar(c) ? WORD : OTHER;
}

/**
 * Build the spelling key of `text`. Hand-written single pass with a class table (no
 * regexp chain, no per-character closures): it runs over every block of every page.
 * A first version with helper closures, per-character Unicode tests and fresh buffers
 * per block took 112 ms per MB in Node 20; this one ~20 ms (see `npm run bench`).
 */
export function foldKey(text: string): FoldedText {
  const shared = foldKeyShared(text);
  return { key: shared.key, start: shared.start.slice(), end: shared.end.slice() };
}

/**
 * foldKey without copying the offset arrays: they are views onto scratch buffers,
 * valid only until the next call. For the scan's inner loop (copying cost ~30% of it).
 */
export function foldKeyShared(text: string): FoldedText {
  const n = text.length;
  let out = scratchOut, start = scratchStart, end = scratchEnd;
  if (out.length < n * 2 + 1) {
    out = new Uint16Array(n * 2 + 64);
    start = new Int32Array(n * 2 + 64);
    end = new Int32Array(n * 2 + 64);
    // Keep grown buffers only up to a typical block; a one-off huge block should not pin 10 B/char.
    if (n <= MAX_SCRATCH) { scratchOut = out; scratchStart = start; scratchEnd = end; }
  }
  const at = (p: number) => (p < n ? foldCode(text.charCodeAt(p)) : 0);
  let m = 0;
  let prevWord = false; // is out[m-1] a word character?

  let p = 0;
  while (p < n) {
    const c = foldCode(text.charCodeAt(p));
    const cls = classOf(c);
    if (cls === WORD) {
      // Doubled letters collapse to one (Jeenbekov = Jenbekov, Muhammad = Muhamad).
      if (prevWord && out[m - 1] === c) end[m - 1] = p + 1;
      else { out[m] = c; start[m] = p; end[m] = p + 1; m++; prevWord = true; }
      p++;
      continue;
    }
    if (cls === BLANK) {
      if (m > 0 && out[m - 1] === SPACE) end[m - 1] = p + 1;
      else { out[m] = SPACE; start[m] = p; end[m] = p + 1; m++; }
      prevWord = false;
      p++;
      continue;
    }
    if (cls === MARK) { if (m > 0) end[m - 1] = p + 1; p++; continue; }
    if (cls === OTHER) { out[m] = c; start[m] = p; end[m] = p + 1; m++; prevWord = false; p++; continue; }

    // RULE: a letter (or apostrophe) that may start a spelling rule.
    const n1 = at(p + 1), n2 = at(p + 2);
    let code = c, len = 1, extra = -1;
    if (c === APOS) {
      // Uzbek oʻ/gʻ (O'zbekiston, G'ulom): the apostrophe is part of the letter, drop it.
      const prev = m > 0 ? out[m - 1] : SPACE;
      const possessive = n1 === s && !isWordChar(n2);
      if ((prev === o || prev === g) && isWordChar(n1) && !possessive) { end[m - 1] = p + 1; p++; continue; }
      out[m] = APOS; start[m] = p; end[m] = p + 1; m++; prevWord = false; p++;
      continue;
    }
    if (c === d && n1 === z && n2 === h) { code = j; len = 3; }
    else if (c === d && n1 === j) { code = j; len = 2; }
    else if (c === z && n1 === h) { code = j; len = 2; }
    else if (c === k && n1 === h) { code = h; len = 2; }
    else if (c === CYR_D && n1 === CYR_ZH) { code = CYR_ZH; len = 2; }
    // -iyev / -yev / -iev → -ev (Mirziyoyev = Mirziyoev, Aliyev = Aliev).
    else if (c === i && n1 === y && n2 === e && at(p + 3) === v) { code = e; len = 3; }
    else if ((c === y || c === i) && n1 === e && n2 === v) { code = e; len = 2; }
    // Word-initial ye- → e- (Yerlan = Erlan, Yevgeny = Evgeny).
    else if (c === y && n1 === e && !prevWord) { code = e; len = 2; }
    else if (c === y) code = i;
    else if (c === q) code = k;
    else if (c === w) code = v;
    else if (c === S_CEDILLA) { code = s; extra = h; }
    else if (c === C_CEDILLA) { code = CH_C; extra = h; }
    else if (c === Z_CARON) code = j;
    if (prevWord && out[m - 1] === code) end[m - 1] = p + len;
    else { out[m] = code; start[m] = p; end[m] = p + len; m++; }
    if (extra >= 0) { out[m] = extra; start[m] = p; end[m] = p + 1; m++; }
    prevWord = true;
    p += len;
  }
  let key = '';
  for (let b = 0; b < m; b += 8192) key += String.fromCharCode.apply(null, out.subarray(b, Math.min(m, b + 8192)) as unknown as number[]);
  return { key, start: start.subarray(0, m), end: end.subarray(0, m) };
}

/** The spelling key alone, trimmed: what the dictionary stores for a surface form. */
export function keyOf(form: string): string {
  // The offsets are not needed: no copy of the scratch arrays (half of keyOf's time in a compile).
  return foldKeyShared(form).key.trim();
}
