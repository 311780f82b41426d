/**
 * Bytes → text for imported files. Excel on Windows saves "CSV" in the machine's ANSI code
 * page (Windows-1251 on a Russian system), older DOS/1C exports use CP866, and Unix tools
 * KOI8-R; decoding any of these as UTF-8 turns every name into "������". So: UTF-8 when
 * the bytes are valid UTF-8 (a strict decode is the test), otherwise a guess among the
 * Cyrillic code pages that the user sees and can change.
 *
 * Labels are WHATWG Encoding Standard names, so `TextDecoder` in the browser and in Node
 * decodes them identically. Kazakh-specific code pages (KZ-1048, PT154) are not in that
 * standard and no browser decodes them; Kazakh files are nearly always UTF-8 anyway.
 */

export type TextEncoding =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1251'
  | 'ibm866'
  | 'koi8-r'
  | 'koi8-u'
  | 'x-mac-cyrillic'
  | 'iso-8859-5'
  | 'windows-1252';

/** What the user may pick for a CSV, in the order offered. */
export const CSV_ENCODINGS: readonly { encoding: TextEncoding; label: string }[] = [
  { encoding: 'utf-8', label: 'UTF-8' },
  { encoding: 'windows-1251', label: 'Windows-1251 (Cyrillic, Excel on Windows)' },
  { encoding: 'ibm866', label: 'CP866 (Cyrillic, DOS)' },
  { encoding: 'koi8-r', label: 'KOI8-R (Cyrillic)' },
  { encoding: 'koi8-u', label: 'KOI8-U (Cyrillic)' },
  { encoding: 'x-mac-cyrillic', label: 'Mac Cyrillic' },
  { encoding: 'iso-8859-5', label: 'ISO-8859-5 (Cyrillic)' },
  { encoding: 'windows-1252', label: 'Windows-1252 / Latin-1 (Western)' },
  { encoding: 'utf-16le', label: 'UTF-16 LE (Excel "Unicode text")' },
  { encoding: 'utf-16be', label: 'UTF-16 BE' },
];

export function encodingLabel(encoding: TextEncoding): string {
  return CSV_ENCODINGS.find((e) => e.encoding === encoding)?.label.replace(/ \(.*$/, '') ?? encoding;
}

/** The Cyrillic code pages a non-UTF-8 file is scored against; Windows-1252 when none reads as Cyrillic. */
export const GUESSED_ENCODINGS: readonly TextEncoding[] = ['windows-1251', 'ibm866', 'koi8-r'];

export interface DetectedEncoding {
  encoding: TextEncoding;
  /** 'certain': valid UTF-8, or a byte order mark; 'guessed': scored among Cyrillic code pages. */
  how: 'certain' | 'guessed';
}

/** True when the bytes are valid UTF-8 (with or without a BOM); a strict decoder is the test. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function utf16Bom(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Bytes scored when guessing. The three code pages are single-byte, so any cut is clean;
 * 256 KB holds thousands of names. Scoring a whole 20 MB file took 17–25 s here (regexp
 * per character); the sample with code-point checks takes a few milliseconds.
 */
export const GUESS_SAMPLE_BYTES = 256 * 1024;

export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  const bom = utf16Bom(bytes);
  if (bom) return { encoding: bom, how: 'certain' };
  if (isUtf8(bytes)) return { encoding: 'utf-8', how: 'certain' };
  const sample = bytes.subarray(0, GUESS_SAMPLE_BYTES);
  // When no code page reads as Cyrillic words (Cyrillic letters glued to Latin ones,
  // "Cafй"), the file is most likely Western, as Excel saves it on a Western Windows.
  let best: { encoding: TextEncoding; score: number } = { encoding: 'windows-1252', score: 0 };
  for (const encoding of GUESSED_ENCODINGS) {
    const score = cyrillicScore(new TextDecoder(encoding).decode(sample));
    if (score > best.score) best = { encoding, score };
  }
  return { encoding: best.encoding, how: 'guessed' };
}

type LetterKind = 'cyrillic-upper' | 'cyrillic-lower' | 'latin' | null;

function letterKind(code: number, ch: string): LetterKind {
  // Cyrillic and Cyrillic Supplement letters; U+0482–U+0489 are signs and combining marks.
  if (code >= 0x0400 && code <= 0x052f && !(code >= 0x0482 && code <= 0x0489)) {
    return ch.toLowerCase() === ch ? 'cyrillic-lower' : 'cyrillic-upper';
  }
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) return 'latin';
  return null;
}

/**
 * How much a decoding looks like Cyrillic text: each Cyrillic letter counts 1; one
 * that breaks a word's shape counts -2 instead: an upper-case letter right after a
 * lower-case one (Windows-1251 and KOI8-R both put Cyrillic in the upper half, with the
 * cases swapped, so a name read in the wrong one is "тОКАЕВ"-like), or a Cyrillic letter
 * touching a Latin one (a Western "Café" read as Cyrillic is "Cafй").
 */
export function cyrillicScore(text: string): number {
  let score = 0;
  let prev: LetterKind = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = letterKind(code, text[i]!);
    if (kind === 'cyrillic-upper' || kind === 'cyrillic-lower') {
      const broken = prev === 'latin' || (kind === 'cyrillic-upper' && prev === 'cyrillic-lower');
      score += broken ? -2 : 1;
    } else if (kind === 'latin' && (prev === 'cyrillic-upper' || prev === 'cyrillic-lower')) {
      score -= 2;
    }
    prev = kind;
  }
  return score;
}

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** U+FFFD in the decoded text: bytes the encoding could not read (or already in the file). */
  replacements: number;
}

/** Decode without throwing; a leading byte order mark is dropped by the decoder. */
export function decodeAs(bytes: Uint8Array, encoding: TextEncoding): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, encoding, replacements: countReplacements(text) };
}

export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Where strict UTF-8 decoding first fails (byte offset), for an error message; null when valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number | null {
  if (isUtf8(bytes)) return null;
  // Binary search on the longest valid prefix; a cut inside a character is tolerated by
  // `stream: true`, so only a real error throws. The bad sequence starts after the last
  // whole character of that prefix.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  const whole = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, lo), { stream: true });
  return new TextEncoder().encode(whole).length;
}
