/**
 * Download with the least permission that works. The first try needs none where the
 * browser already lets the extension read the origin (in Chromium the content script's
 * `<all_urls>` match counts as host access, unless the user restricted the extension's
 * site access) or where the server allows any origin (CORS `*`). Only when that try
 * fails at the network level and the origin is not granted does the reader ask for
 * host permission for that one origin, then try once more. A prompt needs the click's
 * user gesture, which a slow first try can outlive: then the reader says so and the
 * next click asks before downloading.
 */
import type { PdfBytesResult } from './fetch-pdf';

export interface DownloadFlowDeps {
  download(): Promise<PdfBytesResult>;
  hasOrigin(): Promise<boolean>;
  /** Resolves true/false as the user answered; rejects when no prompt could be shown. */
  requestOrigin(): Promise<boolean>;
  /** Shown while the browser's prompt is open. */
  onAsking(): void;
}

/** A download's result, or why the origin could not be read: refused, or no prompt possible. */
export type DownloadOutcome = PdfBytesResult | { ok: false; permission: 'denied' | 'unavailable' };

export async function downloadWithPermission(deps: DownloadFlowDeps, askFirst: boolean): Promise<DownloadOutcome> {
  if (askFirst) {
    const asked = await ask(deps);
    if (asked) return asked;
    return deps.download();
  }
  const first = await deps.download();
  if (first.ok || first.error.kind !== 'network') return first;
  if (await deps.hasOrigin().catch(() => false)) return first;
  const asked = await ask(deps);
  return asked ?? deps.download();
}

/** null when granted; otherwise why not. */
async function ask(deps: DownloadFlowDeps): Promise<DownloadOutcome | null> {
  deps.onAsking();
  const granted = await deps.requestOrigin().catch(() => null);
  if (granted === true) return null;
  return { ok: false, permission: granted === null ? 'unavailable' : 'denied' };
}
