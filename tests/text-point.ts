/**
 * Runs in the page (Chromium through playwright, Firefox through puppeteer): the middle
 * of the first occurrence of `text` in the body's text nodes, in viewport pixels, or null.
 * Shared by both browser harnesses' `hoverText`.
 */
export function textPoint(text: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.textContent!.indexOf(text);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + text.length);
    const rect = r.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}
