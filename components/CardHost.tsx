/**
 * The popover. Its host is an ordinary `div` (a page can `customElements.define` any
 * custom tag we would pick, before we run) carrying a CLOSED shadow root attached
 * before the host ever enters the document, so no page script can reach the card's
 * text: `host.shadowRoot` is null to it, composed events retarget to the host and
 * their `composedPath()` stops there. Page-world prototype overrides (attachShadow,
 * appendChild …) cannot touch us: the isolated world has its own wrappers.
 *
 * The host lives in the top layer (Popover API, `popover="manual"`) so no page
 * z-index, overflow or stacking context can cover it, with inline `!important` styles
 * that beat any page rule aimed at it. It is in the document only while a card is
 * shown; if the page removes or restyles it, the next open re-attaches it and
 * re-applies the styles. Rendered with Preact, placed with @floating-ui/dom.
 *
 * Firefox does not retarget a selection out of a closed root, so there a page can get
 * the root through `window.find` (SELECTION_LEAKS below, docs/privacy.md): the card then
 * carries no data of the reader's own, gets a fresh root per card, and closes when the
 * page selects into it or changes it (MutationObserver, plus a per-frame check for what
 * no observer reports).
 *
 * A card anchored to a mention (a LiveAnchor) follows it: `autoUpdate` re-places it on
 * every scroll of the mention's scrolling ancestors, resize and layout shift, reading the
 * mention's rect afresh through a virtual element (the anchor is a text range, not an
 * element). When the mention scrolls out of view (fully clipped by the viewport or a
 * scrolling box: the `hide` middleware) or leaves the document, the card closes.
 */
import { options as preactOptions, render } from 'preact';
import { autoUpdate, computePosition, flip, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { CardView } from './CardView';
import { changesWhatIsShown, isLiveAnchor, type CardAnchor, type CardSurface, type CardViewProps } from '@/lib/content/card-surface';
import cardCss from '@/components/card.css?inline';

const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['z-index', '2147483647'],
  ['display', 'none'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['pointer-events', 'auto'],
  // The UA stylesheet for [popover] centres it with inset/margin, a border, padding,
  // Canvas colours and overflow; the card draws its own box.
  ['right', 'auto'],
  ['bottom', 'auto'],
  ['margin', '0'],
  ['border', '0'],
  ['padding', '0'],
  ['background', 'transparent'],
  ['overflow', 'visible'],
  ['width', 'auto'],
  ['height', 'auto'],
  ['max-width', 'none'],
  ['max-height', 'none'],
];
/**
 * Firefox does not retarget a selection out of a closed shadow root: a page's
 * `window.find` (or the reader's own drag) leaves `getSelection().anchorNode` on a text
 * node in the card, and from there `getRootNode()` gives the page the whole root. So in
 * Firefox the card carries none of the reader's own data, and its text is not
 * selectable by mouse (a drag would hand the page the same node). Chromium retargets.
 */
const SELECTION_LEAKS = import.meta.env.FIREFOX;

/** Hosts whose shadow roots are watched for tampering (the Preact hook below drains them). */
const watched = new Set<CardHost>();
// Preact re-renders a component whose state changed (a candidate picked) in a later
// microtask, outside our render() calls: those mutations are ours too, so drain them.
const scheduleRerender = preactOptions.debounceRendering ?? ((cb: () => void) => void Promise.resolve().then(cb));
preactOptions.debounceRendering = (cb) =>
  scheduleRerender(() => {
    cb();
    for (const host of watched) host.drainOwnMutations();
  });

/** Grace period for the pointer to travel from the mention into the card. */
const HIDE_DELAY_MS = 250;

export class CardHost implements CardSurface {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private mount: HTMLElement | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerInside = false;
  /** Sees every change to the shadow root; ours are drained, anything else is the page's. */
  private observer: MutationObserver | null = null;
  /** How many rules our stylesheet has as we wrote it (checked every frame where exposed, see watchIntegrity). */
  private ruleCount = -1;
  private style: HTMLStyleElement | null = null;
  private integrityFrame = 0;
  /**
   * Page script can reach this card (SELECTION_LEAKS, on a web page). Not in our own
   * extension pages (the PDF reader): no page script runs there.
   */
  private readonly exposed: boolean;
  /** See SELECTION_LEAKS: the card must never hold the reader's own data where it is exposed. */
  readonly userDataInPage: boolean;
  /** Key of what is shown (so moving within one mention does not re-render). */
  shownKey: string | null = null;
  /**
   * The card the reader dismissed with Escape while the pointer rests on its mention.
   * Hiding the card changes what is under the pointer, and Chromium then sends a
   * trusted pointermove at the same spot; without this the card would reopen at once.
   */
  dismissedKey: string | null = null;
  /** Bumped by every hide: an open still waiting for its card data is then dropped. */
  epoch = 0;

  constructor(
    private doc: Document,
    private signal: AbortSignal,
  ) {
    this.exposed = SELECTION_LEAKS && !/^(moz|chrome)-extension:$/.test(doc.location?.protocol ?? '');
    this.userDataInPage = !this.exposed;
    doc.addEventListener(
      'keydown',
      (e) => {
        if (e.isTrusted && e.key === 'Escape' && this.shownKey) {
          this.dismissedKey = this.shownKey;
          this.hide();
        }
      },
      { signal, capture: true },
    );
    // A selection inside the card (Firefox: the page's find, or a drag) means the page
    // holds a node in our root: retire it. selectionchange comes after the page's own
    // synchronous read, which is why the reader's data is never in the card there.
    if (this.exposed) doc.addEventListener('selectionchange', () => this.checkSelection(), { signal });
    signal.addEventListener('abort', () => this.destroy());
  }

  /**
   * Changes a page holding our root can make that no MutationObserver reports: a sheet
   * in `adoptedStyleSheets`, our <style> disabled, a shadow root of its own attached to
   * one of our elements (its content would cover ours). Checked once per frame, before
   * paint, while a card is shown; any of them retires the card. Rule edits through the
   * CSSOM Firefox refuses to the page (our sheet is cross-origin to it); the rule count
   * stays as a cheap tripwire (serialising the sheet each frame measured ~0.36 ms).
   * Only where the card is exposed (SELECTION_LEAKS): elsewhere the page never holds the root.
   */
  private watchIntegrity(): void {
    if (this.integrityFrame) return;
    const win = this.doc.defaultView;
    if (!win) return;
    const tick = () => {
      this.integrityFrame = 0;
      if (!this.shownKey || !this.shadow) return;
      if (this.integrityBroken()) return this.retire();
      this.integrityFrame = win.requestAnimationFrame(tick);
    };
    this.integrityFrame = win.requestAnimationFrame(tick);
  }

  private integrityBroken(): boolean {
    const shadow = this.shadow;
    const style = this.style;
    if (!shadow || !style) return false;
    if (shadow.adoptedStyleSheets.length > 0) return true;
    const sheet = style.sheet;
    if (style.parentNode !== shadow || !sheet || sheet.disabled || sheet.cssRules.length !== this.ruleCount) return true;
    for (const el of shadow.querySelectorAll('*')) if (shadowOf(el)) return true;
    return false;
  }

  /** Discard the mutation records our own rendering produced. */
  drainOwnMutations(): void {
    this.observer?.takeRecords();
  }

  /** Run our own DOM writes, then forget the records they made. */
  private own<T>(write: () => T): T {
    try {
      return write();
    } finally {
      this.drainOwnMutations();
    }
  }

  private checkSelection(): void {
    const shadow = this.shadow;
    const selection = this.doc.getSelection();
    if (!shadow || !selection || selection.rangeCount === 0) return;
    const inCard = (n: Node | null) => !!n && n.getRootNode() === shadow;
    if (inCard(selection.anchorNode) || inCard(selection.focusNode)) {
      selection.removeAllRanges();
      this.retire();
    }
  }

  /**
   * The page reached into the card (changed its nodes, or holds a node of it through a
   * selection): close it and drop this host and root for good. What the page holds is
   * then an empty, detached tree; the next card is built in a fresh root it has never seen.
   */
  private retire(): void {
    if (this.retiring) return;
    this.retiring = true;
    try {
      this.destroy();
    } finally {
      this.retiring = false;
    }
  }
  private retiring = false;

  /**
   * The mount inside the closed shadow root, with the host attached to the document.
   * Built once; re-attached (and its styles re-applied) on every open, so a page that
   * removed the host or rewrote its `style` attribute gets it back on the next open.
   */
  private ensure(): HTMLElement {
    if (!this.host || !this.mount) {
      const host = this.doc.createElement('div');
      // Closed, and attached while the host is still detached: nothing in the page
      // can observe the root being created or ever obtain a reference to it.
      const shadow = host.attachShadow({ mode: 'closed' });
      const style = this.doc.createElement('style');
      style.textContent = cardCss;
      const mount = this.doc.createElement('div');
      mount.className = 'mount';
      shadow.append(style, mount);
      this.style = style;
      this.ruleCount = -1;
      if (this.exposed) {
        mount.classList.add('no-select');
        // Only where the page can hold our root: elsewhere nothing but us can change it.
        const observer = new MutationObserver((records) => {
          // Any change we did not drain is the page's: a falsified card is never painted
          // (observers run before the next frame) and never shown again.
          if (this.observer === observer && changesWhatIsShown(records)) this.retire();
        });
        observer.observe(shadow, { childList: true, subtree: true, characterData: true, attributes: true });
        this.observer = observer;
        watched.add(this);
      }
      host.addEventListener('pointerenter', (e) => {
        if (!e.isTrusted) return;
        this.pointerInside = true;
        this.cancelHide();
      }, { signal: this.signal });
      host.addEventListener('pointerleave', (e) => {
        if (!e.isTrusted) return;
        this.pointerInside = false;
        this.scheduleHide();
      }, { signal: this.signal });
      this.host = host;
      this.shadow = shadow;
      this.mount = mount;
    }
    const host = this.host;
    // Inline !important beats any page rule aimed at our host element (a hostile or
    // just over-broad `* { … !important }`); inside, the shadow root isolates the rest.
    for (const [prop, value] of HOST_STYLE) host.style.setProperty(prop, value, 'important');
    if (host.parentNode !== this.doc.documentElement || !host.isConnected) this.doc.documentElement.append(host);
    // Our stylesheet exists once the host is in the document: remember it as we wrote it.
    if (this.ruleCount < 0 && this.style?.sheet) this.ruleCount = this.style.sheet.cssRules.length;
    if (typeof host.showPopover === 'function') {
      if (host.popover !== 'manual') host.popover = 'manual';
      try {
        if (!host.matches(':popover-open')) host.showPopover();
      } catch {
        // Not in the top layer (e.g. a page's modal dialog holds it): fixed z-index still applies.
      }
    }
    return this.mount;
  }

  /** The card's closed shadow root: for the test handle in the isolated world only. */
  get root(): ShadowRoot | null {
    return this.shadow;
  }

  /** Where focus was before a keyboard-opened card took it; Escape gives it back. */
  private returnFocus: HTMLElement | null = null;

  /** Stops following the shown card's mention (autoUpdate's cleanup). */
  private stopFollowing: (() => void) | null = null;

  async show(key: string, anchor: CardAnchor, props: CardViewProps, options: { focus?: boolean; refresh?: boolean } = {}): Promise<void> {
    this.cancelHide();
    const mount = this.ensure();
    const host = this.host!;
    if (this.shownKey !== key) {
      this.shownKey = key;
      this.own(() => {
        render(null, mount);
        render(<CardView {...props} />, mount);
      });
    } else if (options.refresh) {
      // Same card, fuller data: Preact diffs in place (focus, the picked candidate stay).
      this.own(() => render(<CardView {...props} />, mount));
    }
    host.style.setProperty('display', 'block', 'important');
    if (this.exposed) this.watchIntegrity();
    this.stopFollowing?.();
    this.stopFollowing = null;
    const live = isLiveAnchor(anchor) ? anchor : null;
    let last = live ? live.rect() : (anchor as DOMRect);
    if (!last) return this.hide(); // the mention left the page before its card came
    const reference: VirtualElement = {
      getBoundingClientRect: () => (last = live?.rect() ?? last!),
      ...(live?.context ? { contextElement: live.context } : {}),
    };
    if (!(await this.place(reference, key, mount)) || this.shownKey !== key) return; // superseded or out of view
    if (live) {
      const epoch = this.epoch;
      this.stopFollowing = autoUpdate(reference, host, () => {
        if (this.epoch !== epoch || this.shownKey !== key) return;
        if (!live.rect()) return this.hide();
        void this.place(reference, key, mount);
      });
    }
    if (options.focus) {
      // Keyboard users: move focus into the card so Tab reaches its links and buttons.
      const card = mount.firstElementChild as HTMLElement | null;
      if (card) {
        const active = this.doc.activeElement;
        if (active instanceof HTMLElement && !this.isInside(active)) this.returnFocus = active;
        this.own(() => (card.tabIndex = -1));
        card.focus({ preventScroll: true });
      }
    }
  }

  /**
   * Put the card beside its mention; false (and the card closed) when the mention is out
   * of view. Called again by autoUpdate on scroll and resize.
   */
  private async place(reference: VirtualElement, key: string, mount: HTMLElement): Promise<boolean> {
    const host = this.host;
    if (!host) return false;
    const { x, y, middlewareData } = await computePosition(reference, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            const card = mount.firstElementChild as HTMLElement | null;
            if (card) this.own(() => (card.style.maxHeight = `${Math.max(160, Math.min(560, availableHeight))}px`));
          },
        }),
        hide({ strategy: 'referenceHidden' }),
      ],
    });
    if (this.shownKey !== key) return false;
    if (middlewareData.hide?.referenceHidden || outOfViewport(reference.getBoundingClientRect(), this.doc.defaultView)) {
      this.hide();
      return false;
    }
    host.style.setProperty('left', `${Math.round(x)}px`, 'important');
    host.style.setProperty('top', `${Math.round(y)}px`, 'important');
    return true;
  }

  /** Our host, or a node inside it (events from inside the closed root arrive retargeted to the host). */
  isInside(target: EventTarget | null): boolean {
    if (!this.host || !(target instanceof Node)) return false;
    return target === this.host || this.host.contains(target) || (target.getRootNode() === this.shadow);
  }

  /**
   * Is the shown card actually on screen? A page may have removed its host, closed its
   * popover or restyled it; then even the same mention must open it again.
   */
  get visible(): boolean {
    const host = this.host;
    if (!this.shownKey || !host?.isConnected) return false;
    if (typeof host.showPopover === 'function' && !host.matches(':popover-open')) return false;
    return host.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  }

  get pointerInCard(): boolean {
    return this.pointerInside;
  }

  scheduleHide(): void {
    if (!this.shownKey || this.hideTimer) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = undefined;
      if (!this.pointerInside) this.hide();
    }, HIDE_DELAY_MS);
  }

  cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  hide(): void {
    this.epoch++;
    this.cancelHide();
    this.stopFollowing?.();
    this.stopFollowing = null;
    const hadFocus = !!this.host && this.host.matches(':focus-within');
    this.shownKey = null;
    if (hadFocus) this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
    this.pointerInside = false;
    if (this.mount) this.own(() => render(null, this.mount!));
    if (this.host) {
      // Out of the document while no card is shown: nothing for a page to find.
      if (this.host.matches(':popover-open')) this.host.hidePopover();
      this.host.style.setProperty('display', 'none', 'important');
      this.host.remove();
    }
    // Firefox: a page may have taken a node of this card (a find whose selection it then
    // cleared, so no selectionchange showed it in the card). The next card gets a root it
    // has never seen; what it holds stays empty and detached.
    if (this.exposed && !this.retiring) this.retire();
  }

  private destroy(): void {
    this.hide();
    if (this.integrityFrame) this.doc.defaultView?.cancelAnimationFrame(this.integrityFrame);
    this.integrityFrame = 0;
    this.style = null;
    this.observer?.disconnect();
    this.observer = null;
    watched.delete(this);
    this.host?.remove();
    this.host = null;
    this.shadow = null;
    this.mount = null;
  }
}

/**
 * A shadow root on one of our elements, open or closed. `openOrClosedShadowRoot` is
 * Firefox's, for extension content scripts; elsewhere only an open one is visible.
 */
function shadowOf(el: Element): ShadowRoot | null {
  return (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? el.shadowRoot;
}

/** Entirely outside the window (the `hide` middleware also covers scrolling boxes). */
function outOfViewport(rect: { top: number; left: number; right: number; bottom: number }, win: Window | null): boolean {
  if (!win) return false;
  return rect.bottom <= 0 || rect.right <= 0 || rect.top >= win.innerHeight || rect.left >= win.innerWidth;
}
