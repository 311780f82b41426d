/**
 * A single-page app's navigation (history.pushState / replaceState / popstate) is a new
 * page to the reader. The isolated world cannot patch the page's history functions,
 * so: the Navigation API's `navigatesuccess` where the browser has it, `popstate`, and a
 * cheap URL comparison that the caller runs on every mutation batch (a pushState
 * followed by new content shows up there). A change of the #fragment alone is not a
 * new page.
 */
type NavigationLike = EventTarget;

export interface NavigationWatch {
  /** Compare the URL now (O(1)); calls onNavigate when the page moved. */
  check(): void;
}

export function watchNavigation(win: Window, signal: AbortSignal, onNavigate: () => void): NavigationWatch {
  const pageOf = (href: string) => href.split('#')[0]!;
  let page = pageOf(win.location.href);
  const check = () => {
    const now = pageOf(win.location.href);
    if (now === page || signal.aborted) return;
    page = now;
    onNavigate();
  };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('navigatesuccess', check, { signal });
  win.addEventListener('popstate', check, { signal });
  return { check };
}
