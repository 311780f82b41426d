/**
 * Uncaught exceptions of the extension during `npm run bench`: in a page's content-script
 * world (an isolated world whose origin is the extension's) and in the service worker. A
 * page whose scan throws may still settle with the right count from the blocks it did
 * scan, or quietly stop painting later; either way the run must fail, not report a number.
 * Exceptions of the page's own world (mark.js, the bench's instrumentation) are not the
 * extension's and are left out.
 */
import type { Page } from 'playwright-core';
import type { CDPSession as DevtoolsSession } from 'puppeteer-core';
import { EXTENSION_NAME } from '../tests/e2e/content-world';
import type { BenchBrowser } from './bench-browser';

interface ContextCreated {
  context: { id: number; origin: string; name: string; auxData?: { type?: string } };
}
interface ExceptionThrown {
  exceptionDetails: { executionContextId?: number; text: string; exception?: { description?: string }; url?: string; lineNumber?: number };
}

/** One line per exception: its message and where it was thrown. */
export function describeException(e: ExceptionThrown['exceptionDetails']): string {
  const what = (e.exception?.description || e.text).split('\n')[0] || e.text;
  return e.url ? `${what} (${e.url}:${(e.lineNumber ?? 0) + 1})` : what;
}

const pageErrors = new WeakMap<Page, string[]>();

/**
 * Collect the content script's uncaught exceptions on `page` from now on. Call before the
 * navigation (openPage's hook), so the load's own scan is watched.
 */
export async function watchContentScript(page: Page, extensionId: string): Promise<void> {
  const errors: string[] = [];
  pageErrors.set(page, errors);
  const cdp = await page.context().newCDPSession(page);
  const extensionContexts = new Set<number>();
  cdp.on('Runtime.executionContextCreated', (event) => {
    const { context } = event as unknown as ContextCreated;
    // Chromium names an extension's isolated world after the extension and gives it the extension's origin.
    if (context.auxData?.type === 'isolated' && (context.origin.startsWith(`chrome-extension://${extensionId}`) || context.name === EXTENSION_NAME)) extensionContexts.add(context.id);
  });
  cdp.on('Runtime.exceptionThrown', (event) => {
    const { exceptionDetails } = event as unknown as ExceptionThrown;
    if (exceptionDetails.executionContextId !== undefined && extensionContexts.has(exceptionDetails.executionContextId)) errors.push(describeException(exceptionDetails));
  });
  await cdp.send('Runtime.enable');
}

/** The content script's exceptions on `page` so far ([] when it was not watched). */
export function contentScriptErrors(page: Page): string[] {
  return [...(pageErrors.get(page) ?? [])];
}

/**
 * Collect the service worker's uncaught exceptions while it runs (a worker that is stopped
 * and started again is a new target, not followed: the bench keeps it busy enough to live).
 */
export async function watchServiceWorker(b: BenchBrowser): Promise<{ errors(): string[]; stop(): Promise<void> }> {
  const errors: string[] = [];
  const target = await b.devtools
    .waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${b.extensionId}/`), { timeout: 5_000 })
    .catch(() => null);
  let cdp: DevtoolsSession | null = null;
  if (target) {
    cdp = await target.createCDPSession();
    cdp.on('Runtime.exceptionThrown', (event) => errors.push(describeException((event as unknown as ExceptionThrown).exceptionDetails)));
    await cdp.send('Runtime.enable');
  }
  return {
    errors: () => (target ? [...errors] : ['the service worker could not be watched (no DevTools target)']),
    stop: async () => void (await cdp?.detach().catch(() => undefined)),
  };
}
