/**
 * Bytes of generated code per source file, from a version-3 source map (the format every
 * bundler writes: https://tc39.es/ecma426/). Each mapped segment of a generated line runs
 * from its column to the next segment's column (or the line's end) and is charged to the
 * source it maps to; unmapped code (the bundler's own wrapper) goes to "(unmapped)".
 * Bytes are UTF-8, as the browser downloads and parses them.
 */

export interface ModuleBytes {
  source: string;
  bytes: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));
export const UNMAPPED = '(unmapped)';

/** The numbers of one segment ("AAAA,"-style base64 VLQ). Throws on a character outside base64. */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(`not a base64 VLQ digit: "${c}"`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    // Lowest bit is the sign.
    out.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  if (shift) throw new Error(`unterminated VLQ in "${segment}"`);
  return out;
}

interface SourceMapV3 {
  sources: string[];
  mappings: string;
}

function isSourceMap(map: unknown): map is SourceMapV3 {
  const m = map as Partial<SourceMapV3> | null;
  return !!m && Array.isArray(m.sources) && m.sources.every((s) => typeof s === 'string') && typeof m.mappings === 'string';
}

/** Rows sorted by bytes, largest first; their sum is the file's size in bytes (line breaks to "(unmapped)"). */
export function moduleBytes(code: string, map: unknown): ModuleBytes[] {
  if (!isSourceMap(map)) throw new Error('not a version-3 source map (sources[] and mappings expected)');
  const sources = map.sources.map(cleanSource);
  const totals = new Map<string, number>();
  const add = (source: string, text: string) => {
    if (text) totals.set(source, (totals.get(source) ?? 0) + Buffer.byteLength(text));
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0; // relative across the whole map, per the format
  lines.forEach((line, li) => {
    let column = 0; // relative within a line
    let owner = UNMAPPED;
    let from = 0;
    for (const segment of (mappingLines[li] ?? '').split(',')) {
      if (!segment) continue;
      const [dColumn = 0, dSource] = decodeVlq(segment);
      column += dColumn;
      add(owner, line.slice(from, column));
      from = column;
      if (dSource === undefined) owner = UNMAPPED;
      else {
        sourceIndex += dSource;
        owner = sources[sourceIndex] ?? UNMAPPED;
      }
    }
    add(owner, line.slice(from));
    if (li < lines.length - 1) add(UNMAPPED, '\n');
  });
  return [...totals].map(([source, bytes]) => ({ source, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/** "../../node_modules/.pnpm/x/node_modules/preact/dist/preact.mjs" → "node_modules/preact/dist/preact.mjs". */
export function cleanSource(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) return source.slice(nm);
  return source.replace(/^(\.\.\/)+/, '').replace(/^\/?(\.\/)?/, '');
}

/** The npm package a cleaned source belongs to ("node_modules/@scope/name/…" → "@scope/name"), or null for our own code. */
export function packageOf(source: string): string | null {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return m ? m[1]! : null;
}
