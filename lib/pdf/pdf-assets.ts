/**
 * pdf.js's helper files, bundled into the extension and read from it, never from a
 * CDN or the PDF's server: the worker, the standard fonts (the 14 base fonts a PDF
 * may name without embedding: old government reports often do) and the image
 * decoders for JPEG 2000 and JBIG2 (scanned pages). Left out, to keep the package
 * small: the Adobe CMaps (1.7 MB; CID fonts without a Unicode map, mostly CJK: such
 * text renders but may not extract) and the JavaScript JPEG 2000 fallback (used only
 * where WebAssembly is unavailable).
 *
 * Vite emits each file as an asset with a hashed name, so there is no directory to
 * hand pdf.js as a base URL: the data factory below maps the file name pdf.js asks
 * for to the emitted URL, and refuses every other name.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

const fonts = import.meta.glob<string>(['/node_modules/pdfjs-dist/standard_fonts/*.pfb', '/node_modules/pdfjs-dist/standard_fonts/*.ttf'], {
  query: '?url',
  import: 'default',
  eager: true,
});
const wasm = import.meta.glob<string>(['/node_modules/pdfjs-dist/wasm/openjpeg.wasm', '/node_modules/pdfjs-dist/wasm/jbig2.wasm'], {
  query: '?url',
  import: 'default',
  eager: true,
});

export const PDF_WORKER_URL: string = workerUrl;

/** File name → bundled URL. */
function byName(files: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));
}

const BUNDLED: Record<string, Map<string, string>> = {
  standardFontDataUrl: byName(fonts),
  wasmUrl: byName(wasm),
  cMapUrl: new Map(),
};

/** The file names bundled for one kind (tests and the report read these). */
export function bundledFiles(kind: 'standardFontDataUrl' | 'wasmUrl' | 'cMapUrl'): string[] {
  return [...(BUNDLED[kind]?.keys() ?? [])];
}

/**
 * pdf.js's `BinaryDataFactory` contract: `fetch({ kind, filename })` resolves to the
 * file's bytes. Used with `useWorkerFetch: false`, so the worker asks the page and the
 * page reads only its own bundled files.
 */
export class BundledDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = BUNDLED[kind]?.get(filename);
    if (!url) throw new Error(`Silk Lens does not bundle pdf.js ${kind} file "${filename}"`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`bundled file ${filename}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}
