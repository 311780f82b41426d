/**
 * The Silk Lens PDF reader (an extension page, entrypoints/pdf/) is opened with the
 * PDF's address as a query value; the reader fetches it only when the user asks.
 */
export const PDF_READER_PAGE = '/pdf.html';

/** Address of the reader for one PDF: `<extension>/pdf.html?src=<encoded url>`. */
export function pdfReaderUrl(readerPage: string, pdfUrl: string): string {
  return `${readerPage}?src=${encodeURIComponent(pdfUrl)}`;
}

/** Whether an address looks like a PDF document (by path; the reader checks the bytes). */
export function isPdfUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'file:') && /\.pdf$/i.test(u.pathname);
  } catch {
    return false;
  }
}
