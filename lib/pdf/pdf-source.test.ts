import { describe, expect, it } from 'vitest';
import { formatBytes, pdfSourceOf } from './pdf-source';

const reader = (src?: string) => `chrome-extension://abc/pdf.html${src === undefined ? '' : `?src=${encodeURIComponent(src)}`}`;

describe('pdfSourceOf', () => {
  it.each([
    [reader('https://www.osce.org/files/report.pdf#page=3'), { kind: 'web', url: 'https://www.osce.org/files/report.pdf', host: 'www.osce.org', originPattern: 'https://www.osce.org/*', page: 3 }, 'a web PDF: #page=N kept apart, the fragment never goes to the server'],
    [reader('https://un.org/r.pdf#zoom=80&page=12'), { kind: 'web', url: 'https://un.org/r.pdf', host: 'un.org', originPattern: 'https://un.org/*', page: 12 }, 'page among other open parameters'],
    [reader('https://un.org/r.pdf#page=0'), { kind: 'web', url: 'https://un.org/r.pdf', host: 'un.org', originPattern: 'https://un.org/*' }, 'no page 0'],
    [reader('https://un.org/r.pdf#nopage=4'), { kind: 'web', url: 'https://un.org/r.pdf', host: 'un.org', originPattern: 'https://un.org/*' }, 'only the page parameter itself'],
    [reader('http://127.0.0.1:8080/a.pdf'), { kind: 'web', url: 'http://127.0.0.1:8080/a.pdf', host: '127.0.0.1', originPattern: 'http://127.0.0.1/*' }, 'a port is not part of a match pattern'],
    [reader('file:///home/me/Brief%202026.pdf#page=2'), { kind: 'file', url: 'file:///home/me/Brief%202026.pdf', name: 'Brief 2026.pdf', page: 2 }, 'a local file'],
    [reader(), { kind: 'none' }, 'no src'],
    [reader('   '), { kind: 'none' }, 'a blank src'],
    [reader('javascript:alert(1)'), { kind: 'invalid', raw: 'javascript:alert(1)' }, 'script addresses are refused'],
    [reader('chrome://settings/a.pdf'), { kind: 'invalid', raw: 'chrome://settings/a.pdf' }, 'browser pages are refused'],
    [reader('https://user:pw@example.org/a.pdf'), { kind: 'invalid', raw: 'https://user:pw@example.org/a.pdf' }, 'an address with credentials is refused'],
    [reader('not a url'), { kind: 'invalid', raw: 'not a url' }, 'not an address'],
  ])('%s', (href, expected, rule) => {
    expect(pdfSourceOf(href), rule).toEqual(expected);
  });
});

describe('formatBytes', () => {
  it.each([
    [512, 'en', '1 kB', 'under a kilobyte rounds up to 1 kB'],
    [1536 * 1024, 'en', '1.5 MB', 'one decimal under 10 MB'],
    [150 * 1024 * 1024, 'en', '150 MB', 'no decimals from 10 MB'],
  ])('%d bytes (%s) → %s', (bytes, locale, expected, rule) => {
    expect(formatBytes(bytes, locale), rule).toBe(expected);
  });
});
