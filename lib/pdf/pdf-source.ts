/**
 * What the reader may do with the `src` it was given: a web address (download it,
 * after the reader grants host permission for its origin), a local file (needs the
 * browser's "Allow access to file URLs"; otherwise the reader picks the file), or
 * nothing (refused: the value becomes text on the page, never a request).
 */
export type PdfSource =
  | { kind: 'web'; url: string; host: string; originPattern: string; page?: number }
  | { kind: 'file'; url: string; name: string; page?: number }
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
    const page = pageOf(url);
    // Match patterns carry no port: the permission covers the host on any port.
    return { kind: 'web', url: url.href, host: url.hostname, originPattern: `${url.protocol}//${url.hostname}/*`, ...page };
  }
  if (url.protocol === 'file:') {
    const page = pageOf(url);
    const name = decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
    return { kind: 'file', url: url.href, name, ...page };
  }
  return { kind: 'invalid', raw };
}

/**
 * The `#page=N` open parameter (links to a report's page use it), taken off the
 * address: a fragment is never sent to the server anyway.
 */
function pageOf(url: URL): { page?: number } {
  const m = /(?:^#|&)page=(\d{1,6})(?:&|$)/.exec(url.hash);
  url.hash = '';
  const page = m ? Number(m[1]) : 0;
  return page >= 1 ? { page } : {};
}

/** "12.3 MB" in the reader's language. */
export function formatBytes(bytes: number, locale?: string): string {
  const mb = bytes / (1024 * 1024);
  const [unit, value] = mb >= 1 ? (['megabyte', mb] as const) : (['kilobyte', Math.max(1, Math.round(bytes / 1024))] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: mb >= 10 || unit === 'kilobyte' ? 0 : 1 }).format(value);
}
