// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Painted } from '../dom/highlighter';
import type { PageMention } from '../dom/page-model';
import { KeyboardWalk } from './keyboard-walk';

/** happy-dom cannot make trusted events; the browser does. Mark one as the browser would. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

const painted = (keys: string[]): Painted[] =>
  keys.map((key) => ({ mention: { key, text: key, start: 0, end: 1, entity: key, type: 'person', via: 'name' } as unknown as PageMention, range: document.createRange() }));

let abort = new AbortController();
afterEach(() => abort.abort());

function setup(keys = ['a', 'b', 'c'], mac = false) {
  abort = new AbortController();
  const opened: string[] = [];
  const walk = new KeyboardWalk({ doc: document, mac, ordered: () => painted(keys), open: (p) => opened.push(p.mention.key) }, abort.signal);
  return { opened, walk };
}

const arrow = (key: 'ArrowRight' | 'ArrowLeft', init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key, altKey: true, shiftKey: true, bubbles: true, composed: true, cancelable: true, ...init });

describe('KeyboardWalk', () => {
  it('walk(1) / walk(-1) step through mentions in order and wrap around', () => {
    const { opened, walk } = setup();
    walk.walk(1);
    walk.walk(1);
    walk.walk(1);
    walk.walk(1);
    walk.walk(-1);
    expect(opened, 'next, next, next, wrap to first, back to last').toEqual(['a', 'b', 'c', 'a', 'c']);
  });

  it('one press that arrives both as the command and as the in-page key walks once', () => {
    const { opened, walk } = setup();
    walk.walk(1, 'command', 1000);
    walk.walk(1, 'key', 1040);
    expect(opened, 'the key 40 ms after the command is the same press').toEqual(['a']);
    walk.walk(1, 'key', 1300);
    walk.walk(1, 'key', 1320);
    expect(opened, 'two presses from the same path are two steps').toEqual(['a', 'b', 'c']);
  });

  it('returns false and opens nothing when the page has no mentions', () => {
    const { opened, walk } = setup([]);
    expect(walk.walk(1), 'nothing to walk to').toBe(false);
    expect(opened).toEqual([]);
  });

  it('a trusted Alt+Shift+→ walks and takes the key press', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const { opened } = setup();
    const e = trusted(arrow('ArrowRight'));
    document.getElementById('p')!.dispatchEvent(e);
    expect(opened, 'the trusted shortcut opens the first mention').toEqual(['a']);
    expect(e.defaultPrevented, 'the shortcut is consumed').toBe(true);
  });

  it('a synthetic (page-dispatched) key press never walks', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const { opened } = setup();
    document.getElementById('p')!.dispatchEvent(arrow('ArrowRight'));
    expect(opened, 'untrusted keydown is ignored').toEqual([]);
  });

  it.each([
    { why: 'an input', html: '<input id="t">' },
    { why: 'a textarea', html: '<textarea id="t"></textarea>' },
    { why: 'a select', html: '<select id="t"><option>x</option></select>' },
    { why: 'a contenteditable region (and its children)', html: '<div contenteditable="true"><p id="t">draft</p></div>' },
    { why: 'an ARIA textbox', html: '<div role="textbox" id="t">x</div>' },
  ])('never fires while typing in $why', ({ html }) => {
    document.body.innerHTML = html;
    const { opened } = setup();
    const e = trusted(arrow('ArrowLeft'));
    document.getElementById('t')!.dispatchEvent(e);
    expect(opened, 'Alt+Shift+arrows select text in editable targets: leave them alone').toEqual([]);
    expect(e.defaultPrevented, 'the key press is not taken from the field').toBe(false);
  });

  it('never fires in an input inside an open shadow root (the composed path reaches it)', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<input id="inner">';
    const { opened } = setup();
    root.getElementById('inner')!.dispatchEvent(trusted(arrow('ArrowRight')));
    expect(opened, 'the event target is retargeted to the host, but the path holds the input').toEqual([]);
    root.innerHTML = '<p id="plain">text</p>';
    root.getElementById('plain')!.dispatchEvent(trusted(arrow('ArrowRight')));
    expect(opened, 'from plain text in the same shadow root the shortcut does walk (the event reaches us)').toEqual(['a']);
  });

  it('on macOS the keys are Control+Shift+arrow: Option+Shift+arrow (select by word) is left to the system', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const { opened } = setup(['a', 'b'], true);
    const p = document.getElementById('p')!;
    const option = trusted(arrow('ArrowRight'));
    p.dispatchEvent(option);
    expect(opened, 'Option+Shift+→ does not walk on macOS').toEqual([]);
    expect(option.defaultPrevented, 'and the selection keeps working').toBe(false);
    p.dispatchEvent(trusted(arrow('ArrowRight', { altKey: false, ctrlKey: true })));
    expect(opened, 'Control+Shift+→ walks').toEqual(['a']);
  });

  it('ignores other modifiers and stops after abort', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const { opened, walk } = setup();
    document.getElementById('p')!.dispatchEvent(trusted(arrow('ArrowRight', { ctrlKey: true })));
    expect(opened, 'Ctrl+Alt+Shift+→ is not our shortcut').toEqual([]);
    abort.abort();
    document.getElementById('p')!.dispatchEvent(trusted(arrow('ArrowRight')));
    expect(walk.walk(1), 'an aborted walk does nothing').toBe(false);
    expect(opened).toEqual([]);
  });
});
