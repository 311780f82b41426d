/**
 * Word hashes: how a page says which words it holds without sending them.
 *
 * A word is a maximal run of `isWordChar` in the spelling key (normalize.ts), exactly the
 * unit the trie's matches start and end on, so a dictionary form can match a block only
 * if every one of the form's words is a word of that block. Both sides hash words with
 * the one function here (32-bit FNV-1a over UTF-16 code units): the content script hashes
 * the words of its blocks, the background the words of every form (page-index.ts). A
 * collision only makes the background send a form the page cannot match.
 *
 * On the wire the set is a sorted Uint32Array as base64: Chrome JSON-serialises messages,
 * so a typed array would arrive as an object with one key per element.
 */
import { foldKeyShared, isWordChar } from './normalize';

/** Most hashes one request may carry: a 5 MB page holds well under 200k distinct words. */
export const MAX_WORD_HASHES = 1 << 20;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of key[from, to), unsigned 32-bit. */
export function hashWord(key: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let p = from; p < to; p++) h = Math.imul(h ^ key.charCodeAt(p), FNV_PRIME);
  return h >>> 0;
}

/** Calls `each` with the hash of every word of an already folded key, in order (repeats included). */
export function forEachKeyWord(key: string, each: (hash: number) => void): void {
  let p = 0;
  const n = key.length;
  while (p < n) {
    if (!isWordChar(key.charCodeAt(p))) { p++; continue; }
    const start = p;
    while (p < n && isWordChar(key.charCodeAt(p))) p++;
    each(hashWord(key, start, p));
  }
}

/** The distinct word hashes of a folded key (a dictionary form's key), sorted. */
export function keyWordHashes(key: string): number[] {
  const out: number[] = [];
  forEachKeyWord(key, (h) => out.push(h));
  if (out.length < 2) return out;
  out.sort((a, b) => a - b);
  let n = 1;
  for (let i = 1; i < out.length; i++) if (out[i] !== out[n - 1]) out[n++] = out[i]!;
  out.length = n;
  return out;
}

/**
 * Adds the hashes of every word of page text (folded as the scan folds it) to `into`.
 * One pass, hashing while it reads (the page runs this over every block it collects):
 * same result as forEachKeyWord, which a test checks.
 */
export function addTextWordHashes(text: string, into: Set<number>): void {
  const key = foldKeyShared(text).key;
  let h = FNV_OFFSET, inWord = false;
  for (let p = 0; p < key.length; p++) {
    const c = key.charCodeAt(p);
    if (isWordChar(c)) { h = Math.imul(h ^ c, FNV_PRIME); inWord = true; }
    else if (inWord) { into.add(h >>> 0); h = FNV_OFFSET; inWord = false; }
  }
  if (inWord) into.add(h >>> 0);
}

/** Sorted, distinct hashes → base64 of their little-endian Uint32Array. */
export function packHashes(hashes: Iterable<number>): string {
  const sorted = Uint32Array.from(new Set(hashes)).sort();
  if (sorted.length > MAX_WORD_HASHES) throw new Error(`too many word hashes: ${sorted.length} (at most ${MAX_WORD_HASHES})`);
  const bytes = new Uint8Array(sorted.length * 4);
  const view = new DataView(bytes.buffer);
  sorted.forEach((h, i) => view.setUint32(i * 4, h, true));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  return btoa(binary);
}

/** Base64 text (the message schema checks it too: lib/messages.ts). */
export const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * base64 → sorted Uint32Array. Throws a plain Error (never a crash deeper in) when the
 * text is not base64, not whole 32-bit words, too many, or not strictly increasing.
 */
export function unpackHashes(packed: string, max = MAX_WORD_HASHES): Uint32Array {
  if (packed.length % 4 !== 0 || !BASE64.test(packed)) throw new Error('word hashes: not base64');
  if ((packed.length / 4) * 3 > max * 4 + 2) throw new Error(`word hashes: too many (at most ${max})`);
  const binary = atob(packed);
  if (binary.length % 4 !== 0) throw new Error('word hashes: not a whole number of 32-bit hashes');
  const out = new Uint32Array(binary.length / 4);
  for (let i = 0; i < out.length; i++) {
    const b = i * 4;
    out[i] = (binary.charCodeAt(b) | (binary.charCodeAt(b + 1) << 8) | (binary.charCodeAt(b + 2) << 16) | (binary.charCodeAt(b + 3) << 24)) >>> 0;
    if (i > 0 && out[i]! <= out[i - 1]!) throw new Error('word hashes: not sorted and distinct');
  }
  if (out.length > max) throw new Error(`word hashes: too many (at most ${max})`);
  return out;
}

/** First position in a sorted Uint32Array whose value is not below `h` (its length if none). */
export function lowerBound(sorted: Uint32Array, h: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < h) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Position of `h` in a sorted Uint32Array (the first, if repeated), or -1. */
export function hashIndex(sorted: Uint32Array, h: number): number {
  const i = lowerBound(sorted, h);
  return i < sorted.length && sorted[i] === h ? i : -1;
}

/** Binary search in a sorted Uint32Array. */
export const hasHash = (sorted: Uint32Array, h: number): boolean => hashIndex(sorted, h) >= 0;
