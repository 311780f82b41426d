/**
 * A drop-in for WXT's `ContentScriptContext` that says nothing to the page.
 *
 * WXT 0.20.27's context (node_modules/wxt/dist/utils/content-script-context.mjs), even
 * with `noScriptStartedPostMessage: true`, still (1) dispatches a CustomEvent on
 * `document` named `<extension id>:content:wxt:content-script-started` when it starts,
 * which any page listening for that name sees (the id is public: the store's, or
 * Firefox's gecko id), and (2) listens for that event and invalidates itself when one
 * arrives from "another" script, so a page that dispatches it with any other messageId
 * switches Silk Lens off. wxt.config.ts aliases `wxt/utils/content-script-context` to
 * this file for the build (node_modules stays untouched), so neither exists.
 *
 * What the CustomEvent was for, done without the page:
 * - a newer copy of our script in this frame (re-injected after an update) stops the
 *   older one through a function kept on the isolated world's own global, which page
 *   script cannot see or call;
 * - an orphaned copy (extension reloaded or removed) notices that `browser.runtime.id`
 *   is gone, on a slow timer and whenever `isInvalid` is read, and tears down.
 */
import { browser } from 'wxt/browser';

/** Key on the isolated world's global: calls the previous copy's teardown. */
const STOP_PREVIOUS = '__silklensStopPreviousContext';
/** How often an orphaned script checks that its extension still exists. */
const ALIVE_CHECK_MS = 5_000;

type Global = typeof globalThis & { [STOP_PREVIOUS]?: () => void };

export interface QuietContextOptions {
  /** Whether the extension this script belongs to still exists (test seam). */
  extensionAlive?: () => boolean;
  global?: Global;
}

export class ContentScriptContext {
  private readonly controller = new AbortController();
  private readonly alive: () => boolean;

  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
    seams: QuietContextOptions = {},
  ) {
    this.alive = seams.extensionAlive ?? (() => browser?.runtime?.id != null);
    const global = seams.global ?? (globalThis as Global);
    global[STOP_PREVIOUS]?.();
    const stop = () => this.notifyInvalidated();
    global[STOP_PREVIOUS] = stop;
    const timer = setInterval(() => void this.isInvalid, ALIVE_CHECK_MS);
    this.onInvalidated(() => {
      clearInterval(timer);
      if (global[STOP_PREVIOUS] === stop) delete global[STOP_PREVIOUS];
    });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  get isInvalid(): boolean {
    if (!this.signal.aborted && !this.alive()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise<T>(() => {});
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => this.isValid && callback(t));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((d) => !this.signal.aborted && callback(d), options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** Plain listeners that die with the context (WXT's `wxt:locationchange` is not offered). */
  addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}
