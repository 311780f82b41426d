import { describe, expect, it } from 'vitest';
import { isPdfUrl, pdfReaderUrl } from './reader-url';

describe('pdfReaderUrl', () => {
  it('carries the PDF address as one encoded query value', () => {
    expect(pdfReaderUrl('chrome-extension://x/pdf.html', 'https://osce.org/a b.pdf?x=1&y=2#p3')).toBe('chrome-extension://x/pdf.html?src=https%3A%2F%2Fosce.org%2Fa%20b.pdf%3Fx%3D1%26y%3D2%23p3');
  });
});

describe('isPdfUrl', () => {
  it.each([
    ['https://www.osce.org/files/report.pdf', true, 'a .pdf path'],
    ['https://example.org/REPORT.PDF?download=1', true, 'any case, with a query'],
    ['file:///home/me/brief.pdf', true, 'a local file'],
    ['https://example.org/pdf', false, 'no extension'],
    ['https://example.org/a.pdf.html', false, 'an HTML page named after a PDF'],
    ['javascript:alert(1)//.pdf', false, 'not http(s) or file'],
    ['not a url', false, 'not a URL'],
    [undefined, false, 'no address'],
  ])('%s → %s (%s)', (url, expected, rule) => {
    expect(isPdfUrl(url), rule).toBe(expected);
  });
});
