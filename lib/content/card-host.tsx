/**
 * The popover: a `silklens-card` host element with an open shadow root, so page
 * CSS cannot restyle it, rendered with Preact and placed with @floating-ui/dom
 * against the mention's client rect. Pointer inside the card keeps it open;
 * Escape closes it.
 */
import { render } from 'preact';
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { CardView, type CardViewProps } from '@/components/CardView';
import cardCss from '@/components/card.css?inline';

export const CARD_TAG = 'silklens-card';

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
];
/** Grace period for the pointer to travel from the mention into the card. */
const HIDE_DELAY_MS = 250;

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerInside = false;
  /** Key of what is shown (so moving within one mention does not re-render). */
  shownKey: string | null = null;

  constructor(
    private doc: Document,
    private signal: AbortSignal,
  ) {
    doc.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && this.shownKey) this.hide();
      },
      { signal, capture: true },
    );
    signal.addEventListener('abort', () => this.destroy());
  }

  private ensure(): HTMLElement {
    if (this.host?.isConnected && this.mount) return this.mount;
    const host = this.doc.createElement(CARD_TAG);
    host.setAttribute('data-silklens-ignore', '');
    // Inline !important beats any page rule aimed at our host element (a hostile or
    // just over-broad `* { … !important }`); inside, the shadow root isolates the rest.
    for (const [prop, value] of HOST_STYLE) host.style.setProperty(prop, value, 'important');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = cardCss;
    const mount = this.doc.createElement('div');
    mount.className = 'mount';
    shadow.append(style, mount);
    host.addEventListener('pointerenter', () => {
      this.pointerInside = true;
      this.cancelHide();
    }, { signal: this.signal });
    host.addEventListener('pointerleave', () => {
      this.pointerInside = false;
      this.scheduleHide();
    }, { signal: this.signal });
    this.doc.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  /** Where focus was before a keyboard-opened card took it; Escape gives it back. */
  private returnFocus: HTMLElement | null = null;

  async show(key: string, anchor: DOMRect, props: CardViewProps, options: { focus?: boolean } = {}): Promise<void> {
    this.cancelHide();
    const mount = this.ensure();
    const host = this.host!;
    if (this.shownKey !== key) {
      this.shownKey = key;
      render(null, mount);
      render(<CardView {...props} />, mount);
    }
    host.style.setProperty('display', 'block', 'important');
    const reference = { getBoundingClientRect: () => anchor };
    const { x, y } = await computePosition(reference, host, {
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
            if (card) card.style.maxHeight = `${Math.max(160, Math.min(560, availableHeight))}px`;
          },
        }),
      ],
    });
    if (this.shownKey !== key) return; // superseded while positioning
    host.style.setProperty('left', `${Math.round(x)}px`, 'important');
    host.style.setProperty('top', `${Math.round(y)}px`, 'important');
    if (options.focus) {
      // Keyboard users: move focus into the card so Tab reaches its links and buttons.
      const card = mount.firstElementChild as HTMLElement | null;
      if (card) {
        const active = this.doc.activeElement;
        if (active instanceof HTMLElement && !this.isInside(active)) this.returnFocus = active;
        card.tabIndex = -1;
        card.focus({ preventScroll: true });
      }
    }
  }

  isInside(target: EventTarget | null): boolean {
    return !!this.host && target instanceof Node && (target === this.host || this.host.contains(target));
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
    this.cancelHide();
    const hadFocus = !!this.host && this.host.matches(':focus-within');
    this.shownKey = null;
    if (hadFocus) this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
    this.pointerInside = false;
    if (this.mount) render(null, this.mount);
    this.host?.style.setProperty('display', 'none', 'important');
  }

  private destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }
}
