/**
 * The card surface the controller holds while the card UI is not yet in the page.
 *
 * The card UI (Preact, @floating-ui/dom, the card components and their stylesheet) is
 * about half of what a content script would otherwise carry, and most pages never open a
 * card; every frame of every page parses the content script on every navigation. So the
 * content script ships without it and the background injects it on demand into the same
 * isolated world (entrypoints/card.ts, lib/background/card-ui-route.ts): ahead of need,
 * once the page has mentions (`preload`), or at the first card at the latest.
 *
 * Until the UI arrives this surface behaves as a card that is not shown: nothing is
 * inside it, nothing is visible. A `show` waits for the UI and then goes through unless
 * a `hide` (or a later `show`) came in between, which is what the controller expects of
 * any card (card-opener.ts checks `epoch`). Once the UI is here every call goes straight
 * to the real surface.
 */
import type { CardAnchor, CardSurface, CardViewProps } from './card-surface';
import type { CardUiFactory } from './card-opener';

export interface LazyCardOptions {
  /** Fetches the card UI: its factory, or null when it could not be had (then a later show tries again). */
  load: () => Promise<CardUiFactory | null>;
  /**
   * What `userDataInPage` says before the UI is here (card-opener.ts reads it to build the
   * first card's props): the real surface's own value for this kind of page.
   */
  userDataInPage: boolean;
}

/** Longest wait for an idle moment before the UI is fetched anyway (a page that is never idle). */
const PRELOAD_IDLE_TIMEOUT_MS = 2000;

/** A show waiting for the UI; only the latest (compared by identity) goes through. */
interface PendingShow {
  focus: boolean;
}

export class LazyCardSurface implements CardSurface {
  private real: CardSurface | null = null;
  /** The factory the UI came with, and the parts it brought (card-opener.ts CardUiParts). */
  private factory: CardUiFactory | null = null;
  private loading: Promise<CardSurface | null> | null = null;
  /** Hides while the UI was not yet here: the epoch moves on them too. */
  private earlyHides = 0;
  private earlyDismissed: string | null = null;
  private pending: PendingShow | null = null;
  private pendingKey: string | null = null;
  private hideWhenShown = false;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly options: LazyCardOptions,
  ) {}

  /** Fetch the UI now, without showing anything (called once the page has mentions). */
  preload(): void {
    void this.ensure();
  }

  private preloadScheduled = false;

  /**
   * Fetch the UI when the frame is next idle (once): the page has mentions, so a hover
   * may come, and it should not wait for the UI. Idle, so that the request never
   * competes with the first paint of the underlines.
   */
  preloadWhenIdle(win: Pick<Window, 'setTimeout'> & Partial<Pick<Window, 'requestIdleCallback'>>): void {
    if (this.preloadScheduled || this.real) return;
    this.preloadScheduled = true;
    const run = () => {
      if (!this.signal.aborted) this.preload();
    };
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: PRELOAD_IDLE_TIMEOUT_MS });
    else win.setTimeout(run, 0);
  }

  /** The real surface once it is here (tests). */
  get loaded(): boolean {
    return this.real !== null;
  }

  private ensure(): Promise<CardSurface | null> {
    if (this.real) return Promise.resolve(this.real);
    this.loading ??= this.options
      .load()
      .catch(() => null)
      .then((factory) => {
        if (!factory || this.signal.aborted) {
          this.loading = null; // the next show tries again
          return null;
        }
        const real = factory(this.doc, this.signal);
        real.dismissedKey = this.earlyDismissed;
        this.factory = factory;
        this.real = real;
        return real;
      });
    return this.loading;
  }

  /**
   * The UI's factory with the parts it brought (the rest of an open, the walk's mark),
   * once the UI is here; null when it could not be had. A `scheduleHide` meanwhile
   * applies to the card the waiting open shows.
   */
  async ui(): Promise<CardUiFactory | null> {
    return (await this.ensure()) ? this.factory : null;
  }

  get shownKey(): string | null {
    return this.real ? this.real.shownKey : this.pendingKey;
  }

  get visible(): boolean {
    return this.real?.visible ?? false;
  }

  get epoch(): number {
    return this.earlyHides + (this.real?.epoch ?? 0);
  }

  get dismissedKey(): string | null {
    return this.real ? this.real.dismissedKey : this.earlyDismissed;
  }

  set dismissedKey(key: string | null) {
    if (this.real) this.real.dismissedKey = key;
    else this.earlyDismissed = key;
  }

  get pointerInCard(): boolean {
    return this.real?.pointerInCard ?? false;
  }

  get userDataInPage(): boolean {
    return this.real ? this.real.userDataInPage !== false : this.options.userDataInPage;
  }

  get root(): ShadowRoot | null {
    return this.real?.root ?? null;
  }

  async show(key: string, anchor: CardAnchor, props: CardViewProps, options: { focus?: boolean; refresh?: boolean } = {}): Promise<void> {
    if (this.real) {
      const shown = this.real.show(key, anchor, props, options);
      this.hideIfLeft(this.real);
      return shown;
    }
    // Only the latest show waiting for the UI goes through (the same mention's fuller
    // data, or another mention); a keyboard open among them keeps its focus.
    const pending: PendingShow = { focus: !!options.focus || (this.pending?.focus ?? false) };
    this.pending = pending;
    this.pendingKey = key;
    const epoch = this.epoch;
    const real = await this.ensure();
    if (!real || this.pending !== pending || this.epoch !== epoch || this.signal.aborted) return;
    this.pending = null;
    this.pendingKey = null;
    // Not a refresh: nothing of this card was drawn yet.
    const shown = real.show(key, anchor, props, pending.focus ? { focus: true } : {});
    this.hideIfLeft(real);
    await shown;
  }

  /** The pointer left while the UI was on its way: the card's grace period starts now it is drawn. */
  private hideIfLeft(real: CardSurface): void {
    if (this.hideWhenShown) real.scheduleHide();
    this.hideWhenShown = false;
  }

  isInside(target: EventTarget | null): boolean {
    return this.real?.isInside(target) ?? false;
  }

  scheduleHide(): void {
    if (this.real) return this.real.scheduleHide();
    // The pointer left the mention while its card waits for the UI (a show queued here, or
    // an open waiting for `openFlow`): the real card starts its grace period once it is
    // drawn, as it would have for a slow placement. Every open cancels a stale one first.
    if (this.pending || this.loading) this.hideWhenShown = true;
  }

  cancelHide(): void {
    if (this.real) return this.real.cancelHide();
    this.hideWhenShown = false;
  }

  hide(): void {
    if (this.real) return this.real.hide();
    this.earlyHides++;
    this.pending = null;
    this.pendingKey = null;
    this.hideWhenShown = false;
  }
}
