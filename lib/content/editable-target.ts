/**
 * Is a key event aimed at something the reader is typing in? Then Silk Lens's
 * keyboard shortcut stays out of the way: Alt+Shift+arrow extends a selection by word
 * in many editors, and a page's own text field owns its keys.
 */
const EDITABLE_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** The focused element, looking inside open shadow roots (custom editors live there). */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Node).nodeType !== 'number') return false;
  const node = target as Node;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  if (EDITABLE_TAGS.has(el.tagName.toUpperCase())) return true;
  // isContentEditable inherits down the tree; the attribute check covers DOMs that
  // do not compute it (and `contenteditable=""`, which means true).
  if ((el as HTMLElement).isContentEditable) return true;
  return !!el.closest('[contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="searchbox"], [role="combobox"]');
}
