/**
 * Is the reader typing where a key event lands? Then Silk Lens's walk shortcut stays out
 * of the way: an input, textarea, select, contenteditable region or ARIA text role owns
 * its keys (Alt+Shift+arrow extends a selection by word in many editors). One rule for
 * the in-page keys (keyboard-walk.ts) and the browser command (entrypoints/content).
 */
const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Inherited editability and the ARIA roles custom editors use. */
const EDITABLE_ANCESTOR = '[contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="searchbox"], [role="combobox"]';

export function isEditableElement(el: Element): boolean {
  if (FIELD_TAGS.has(el.tagName.toUpperCase())) return true;
  // isContentEditable inherits down the tree; the selector covers DOMs that do not
  // compute it (and `contenteditable=""`, which means true).
  if ((el as HTMLElement).isContentEditable === true) return true;
  return el.closest(EDITABLE_ANCESTOR) !== null;
}

/** An event target (an element, or a text node by its parent); anything else is not editable. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Node).nodeType !== 'number') return false;
  const node = target as Node;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el && isEditableElement(el);
}

/**
 * A key event's whole composed path: inside an open shadow root `event.target` is
 * retargeted to the host, but the path still reaches the field the reader types in.
 */
export function isEditableEvent(event: Event): boolean {
  return event.composedPath().some((node) => node instanceof Element && isEditableElement(node));
}

/** The focused element, looking inside open shadow roots (custom editors live there). */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
