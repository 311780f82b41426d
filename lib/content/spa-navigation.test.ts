import { describe, expect, it } from 'vitest';
import { watchNavigation } from './spa-navigation';

/** A window stand-in: events plus a location whose href the test moves (as pushState does). */
function fakeWindow(href: string, withNavigationApi: boolean) {
  const win = new EventTarget() as EventTarget & { location: { href: string }; navigation?: EventTarget };
  win.location = { href };
  if (withNavigationApi) win.navigation = new EventTarget();
  return win;
}

describe('watchNavigation', () => {
  it.each([
    { why: 'the Navigation API reports it', api: true, fire: (w: ReturnType<typeof fakeWindow>) => w.navigation!.dispatchEvent(new Event('navigatesuccess')) },
    { why: 'popstate reports it', api: false, fire: (w: ReturnType<typeof fakeWindow>) => w.dispatchEvent(new Event('popstate')) },
    { why: 'the URL check on a mutation batch notices it (pushState fires no event)', api: false, fire: (_w: ReturnType<typeof fakeWindow>, check: () => void) => check() },
  ])('a new URL is a new page when $why', ({ api, fire }) => {
    const win = fakeWindow('https://news.example/a', api);
    let pages = 0;
    const watch = watchNavigation(win as unknown as Window, new AbortController().signal, () => pages++);
    fire(win, watch.check);
    expect(pages, 'no navigation while the URL is the same').toBe(0);
    win.location.href = 'https://news.example/b';
    fire(win, watch.check);
    fire(win, watch.check);
    expect(pages, 'one navigation per new URL').toBe(1);
  });

  it('a #fragment change is not a new page, and nothing is reported after abort', () => {
    const win = fakeWindow('https://news.example/a', true);
    const abort = new AbortController();
    let pages = 0;
    const watch = watchNavigation(win as unknown as Window, abort.signal, () => pages++);
    win.location.href = 'https://news.example/a#section-2';
    watch.check();
    expect(pages, 'same document, another anchor').toBe(0);
    abort.abort();
    win.location.href = 'https://news.example/c';
    watch.check();
    win.dispatchEvent(new Event('popstate'));
    expect(pages, 'torn down').toBe(0);
  });
});
