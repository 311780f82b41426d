// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { BlockKey } from '../dom/collect';
import { viewportBlocks, withoutContainers } from './viewport';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}
const byId = (id: string) => document.getElementById(id)! as BlockKey;

describe('withoutContainers', () => {
  it.each([
    { html: '<article id="a"><p id="p1">x</p><p id="p2">y</p></article>', keys: ['a', 'p1', 'p2'], want: ['p1', 'p2'], rule: 'a container hit between its paragraphs is left to the full scan' },
    { html: '<article id="a"><div><p id="p1">x</p></div></article>', keys: ['a', 'p1'], want: ['p1'], rule: 'a container two levels up is still a container' },
    { html: '<p id="p1">x</p><p id="p2">y</p>', keys: ['p1', 'p2'], want: ['p1', 'p2'], rule: 'sibling blocks all stay' },
    { html: '<article id="a">own text</article>', keys: ['a'], want: ['a'], rule: 'a block holding no other key stays, however big' },
  ])('$rule', ({ html, keys, want, rule }) => {
    page(html);
    expect(withoutContainers(new Set(keys.map(byId))), rule).toEqual(want.map(byId));
  });
});

describe('viewportBlocks', () => {
  it('maps the grid’s hits to blocks, without <body> and without containers', () => {
    const doc = page('<article id="a"><p id="p1">x</p><p id="p2">y</p></article>');
    const hits = [byId('p1'), byId('a'), doc.body, byId('p2'), byId('p1')];
    let i = 0;
    Object.defineProperty(doc, 'elementFromPoint', { configurable: true, value: () => hits[i++ % hits.length] });
    const keys = viewportBlocks(doc, (n) => n as BlockKey);
    expect(keys, 'each on-screen paragraph once; the body and the article that holds them are not first-slice blocks').toEqual([byId('p1'), byId('p2')]);
  });
  it('no elementFromPoint (a document without layout): no blocks', () => {
    const doc = page('<p>x</p>');
    Object.defineProperty(doc, 'elementFromPoint', { configurable: true, value: undefined });
    expect(viewportBlocks(doc, (n) => n as BlockKey), 'nothing on screen can be known: the full scan does it all').toEqual([]);
  });
});
