/**
 * The hosts whose "off on this site" and deny-list entries apply to a frame: its own
 * and the top-level page's. With content scripts in every frame, a site the reader
 * switched off must stay off inside its frames too (an about:blank frame has no host
 * of its own; a cross-origin frame is still "on" that site for the reader).
 * Returns null when the top-level host cannot be known (a cross-origin frame in a
 * browser without location.ancestorOrigins, i.e. Firefox): callers then fail closed.
 */
export function frameHosts(win: Window): string[] | null {
  const own = win.location.hostname;
  if (win === win.top) return [own];
  let top: string | undefined;
  try {
    top = win.top?.location.hostname; // same origin: readable
  } catch {
    // cross-origin: the browser refuses, as it should
  }
  if (top === undefined) {
    const origins = (win.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
    const last = origins && origins.length ? origins.item(origins.length - 1) : null;
    if (last) top = safeHost(last);
  }
  if (top === undefined) return null;
  return own ? [own, top] : [top];
}

function safeHost(origin: string): string | undefined {
  try {
    return new URL(origin).hostname;
  } catch {
    return undefined;
  }
}
