// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { listenWalkKeys } from './walk-keys';

/** happy-dom cannot make trusted events; the browser does. Mark one as the browser would. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

let abort = new AbortController();
afterEach(() => abort.abort());

/** Listen with `ours` as the page's answer (mentions to walk to or not); the steps seen. */
function setup(mac = false, ours = true) {
  abort = new AbortController();
  const steps: number[] = [];
  listenWalkKeys(document, (step) => (steps.push(step), ours), abort.signal, mac);
  return steps;
}

const arrow = (key: 'ArrowRight' | 'ArrowLeft', init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key, altKey: true, shiftKey: true, bubbles: true, composed: true, cancelable: true, ...init });

describe('listenWalkKeys', () => {
  it('a trusted Alt+Shift+→ / ← steps forward / back and takes the key press', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const steps = setup();
    const right = trusted(arrow('ArrowRight'));
    document.getElementById('p')!.dispatchEvent(right);
    document.getElementById('p')!.dispatchEvent(trusted(arrow('ArrowLeft')));
    expect(steps, '→ is the next mention, ← the previous').toEqual([1, -1]);
    expect(right.defaultPrevented, 'the shortcut is consumed').toBe(true);
  });

  it('a press on a page with nothing to walk to keeps its default (word selection)', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    setup(false, false);
    const e = trusted(arrow('ArrowRight'));
    document.getElementById('p')!.dispatchEvent(e);
    expect(e.defaultPrevented, 'a press that is not ours is left to the page').toBe(false);
  });

  it('a synthetic (page-dispatched) key press never walks', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const steps = setup();
    document.getElementById('p')!.dispatchEvent(arrow('ArrowRight'));
    expect(steps, 'untrusted keydown is ignored').toEqual([]);
  });

  it.each([
    { why: 'an input', html: '<input id="t">' },
    { why: 'a textarea', html: '<textarea id="t"></textarea>' },
    { why: 'a select', html: '<select id="t"><option>x</option></select>' },
    { why: 'a contenteditable region (and its children)', html: '<div contenteditable="true"><p id="t">draft</p></div>' },
    { why: 'an ARIA textbox', html: '<div role="textbox" id="t">x</div>' },
  ])('never fires while typing in $why', ({ html }) => {
    document.body.innerHTML = html;
    const steps = setup();
    const e = trusted(arrow('ArrowLeft'));
    document.getElementById('t')!.dispatchEvent(e);
    expect(steps, 'Alt+Shift+arrows select text in editable targets: leave them alone').toEqual([]);
    expect(e.defaultPrevented, 'the key press is not taken from the field').toBe(false);
  });

  it('never fires in an input inside an open shadow root (the composed path reaches it)', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<input id="inner">';
    const steps = setup();
    root.getElementById('inner')!.dispatchEvent(trusted(arrow('ArrowRight')));
    expect(steps, 'the event target is retargeted to the host, but the path holds the input').toEqual([]);
    root.innerHTML = '<p id="plain">text</p>';
    root.getElementById('plain')!.dispatchEvent(trusted(arrow('ArrowRight')));
    expect(steps, 'from plain text in the same shadow root the shortcut does walk (the event reaches us)').toEqual([1]);
  });

  it('on macOS the keys are Control+Shift+arrow: Option+Shift+arrow (select by word) is left to the system', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const steps = setup(true);
    const p = document.getElementById('p')!;
    const option = trusted(arrow('ArrowRight'));
    p.dispatchEvent(option);
    expect(steps, 'Option+Shift+→ does not walk on macOS').toEqual([]);
    expect(option.defaultPrevented, 'and the selection keeps working').toBe(false);
    p.dispatchEvent(trusted(arrow('ArrowRight', { altKey: false, ctrlKey: true })));
    expect(steps, 'Control+Shift+→ walks').toEqual([1]);
  });

  it('ignores other modifiers and stops after abort', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    const steps = setup();
    document.getElementById('p')!.dispatchEvent(trusted(arrow('ArrowRight', { ctrlKey: true })));
    expect(steps, 'Ctrl+Alt+Shift+→ is not our shortcut').toEqual([]);
    abort.abort();
    document.getElementById('p')!.dispatchEvent(trusted(arrow('ArrowRight')));
    expect(steps, 'no step after the listener is torn down').toEqual([]);
  });
});
