/**
 * What the reader may do with the `src` it was given: a web address (download it,
 * after the reader grants host permission for its origin), a local file (needs the
 * browser's "Allow access to file URLs"; otherwise the reader picks the file), or
 * nothing (refused: the value becomes text on the page, never a request).
 */
export type PdfSource =
  | { kind: 'web'; url: string; host: string; originPattern: string }
  | { kind: 'file'; url: string; name: string }
  | { kind: 'none' }
  | { kind: 'invalid'; raw: string };

/** The reader page's own address → what its `src` names. */
export function pdfSourceOf(readerHref: string): PdfSource {
  const raw = new URL(readerHref).searchParams.get('src');
  if (raw === null || raw.trim() === '') return { kind: 'none' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { kind: 'invalid', raw };
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') {
    // Credentials in the address would be sent to the server: never from our page.
    if (url.username || url.password) return { kind: 'invalid', raw };
    url.hash = '';
    // Match patterns carry no port: the permission covers the host on any port.
    return { kind: 'web', url: url.href, host: url.hostname, originPattern: `${url.protocol}//${url.hostname}/*` };
  }
  if (url.protocol === 'file:') {
    url.hash = '';
    const name = decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
    return { kind: 'file', url: url.href, name };
  }
  return { kind: 'invalid', raw };
}

/** "12.3 MB" in the reader's language. */
export function formatBytes(bytes: number, locale?: string): string {
  const mb = bytes / (1024 * 1024);
  const [unit, value] = mb >= 1 ? (['megabyte', mb] as const) : (['kilobyte', Math.max(1, Math.round(bytes / 1024))] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: mb >= 10 || unit === 'kilobyte' ? 0 : 1 }).format(value);
}
