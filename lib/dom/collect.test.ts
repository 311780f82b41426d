// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks, extractedText, rangeFor } from './collect';

function blocksOf(html: string) {
  document.body.innerHTML = html;
  return collectBlocks(document.body);
}

describe('collectBlocks', () => {
  it.each([
    { why: 'a name split across inline elements stays one string', html: '<p><a href="#">Kassym-Jomart</a> <b>Tokayev</b> spoke.</p>', texts: ['Kassym-Jomart Tokayev spoke.'] },
    { why: 'each block element is its own block', html: '<h1>Title</h1><p>One</p><ul><li>Two</li><li>Three</li></ul>', texts: ['Title', 'One', 'Two', 'Three'] },
    { why: 'a nested block splits its parent so words never fuse across it', html: '<div>Before<div>Inner</div>After</div>', texts: ['Before', 'Inner', 'After'] },
    { why: 'script, style, noscript, textarea, input and select are never read', html: '<p>Seen<script>Tokayev()</script><style>.Tokayev{}</style></p><noscript>Hidden</noscript><textarea>Typed</textarea><select><option>Choice</option></select>', texts: ['Seen'] },
    { why: 'contenteditable regions and [hidden] elements are skipped', html: '<div contenteditable="true">Draft</div><p hidden>Secret</p><p contenteditable="false">Shown</p>', texts: ['Shown'] },
    { why: "the extension's own card is never scanned", html: '<p>Page</p><silklens-card>Card text</silklens-card>', texts: ['Page'] },
    { why: 'blocks of whitespace only are dropped', html: '<div>\n  <p>Text</p>\n</div>', texts: ['Text'] },
    { why: '<br> becomes a line break inside the block', html: '<p>Line one<br>Line two</p>', texts: ['Line one\nLine two'] },
  ])('$why', ({ html, texts }) => {
    expect(blocksOf(html).map((b) => b.text)).toEqual(texts);
  });

  it('uses the isHidden test for visibility the browser computes', () => {
    document.body.innerHTML = '<p>Visible</p><p class="x">Invisible</p>';
    const blocks = collectBlocks(document.body, { isHidden: (el) => el.classList.contains('x') });
    expect(blocks.map((b) => b.text)).toEqual(['Visible']);
  });

  it('gives each block its offset in the extracted text (blocks joined by newlines)', () => {
    const blocks = blocksOf('<p>Alpha</p><p>Beta gamma</p>');
    const text = extractedText(blocks);
    expect(text).toBe('Alpha\nBeta gamma');
    const b = blocks[1]!;
    expect(text.slice(b.base + 5, b.base + 10)).toBe('gamma');
  });
});

describe('rangeFor', () => {
  it('maps block offsets back to a DOM range across text nodes', () => {
    const [block] = blocksOf('<p><a href="#">Kassym-Jomart</a> Tokayev spoke.</p>');
    const range = rangeFor(block!, 0, 'Kassym-Jomart Tokayev'.length, document)!;
    expect(range.toString()).toBe('Kassym-Jomart Tokayev');
    expect(range.startContainer.textContent).toBe('Kassym-Jomart');
  });

  it('returns null for offsets outside the block', () => {
    const [block] = blocksOf('<p>Short</p>');
    expect(rangeFor(block!, 2, 99, document)).toBeNull();
  });
});
