/**
 * Open PDF bytes with pdf.js, set up for an MV3 extension page: no eval (the page's
 * CSP forbids it; pdf.js then interprets PDF functions instead of compiling them),
 * the worker and every helper file from the extension's own bundle (pdf-assets.ts),
 * nothing fetched by URL (the bytes are handed over; range and stream loading off),
 * no XFA forms, no scripting (the sandbox build is never loaded). Errors come back as
 * values: a password-protected PDF and a broken one are told apart.
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import { BundledDataFactory, PDF_WORKER_URL } from './pdf-assets';

export type OpenPdfError = { kind: 'password' } | { kind: 'broken'; detail: string };
export type OpenPdfResult = { ok: true; doc: PDFDocumentProxy; destroy(): Promise<void> } | { ok: false; error: OpenPdfError };

/**
 * Base URLs pdf.js insists on (set, ending in "/") before it asks the data factory;
 * BundledDataFactory never uses them: it maps file names to bundled assets. A path on
 * the extension's own origin, so even a stray use could reach nothing outside.
 */
function bundledBase(): string {
  return new URL('/pdfjs/', globalThis.location?.href ?? 'chrome-extension://invalid/').href;
}

export async function openPdf(bytes: Uint8Array, signal?: AbortSignal): Promise<OpenPdfResult> {
  try {
    return await open(bytes, signal);
  } catch (error) {
    // getDocument itself threw (bad options, no worker): the same sentence as a broken file.
    return { ok: false, error: { kind: 'broken', detail: error instanceof Error ? error.message : String(error) } };
  }
}

async function open(bytes: Uint8Array, signal?: AbortSignal): Promise<OpenPdfResult> {
  GlobalWorkerOptions.workerSrc = PDF_WORKER_URL;
  const BUNDLED_BASE = bundledBase();
  const task = getDocument({
    data: bytes,
    isEvalSupported: false,
    enableXfa: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    useWorkerFetch: false,
    BinaryDataFactory: BundledDataFactory,
    standardFontDataUrl: BUNDLED_BASE,
    wasmUrl: BUNDLED_BASE,
    // Warnings about a PDF's quirks would fill the console of every reader.
    verbosity: 0,
  });
  // No password dialog: a protected PDF is reported (pdf.js would otherwise wait forever).
  let passwordAsked = false;
  task.onPassword = () => {
    passwordAsked = true;
    void task.destroy();
  };
  const destroy = () => task.destroy();
  signal?.addEventListener('abort', () => void destroy(), { once: true });
  try {
    const doc = await task.promise;
    return { ok: true, doc, destroy };
  } catch (error) {
    void destroy();
    return { ok: false, error: classify(error, passwordAsked) };
  }
}

function classify(error: unknown, passwordAsked: boolean): OpenPdfError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException' || passwordAsked) return { kind: 'password' };
  return { kind: 'broken', detail: error instanceof Error ? error.message : String(error) };
}
