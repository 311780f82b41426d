/**
 * The reader page's flow: show the PDF's address and wait; on "Load this PDF" ask
 * for the origin's host permission (inside the click: browsers require a user
 * gesture), download with progress, cap and header check, open with pdf.js, lay the
 * pages out and hand them to the page controller. Every failure ends in a sentence on
 * the page and the file picker stays available. The page's own chrome carries
 * `data-silklens-ignore`, so the address shown is never matched.
 */
import { i18n } from '#i18n';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { checkPdfBytes, fetchPdf, MAX_PDF_BYTES, type PdfBytesResult, type PdfFetchError } from './fetch-pdf';
import { openPdf, type OpenPdfError } from './open-document';
import { downloadWithPermission } from './download-flow';
import { PageViews } from './page-views';
import { formatBytes, type PdfSource } from './pdf-source';

export interface ReaderDeps {
  doc: Document;
  source: PdfSource;
  /** The interface language (number formats). */
  locale: string;
  /** browser.permissions.request for one origin pattern; must run inside the click. */
  requestOrigin(pattern: string): Promise<boolean>;
  /** browser.permissions.contains for one origin pattern. */
  hasOrigin(pattern: string): Promise<boolean>;
  /** Whether the user allowed this extension to read file:// addresses. */
  fileAccessAllowed(): Promise<boolean>;
  /** Read a file:// address (XHR: fetch() refuses the scheme). */
  readFileUrl(url: string): Promise<PdfBytesResult>;
  /**
   * Start underlining the pages; resolves 'off' when the user or an administrator
   * switched Silk Lens off for the PDF's host.
   */
  startMatching(pages: HTMLElement, host: string | null, signal: AbortSignal): Promise<'on' | 'off'>;
  /** The document is laid out (test builds keep a handle on it). */
  onViews?(views: PageViews, doc: PDFDocumentProxy, picked: { name: string } | null): void;
  fetch_?: typeof fetch;
}

export class ReaderApp {
  private status: HTMLElement;
  private loadButton: HTMLButtonElement;
  private filePicker: HTMLInputElement;
  private pages: HTMLElement;
  private run: AbortController | null = null;
  /** A prompt could not be shown (the gesture expired): the next click asks first. */
  private askFirst = false;

  constructor(
    private deps: ReaderDeps,
    private signal: AbortSignal,
  ) {
    const d = deps.doc;
    d.title = i18n.t('pdf.title');
    const bar = el(d, 'header', 'reader-bar');
    bar.setAttribute('data-silklens-ignore', '');
    const title = el(d, 'h1', '', i18n.t('pdf.title'));
    const address = el(d, 'p', 'reader-src');
    const src = deps.source;
    address.textContent = src.kind === 'web' || src.kind === 'file' ? src.url : src.kind === 'invalid' ? src.raw : '';
    const intro = el(d, 'p', 'reader-intro', i18n.t('pdf.intro'));
    const actions = el(d, 'div', 'reader-actions');
    this.loadButton = el(d, 'button', 'reader-load', i18n.t('pdf.load'));
    this.loadButton.type = 'button';
    this.loadButton.hidden = src.kind !== 'web' && src.kind !== 'file';
    this.loadButton.addEventListener('click', () => void this.load(), { signal });
    const pick = el(d, 'label', 'reader-pick', i18n.t('pdf.openFile'));
    this.filePicker = el(d, 'input');
    this.filePicker.type = 'file';
    this.filePicker.accept = 'application/pdf,.pdf';
    this.filePicker.addEventListener('change', () => void this.loadPicked(), { signal });
    pick.append(this.filePicker);
    actions.append(this.loadButton, pick);
    this.status = el(d, 'p', 'reader-status');
    this.status.setAttribute('role', 'status');
    bar.append(title, address, intro, actions, this.status);
    this.pages = el(d, 'main', 'reader-pages');
    d.body.append(bar, this.pages);
    // Enter loads: the one thing this page asks of the reader.
    if (!this.loadButton.hidden) this.loadButton.focus();
    if (src.kind === 'none') this.say(i18n.t('pdf.noSrc'));
    if (src.kind === 'invalid') this.say(i18n.t('pdf.badSrc', [src.raw]), true);
  }

  /** The "Load this PDF" click (download-flow.ts: permission only if the first try is blocked). */
  async load(): Promise<void> {
    const src = this.deps.source;
    if (src.kind === 'web') {
      const run = this.begin();
      const outcome = await downloadWithPermission(
        {
          download: () => this.download(src.url, run),
          hasOrigin: () => this.deps.hasOrigin(src.originPattern),
          requestOrigin: () => this.deps.requestOrigin(src.originPattern),
          onAsking: () => this.say(i18n.t('pdf.asking', [src.host])),
        },
        this.askFirst,
      );
      if ('permission' in outcome) {
        this.askFirst = outcome.permission === 'unavailable';
        return this.say(i18n.t(this.askFirst ? 'pdf.permissionAgain' : 'pdf.permissionDenied', [src.host]), true);
      }
      return this.show(outcome, src.host, run);
    }
    if (src.kind === 'file') {
      if (!(await this.deps.fileAccessAllowed().catch(() => false))) return this.say(i18n.t('pdf.fileAccess'), true);
      const run = this.begin();
      const bytes = await this.deps.readFileUrl(src.url);
      // A local file has no network: name the likely cause (moved, renamed, unreadable).
      if (!bytes.ok && bytes.error.kind === 'network') return this.say(i18n.t('pdf.errorFile', [src.name]), true);
      return this.show(bytes, null, run);
    }
  }

  private download(url: string, run: AbortController): Promise<PdfBytesResult> {
    return fetchPdf(url, {
      signal: run.signal,
      ...(this.deps.fetch_ ? { fetch_: this.deps.fetch_ } : {}),
      onProgress: (got, total) => this.progress(got, total),
    });
  }

  private async loadPicked(): Promise<void> {
    const file = this.filePicker.files?.[0];
    if (!file) return;
    const run = this.begin();
    // The cap before reading: a picked 4 GB file is refused without loading it.
    if (file.size > MAX_PDF_BYTES) return this.show({ ok: false, error: { kind: 'too-large', limit: MAX_PDF_BYTES, size: file.size } }, null, run, { name: file.name });
    return this.show(checkPdfBytes(new Uint8Array(await file.arrayBuffer())), null, run, { name: file.name });
  }

  /** A new load replaces whatever was shown (and stops its work). */
  private begin(): AbortController {
    this.run?.abort();
    const run = (this.run = new AbortController());
    this.signal.addEventListener('abort', () => run.abort(), { once: true });
    this.pages.replaceChildren();
    return run;
  }

  /** `picked`: a file the reader chose in the picker (not the page's `src`). */
  private async show(bytes: PdfBytesResult, host: string | null, run: AbortController, picked: { name: string } | null = null): Promise<void> {
    if (run.signal.aborted) return;
    if (!bytes.ok) return this.say(this.fetchMessage(bytes.error), true);
    this.say(i18n.t('pdf.opening'));
    const opened = await openPdf(bytes.bytes, run.signal);
    if (run.signal.aborted) return;
    if (!opened.ok) return this.say(openMessage(opened.error), true);
    const views = new PageViews(opened.doc, this.pages, run.signal);
    try {
      await views.layout();
    } catch {
      // No readable first page (a PDF of zero pages, a broken page tree).
      return this.say(i18n.t('pdf.errorBroken'), true);
    }
    if (run.signal.aborted) return;
    this.deps.onViews?.(views, opened.doc, picked);
    // The linked page (#page=N); a picked file is another document: it starts at page 1.
    const src = this.deps.source;
    if (!picked && (src.kind === 'web' || src.kind === 'file') && src.page) views.scrollToPage(src.page);
    // The explanation has been read: give its line to the document.
    this.pages.ownerDocument.querySelector('.reader-intro')?.setAttribute('hidden', '');
    const matching = await this.deps.startMatching(this.pages, host, run.signal);
    this.say(matching === 'off' && host ? i18n.t('pdf.siteOff', [host]) : i18n.t('pdf.ready', [String(views.pageCount)]));
  }

  private progress(received: number, total: number | undefined): void {
    const got = formatBytes(received, this.deps.locale);
    this.say(total ? i18n.t('pdf.downloadingOf', [got, formatBytes(total, this.deps.locale)]) : i18n.t('pdf.downloading', [got]));
  }

  private say(text: string, error = false): void {
    this.status.textContent = text;
    this.status.classList.toggle('reader-error', error);
  }

  private fetchMessage(error: PdfFetchError): string {
    switch (error.kind) {
      case 'http':
        return error.status === 404 ? i18n.t('pdf.errorNotFound') : i18n.t('pdf.errorHttp', [String(error.status)]);
      case 'network':
      case 'aborted':
        return i18n.t('pdf.errorNetwork');
      case 'too-large':
        return i18n.t('pdf.errorTooLarge', [formatBytes(error.size, this.deps.locale), formatBytes(error.limit, this.deps.locale)]);
      case 'not-pdf':
        return i18n.t('pdf.errorNotPdf');
    }
  }
}

function openMessage(error: OpenPdfError): string {
  return error.kind === 'password' ? i18n.t('pdf.errorPassword') : i18n.t('pdf.errorBroken');
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
