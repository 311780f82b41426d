/**
 * The underline styles (`::highlight(silklens-…)` rules), applied by the content script
 * itself and only where it runs. Declared in the manifest instead, the browser injected
 * them into every page, even sites where Silk Lens is switched off or denied by policy,
 * and any page could tell the extension was installed:
 * `getComputedStyle(el, '::highlight(silklens-person)').textDecorationLine` read
 * "underline" there (checked in Chromium 156). Where it runs, a page can tell anyway
 * (CSS.highlights, docs/privacy.md), so an adopted sheet costs nothing more.
 *
 * The sheet is a constructed stylesheet in `document.adoptedStyleSheets`; a page that
 * reassigns that array drops it, so the painter calls `reclaimHighlightStyle()` before
 * each paint, like the highlight registry guard.
 */

let adopted: { doc: Document; sheet: CSSStyleSheet | null; fallback: HTMLStyleElement | null } | null = null;

/** Apply the highlight styles to `doc` until `signal` aborts. */
export function adoptHighlightStyle(doc: Document, cssText: string, signal: AbortSignal): void {
  if (signal.aborted) return;
  let sheet: CSSStyleSheet | null = null;
  let fallback: HTMLStyleElement | null = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // Constructed sheets unavailable to this world: a <style> element does the same.
    sheet = null;
    fallback = doc.createElement('style');
    fallback.textContent = cssText;
    (doc.head ?? doc.documentElement).append(fallback);
  }
  const mine = { doc, sheet, fallback };
  adopted = mine;
  signal.addEventListener('abort', () => {
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    fallback?.remove();
    if (adopted === mine) adopted = null;
  });
}

/** Put the styles back if the page removed them. Returns whether it had to. */
export function reclaimHighlightStyle(): boolean {
  if (!adopted) return false;
  const { doc, sheet, fallback } = adopted;
  if (sheet && !doc.adoptedStyleSheets.includes(sheet)) {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return true;
  }
  if (fallback && !fallback.isConnected) {
    (doc.head ?? doc.documentElement).append(fallback);
    return true;
  }
  return false;
}
