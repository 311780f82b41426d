// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { deepActiveElement, isEditableTarget } from './editable';

function target(html: string): Element {
  document.body.innerHTML = html;
  const el = document.querySelector('#t');
  if (!el) throw new Error('fixture has no #t');
  return el;
}

describe('isEditableTarget', () => {
  it.each([
    { why: 'a text input', html: '<input id="t">', editable: true },
    { why: 'a textarea', html: '<textarea id="t"></textarea>', editable: true },
    { why: 'a select', html: '<select id="t"><option>a</option></select>', editable: true },
    { why: 'a contenteditable element', html: '<div id="t" contenteditable="true">x</div>', editable: true },
    { why: 'contenteditable="" (means true)', html: '<div id="t" contenteditable="">x</div>', editable: true },
    { why: 'a child of a contenteditable element', html: '<div contenteditable><p><b id="t">x</b></p></div>', editable: true },
    { why: 'an ARIA textbox (custom editors)', html: '<div role="textbox"><span id="t">x</span></div>', editable: true },
    { why: 'an ordinary paragraph', html: '<p id="t">Tokayev</p>', editable: false },
    { why: 'a link', html: '<a id="t" href="#">Tokayev</a>', editable: false },
    { why: 'contenteditable="false" inside nothing editable', html: '<div contenteditable="false"><span id="t">x</span></div>', editable: false },
    { why: 'a button', html: '<button id="t">go</button>', editable: false },
  ])('$why → $editable', ({ html, editable }) => {
    expect(isEditableTarget(target(html)), `the walk shortcut must ${editable ? 'not fire' : 'work'} in ${html}`).toBe(editable);
  });

  it('treats a text node by its parent element', () => {
    const el = target('<textarea id="t">typed</textarea>');
    expect(isEditableTarget(el.firstChild), 'a text node inside a textarea is editable').toBe(true);
  });

  it.each([
    { why: 'null', value: null },
    { why: 'the window', value: window },
    { why: 'a plain object', value: {} as EventTarget },
  ])('is false for $why', ({ value }) => {
    expect(isEditableTarget(value), 'a target that is not an element is not editable').toBe(false);
  });
});

describe('deepActiveElement', () => {
  it('finds a focused field inside an open shadow root', () => {
    document.body.innerHTML = '<div id="editor"></div>';
    const root = document.getElementById('editor')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea id="inner"></textarea>';
    (root.getElementById('inner') as HTMLTextAreaElement).focus();
    const active = deepActiveElement(document);
    expect(active?.id, 'the walk command sees the textarea, not its host').toBe('inner');
    expect(isEditableTarget(active), 'so it stays out of the way while the reader types').toBe(true);
  });

  it('is the body (not editable) when nothing is focused', () => {
    document.body.innerHTML = '<p>Tokayev</p>';
    (document.activeElement as HTMLElement | null)?.blur();
    expect(isEditableTarget(deepActiveElement(document)), 'reading, not typing: the walk may run').toBe(false);
  });
});
