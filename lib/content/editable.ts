/**
 * Whether a keyboard event happens where the reader is typing: an input, textarea,
 * select, contenteditable region or ARIA textbox, also inside open shadow roots (the
 * event's composed path reaches into them; `event.target` is retargeted to the host).
 */
const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function isEditableEvent(event: Event): boolean {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    if (isEditableElement(node)) return true;
  }
  return false;
}

export function isEditableElement(el: Element): boolean {
  if (FIELD_TAGS.has(el.tagName.toUpperCase())) return true;
  if ((el as HTMLElement).isContentEditable === true) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return el.getAttribute('role') === 'textbox';
}
