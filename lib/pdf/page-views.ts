/**
 * The document's pages in the reader: one box per page, sized before anything is
 * drawn, so the scrollbar is right from the start. Each page's text layer (pdf.js
 * `TextLayer`: transparent, positioned spans over the drawing) is made as the page
 * approaches the viewport, then, in the background, for every other page one at a
 * time, so the page controller matches the whole document (keyboard walk, page
 * summary) while the reader looks at page 1. The canvas, the costly part (a page at
 * 1.5× on a 2× screen is ~30 MB of pixels), is drawn only near the viewport and freed
 * again far from it.
 *
 * Markup: `.pdf-page` (a block, one per page) holds a `canvas` (never read: the text
 * collector skips canvases) and a `.textLayer` div, whose spans are inline runs of
 * one block, so a name split over two spans is one mention.
 */
import { TextLayer, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist';
import { fitScale, MAX_SCALE } from './fit-scale';

/**
 * Pages whose text layers are made in the background, beyond those near the viewport.
 * Measured here: 50 A4 pages of prose, every text layer in 1.8–2.9 s after the click;
 * a 2,000-page annex would hold a million spans, so past this many pages the rest get
 * their text layer only as the reader scrolls to them.
 */
export const BACKGROUND_TEXT_PAGES = 300;

export interface PageViewsOptions {
  /** CSS pixels per PDF point (default: fit the container's width, at most 1.5). */
  scale?: number;
  /** Draw canvases within this distance of the viewport (CSS margin). */
  drawMargin?: string;
  /** Free canvases farther than this. */
  keepMargin?: string;
  /** The device pixel ratio (a seam for tests). */
  pixelRatio?: () => number;
}

interface PageSlot {
  number: number;
  box: HTMLElement;
  page: PDFPageProxy | null;
  /** The text layer, once asked for (resolves when it is in the document). */
  text: Promise<void> | null;
  canvas: HTMLCanvasElement | null;
  drawing: { cancel(): void } | null;
}

export class PageViews {
  private slots: PageSlot[] = [];
  private scale = MAX_SCALE;
  private near: IntersectionObserver;
  private far: IntersectionObserver;
  private textQueue: Promise<void> = Promise.resolve();
  /** Called when a page's text layer is in the document (tests, timing). */
  onTextLayer: ((pageNumber: number) => void) | null = null;

  constructor(
    private doc: PDFDocumentProxy,
    private container: HTMLElement,
    private signal: AbortSignal,
    private options: PageViewsOptions = {},
  ) {
    const win = container.ownerDocument.defaultView!;
    this.near = new win.IntersectionObserver((entries) => this.onNear(entries), { rootMargin: options.drawMargin ?? '100% 0px' });
    this.far = new win.IntersectionObserver((entries) => this.onFar(entries), { rootMargin: options.keepMargin ?? '300% 0px' });
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  get pageCount(): number {
    return this.doc.numPages;
  }

  /** Lay out one box per page (sized from page 1 until each page is read), then start. */
  async layout(): Promise<void> {
    const first = await this.doc.getPage(1);
    this.scale = this.options.scale ?? fitScale(first.getViewport({ scale: 1 }).width, this.container.clientWidth);
    const size = first.getViewport({ scale: this.scale });
    const ownerDoc = this.container.ownerDocument;
    for (let n = 1; n <= this.doc.numPages; n++) {
      const box = ownerDoc.createElement('div');
      box.className = 'pdf-page';
      box.dataset.page = String(n);
      box.style.width = `${size.width}px`;
      box.style.height = `${size.height}px`;
      // pdf.js's text layer sizes itself from these variables.
      box.style.setProperty('--total-scale-factor', String(this.scale));
      box.style.setProperty('--scale-round-x', '1px');
      box.style.setProperty('--scale-round-y', '1px');
      this.container.append(box);
      this.slots.push({ number: n, box, page: n === 1 ? first : null, text: null, canvas: null, drawing: null });
    }
    for (const slot of this.slots) {
      this.near.observe(slot.box);
      this.far.observe(slot.box);
    }
    // Every page's text, one page at a time in order; pages near the view jump the queue (onNear).
    for (const slot of this.slots.slice(0, BACKGROUND_TEXT_PAGES)) this.queueText(slot);
  }

  /** Scroll page `n` (1-based, clamped) to the top of the view. */
  scrollToPage(n: number): void {
    const slot = this.slots[Math.min(Math.max(n, 1), this.slots.length) - 1];
    slot?.box.scrollIntoView({ block: 'start' });
  }

  /** Resolves once the background text layers are in (or the views were torn down). */
  whenAllText(): Promise<void> {
    return this.textQueue;
  }

  private onNear(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      const slot = this.slotOf(e.target);
      if (!slot) continue;
      // A page pdf.js cannot read stays blank; the others carry on.
      this.addText(slot).catch(() => undefined);
      this.draw(slot).catch(() => undefined);
    }
  }

  private onFar(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      const slot = this.slotOf(e.target);
      if (slot && !e.isIntersecting) this.undraw(slot);
    }
  }

  private slotOf(el: Element): PageSlot | undefined {
    return this.slots[Number((el as HTMLElement).dataset.page) - 1];
  }

  private async pageOf(slot: PageSlot): Promise<PDFPageProxy> {
    slot.page ??= await this.doc.getPage(slot.number);
    const vp = slot.page.getViewport({ scale: this.scale });
    slot.box.style.width = `${vp.width}px`;
    slot.box.style.height = `${vp.height}px`;
    return slot.page;
  }

  private queueText(slot: PageSlot): void {
    this.textQueue = this.textQueue.then(() => this.addText(slot)).catch(() => undefined);
  }

  /** The page's text layer, made once (the viewport and the background queue both ask). */
  private addText(slot: PageSlot): Promise<void> {
    if (this.signal.aborted) return Promise.resolve();
    slot.text ??= this.makeText(slot);
    return slot.text;
  }

  private async makeText(slot: PageSlot): Promise<void> {
    const page = await this.pageOf(slot);
    const layer = this.container.ownerDocument.createElement('div');
    layer.className = 'textLayer';
    const textLayer = new TextLayer({
      textContentSource: page.streamTextContent({ includeMarkedContent: false }),
      container: layer,
      viewport: page.getViewport({ scale: this.scale }),
    });
    this.signal.addEventListener('abort', () => textLayer.cancel(), { once: true });
    // Built off-document, then attached in one mutation: the controller's observer sees one block.
    await textLayer.render();
    if (this.signal.aborted) return;
    slot.box.append(layer);
    this.onTextLayer?.(slot.number);
  }

  private async draw(slot: PageSlot): Promise<void> {
    if (slot.canvas || this.signal.aborted) return;
    const page = await this.pageOf(slot);
    const viewport = page.getViewport({ scale: this.scale });
    const ratio = this.options.pixelRatio?.() ?? this.container.ownerDocument.defaultView?.devicePixelRatio ?? 1;
    const canvas = (slot.canvas = this.container.ownerDocument.createElement('canvas'));
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${viewport.width}px`;
    canvas.style.height = `${viewport.height}px`;
    // Behind the text layer, which takes the pointer (hover, selection).
    slot.box.prepend(canvas);
    const task = page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport, ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}) });
    slot.drawing = task;
    try {
      await task.promise;
    } catch {
      // Cancelled (scrolled away) or a broken page: the text layer still works.
    } finally {
      if (slot.drawing === task) slot.drawing = null;
    }
  }

  private undraw(slot: PageSlot): void {
    if (!slot.canvas) return;
    slot.drawing?.cancel();
    slot.drawing = null;
    // A zero-size canvas gives its pixel memory back at once.
    slot.canvas.width = slot.canvas.height = 0;
    slot.canvas.remove();
    slot.canvas = null;
    slot.page?.cleanup();
  }

  private destroy(): void {
    this.near.disconnect();
    this.far.disconnect();
    for (const slot of this.slots) slot.drawing?.cancel();
  }
}

