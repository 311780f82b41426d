/**
 * The same page controller the content script runs (lib/content/controller.ts), over
 * the reader's pages: the same dictionary, cards, display settings and site switches.
 * What differs is how news reaches an extension page: the background's tab messages
 * (fact base changed, walk commands) go to content scripts only, so the reader listens
 * for the commands itself and re-asks for the dictionary when its tab comes back.
 */
import { browser } from '#imports';
import { PageController } from '../content/controller';
import type { CardFactory } from '../content/card-surface';
import { deepActiveElement, isEditableTarget } from '../content/editable';
import { DISPLAY_KEY, parseDisplay } from '../settings/display';
import { isSiteBlocked } from '../settings/site-match';
import { controllerMessaging } from '../content/controller-messaging';
import { pageTools } from '../content/page-tools';

export interface ReaderMatchingDeps {
  host: string | null;
  signal: AbortSignal;
  /** The card popover (components/CardHost.tsx; lib may not import components). */
  createCard: CardFactory;
  doc?: Document;
}

/** Start underlining; 'off' when the PDF's site is switched off or denied by policy. */
export async function startReaderMatching(deps: ReaderMatchingDeps): Promise<{ state: 'off' } | { state: 'on'; controller: PageController }> {
  const { host, signal, createCard } = deps;
  const doc = deps.doc ?? document;
  const { denySites, disabledSites, [DISPLAY_KEY]: display } = await browser.storage.local.get(['denySites', 'disabledSites', DISPLAY_KEY]);
  if (host && isSiteBlocked(host, denySites as string[] | undefined, disabledSites as string[] | undefined)) return { state: 'off' };
  // The reader page bundles the page tools (a content script loads them on demand).
  const controller = new PageController({ ...controllerMessaging(), display: parseDisplay(display), createCard, doc, pageTools: () => Promise.resolve(pageTools) }, signal);
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[DISPLAY_KEY]) controller.setDisplay(parseDisplay(changes[DISPLAY_KEY].newValue));
  };
  // walk-next / walk-previous: the browser takes the keystroke as a command before the
  // page sees it, and the background forwards commands to content scripts only.
  const onCommand = (command: string) => {
    const step = command === 'walk-next' ? 1 : command === 'walk-previous' ? -1 : 0;
    if (step !== 0 && doc.hasFocus() && !isEditableTarget(deepActiveElement(doc))) controller.walk(step);
  };
  // A fact-base edit (options page) while the reader was in another tab: an unchanged
  // version costs one message and no dictionary.
  const onVisible = () => {
    if (doc.visibilityState === 'visible') void controller.refresh().catch(() => undefined);
  };
  doc.addEventListener('visibilitychange', onVisible, { signal });
  browser.storage.onChanged.addListener(onStorage);
  browser.commands.onCommand.addListener(onCommand);
  signal.addEventListener(
    'abort',
    () => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.commands.onCommand.removeListener(onCommand);
    },
    { once: true },
  );
  controller.start().catch((error: unknown) => console.warn('[Silk Lens]', error));
  return { state: 'on', controller };
}
