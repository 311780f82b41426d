/**
 * Read a file:// PDF the reader was opened on. Chromium's fetch() refuses the file
 * scheme even for an extension the user allowed to read file URLs; XMLHttpRequest
 * does not (with that switch on). The bytes then pass the same cap and header check.
 */
import { checkPdfBytes, MAX_PDF_BYTES, type PdfBytesResult } from './fetch-pdf';

export function readFileUrl(url: string, limit = MAX_PDF_BYTES): Promise<PdfBytesResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.responseType = 'arraybuffer';
    xhr.onprogress = (e) => {
      if (e.loaded > limit) xhr.abort();
    };
    xhr.onabort = () => resolve({ ok: false, error: { kind: 'too-large', limit, size: limit + 1 } });
    xhr.onerror = () => resolve({ ok: false, error: { kind: 'network', detail: 'the file could not be read' } });
    xhr.onload = () => {
      // file:// answers with status 0 when it worked; a missing file fires onerror.
      const body = xhr.response as ArrayBuffer | null;
      if (!body) return resolve({ ok: false, error: { kind: 'network', detail: 'the file could not be read' } });
      resolve(checkPdfBytes(new Uint8Array(body), limit));
    };
    xhr.send();
  });
}
