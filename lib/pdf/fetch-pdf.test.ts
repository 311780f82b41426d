import { describe, expect, it } from 'vitest';
import { checkPdfBytes, fetchPdf, pdfHeaderOffset, type PdfBytesResult } from './fetch-pdf';

const enc = new TextEncoder();
const PDF = enc.encode('%PDF-1.7\n' + 'x'.repeat(3000) + '\n%%EOF');

/** A response whose body arrives in chunks of `chunk` bytes. */
function streamed(bytes: Uint8Array, init: { status?: number; length?: number | null; chunk?: number } = {}): Response {
  const chunk = init.chunk ?? 512;
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.slice(at, at + chunk));
      at += chunk;
    },
  });
  const headers = new Headers();
  if (init.length !== null) headers.set('content-length', String(init.length ?? bytes.length));
  return new Response(body, { status: init.status ?? 200, headers });
}

const fetchOf = (r: Response | Error) => (async () => {
  if (r instanceof Error) throw r;
  return r;
}) as unknown as typeof fetch;

describe('pdfHeaderOffset', () => {
  it.each([
    ['%PDF-1.4', 0, 'header at the start'],
    ['\n\n junk %PDF-1.7', 8, 'junk before the header is tolerated'],
    [' '.repeat(1100) + '%PDF-1.7', -1, 'a header past the first 1,024 bytes is not a header'],
    ['<!doctype html><title>404</title>', -1, 'an HTML page is not a PDF'],
    ['%PDF', -1, 'a truncated magic is not a header'],
  ])('%j → %d (%s)', (text, expected, rule) => {
    expect(pdfHeaderOffset(enc.encode(text)), rule).toBe(expected);
  });
});

describe('fetchPdf', () => {
  const cases: [string, Response | Error, Partial<Parameters<typeof fetchPdf>[1]>, (r: PdfBytesResult) => void][] = [
    ['a PDF in chunks arrives whole', streamed(PDF), {}, (r) => expect(r.ok && r.bytes.length, 'every byte kept').toBe(PDF.length)],
    ['404 is an http error', streamed(enc.encode('nope'), { status: 404 }), {}, (r) => expect(r, 'status carried').toEqual({ ok: false, error: { kind: 'http', status: 404 } })],
    ['a failed connection is a network error', new TypeError('Failed to fetch'), {}, (r) => expect(!r.ok && r.error.kind, 'network').toBe('network')],
    ['a declared size over the cap is refused before reading', streamed(PDF), { limit: 100 }, (r) => expect(!r.ok && r.error, 'declared size').toEqual({ kind: 'too-large', limit: 100, size: PDF.length })],
    ['an undeclared size is cut off at the cap', streamed(PDF, { length: null }), { limit: 1500 }, (r) => expect(!r.ok && r.error.kind, 'stream capped').toBe('too-large')],
    ['a lying Content-Length is cut off at the cap', streamed(PDF, { length: 10 }), { limit: 1500 }, (r) => expect(!r.ok && r.error.kind, 'stream capped').toBe('too-large')],
    ['HTML served with 200 is not a PDF', streamed(enc.encode('<html>' + 'y'.repeat(4000))), {}, (r) => expect(!r.ok && r.error.kind, 'header check').toBe('not-pdf')],
    ['a short non-PDF body is not a PDF', streamed(enc.encode('hello')), {}, (r) => expect(!r.ok && r.error.kind, 'header check at end').toBe('not-pdf')],
  ];
  it.each(cases)('%s', async (_rule, response, options, check) => {
    check(await fetchPdf('https://example.org/a.pdf', { fetch_: fetchOf(response), ...options }));
  });

  it('stops reading a non-PDF after its first kilobyte', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(enc.encode('<p>'.repeat(200)));
      },
    });
    const r = await fetchPdf('https://example.org/a.pdf', { fetch_: fetchOf(new Response(body)) });
    expect(!r.ok && r.error.kind, 'refused as not a PDF').toBe('not-pdf');
    expect(pulled, 'an endless HTML body is abandoned early').toBeLessThan(5);
  });

  it('reports progress with the declared total', async () => {
    const seen: [number, number | undefined][] = [];
    await fetchPdf('https://example.org/a.pdf', { fetch_: fetchOf(streamed(PDF)), onProgress: (n, t) => seen.push([n, t]) });
    expect(seen.at(-1), 'last progress is the whole file').toEqual([PDF.length, PDF.length]);
    expect(seen.length, 'progress per chunk').toBeGreaterThan(1);
  });

  it('an aborted download is reported as aborted, not as a network failure', async () => {
    const abort = new AbortController();
    abort.abort();
    const r = await fetchPdf('https://example.org/a.pdf', { fetch_: fetchOf(new DOMException('aborted', 'AbortError') as unknown as Error), signal: abort.signal });
    expect(!r.ok && r.error.kind, 'aborted').toBe('aborted');
  });
});

describe('checkPdfBytes (a picked file)', () => {
  it('applies the same cap and header rule', () => {
    expect(checkPdfBytes(PDF).ok, 'a PDF passes').toBe(true);
    expect(checkPdfBytes(PDF, 10), 'over the cap').toEqual({ ok: false, error: { kind: 'too-large', limit: 10, size: PDF.length } });
    expect(checkPdfBytes(enc.encode('PK\u0003\u0004')), 'a zip is not a PDF').toEqual({ ok: false, error: { kind: 'not-pdf' } });
  });
});
