/**
 * Download a PDF's bytes for the reader page, and nothing else: size capped (read in a
 * stream, so a server that lies about Content-Length or sends none is cut off at the
 * cap), refused as soon as the first bytes show it is not a PDF (an HTML error page
 * served with a 200 never reaches pdf.js), progress reported as bytes arrive.
 * Failures come back as values the page turns into words.
 */

/** The largest PDF the reader loads: the bytes sit in memory twice (page and worker). */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;

/**
 * Readers accept a PDF header anywhere in the first 1,024 bytes (some generators put
 * junk before it); pdf.js does too, so the reader's check is no stricter than pdf.js.
 */
const HEADER_WINDOW = 1024;
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export type PdfFetchError =
  | { kind: 'http'; status: number }
  | { kind: 'network'; detail: string }
  | { kind: 'too-large'; limit: number; size: number }
  | { kind: 'not-pdf' }
  | { kind: 'aborted' };

export type PdfBytesResult = { ok: true; bytes: Uint8Array } | { ok: false; error: PdfFetchError };

export interface FetchPdfOptions {
  fetch_?: typeof fetch;
  signal?: AbortSignal;
  limit?: number;
  /** Bytes received so far, and the total when the server said it. */
  onProgress?(received: number, total: number | undefined): void;
}

/** Where "%PDF-" starts within the first 1,024 bytes, or -1. */
export function pdfHeaderOffset(bytes: Uint8Array): number {
  const end = Math.min(bytes.length, HEADER_WINDOW) - PDF_MAGIC.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < PDF_MAGIC.length; j++) if (bytes[i + j] !== PDF_MAGIC[j]) continue outer;
    return i;
  }
  return -1;
}

/** Bytes already in hand (a file the reader picked): the same size and header rules. */
export function checkPdfBytes(bytes: Uint8Array, limit = MAX_PDF_BYTES): PdfBytesResult {
  if (bytes.length > limit) return { ok: false, error: { kind: 'too-large', limit, size: bytes.length } };
  if (pdfHeaderOffset(bytes) < 0) return { ok: false, error: { kind: 'not-pdf' } };
  return { ok: true, bytes };
}

export async function fetchPdf(url: string, options: FetchPdfOptions = {}): Promise<PdfBytesResult> {
  const { fetch_ = fetch, signal, limit = MAX_PDF_BYTES, onProgress } = options;
  let response: Response;
  try {
    // No referrer and no cookies: the PDF's server cannot tie this download to the
    // reader's session there or to the page they came from (a PDF behind a login is
    // saved and opened from the computer instead). Without cookies, a server that
    // allows any origin (CORS `*`) can be read with no host permission at all.
    response = await fetch_(url, { signal: signal ?? null, credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'follow' });
  } catch (error) {
    return { ok: false, error: failure(error, signal) };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, error: { kind: 'http', status: response.status } };
  }
  const declared = Number(response.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : undefined;
  if (total !== undefined && total > limit) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, error: { kind: 'too-large', limit, size: total } };
  }
  if (!response.body) return checkPdfBytes(new Uint8Array(await response.arrayBuffer()), limit);
  return readCapped(response.body.getReader(), { limit, total, signal, onProgress });
}

async function readCapped(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  o: { limit: number; total: number | undefined; signal: AbortSignal | undefined; onProgress: FetchPdfOptions['onProgress'] },
): Promise<PdfBytesResult> {
  const chunks: Uint8Array[] = [];
  let received = 0;
  let headerChecked = false;
  const stop = async (error: PdfFetchError): Promise<PdfBytesResult> => {
    await reader.cancel().catch(() => undefined);
    return { ok: false, error };
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      if (received > o.limit) return stop({ kind: 'too-large', limit: o.limit, size: received });
      if (!headerChecked && received >= HEADER_WINDOW) {
        headerChecked = true;
        if (pdfHeaderOffset(join(chunks, received)) < 0) return stop({ kind: 'not-pdf' });
      }
      o.onProgress?.(received, o.total);
    }
  } catch (error) {
    return stop(failure(error, o.signal));
  }
  return checkPdfBytes(join(chunks, received), o.limit);
}

function join(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  chunks.splice(0, chunks.length, out);
  return out;
}

function failure(error: unknown, signal: AbortSignal | undefined): PdfFetchError {
  if (signal?.aborted || (error instanceof DOMException && error.name === 'AbortError')) return { kind: 'aborted' };
  return { kind: 'network', detail: error instanceof Error ? error.message : String(error) };
}
