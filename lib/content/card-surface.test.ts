// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { changesWhatIsShown } from './card-surface';

/** A card-like tree in a shadow root, the records one change to it makes, and the verdict. */
function recordsOf(change: (root: ShadowRoot) => void): MutationRecord[] {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  root.innerHTML = '<div class="card"><p class="fact">Fact text</p><details class="fact-original"><summary>Original</summary>Оригинал</details><a href="https://example.org/source">Source</a><button>Copy</button></div>';
  const observer = new MutationObserver(() => {});
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  change(root);
  const records = observer.takeRecords();
  observer.disconnect();
  host.remove();
  return records;
}

const q = <T extends Element>(root: ShadowRoot, sel: string) => root.querySelector(sel) as T;

describe('changesWhatIsShown', () => {
  it.each([
    { name: 'text appended to a fact', change: (r: ShadowRoot) => q(r, '.fact').append(document.createTextNode(' and was pardoned')), tampered: true },
    { name: 'a fact’s text rewritten in place', change: (r: ShadowRoot) => ((q(r, '.fact').firstChild as Text).data = 'Something else'), tampered: true },
    { name: 'a fact removed', change: (r: ShadowRoot) => q(r, '.fact').remove(), tampered: true },
    { name: 'a source link pointed elsewhere', change: (r: ShadowRoot) => q(r, 'a').setAttribute('href', 'https://evil.example/'), tampered: true },
    { name: 'a style attribute written', change: (r: ShadowRoot) => q<HTMLElement>(r, '.card').setAttribute('style', 'display:none'), tampered: true },
    { name: 'a node added and left in place', change: (r: ShadowRoot) => q(r, '.card').append(document.createElement('p')), tampered: true },
    { name: 'a node added, then one of ours removed', change: (r: ShadowRoot) => (q(r, '.card').append(document.createElement('p')), q(r, '.fact').remove()), tampered: true },
    { name: 'the reader toggling a <details>', change: (r: ShadowRoot) => q<HTMLDetailsElement>(r, 'details').toggleAttribute('open'), tampered: false },
    {
      name: 'the copy button’s fallback textarea, added and removed again',
      change: (r: ShadowRoot) => {
        const area = document.createElement('textarea');
        q(r, 'button').after(area);
        area.remove();
      },
      tampered: false,
    },
    { name: 'open written on something that is not a <details>', change: (r: ShadowRoot) => q(r, 'a').setAttribute('open', ''), tampered: true },
  ])('$name → tampered: $tampered', ({ change, tampered }) => {
    const records = recordsOf(change);
    expect(records.length, 'the change made mutation records (the case tests something)').toBeGreaterThan(0);
    expect(changesWhatIsShown(records), tampered ? 'a change to what the card shows is tampering' : 'the card’s own UI behaviour is not tampering').toBe(tampered);
  });

  it('no records: nothing changed', () => {
    expect(changesWhatIsShown([]), 'an empty batch is not tampering').toBe(false);
  });
});
