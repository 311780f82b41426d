import { describe, expect, it } from 'vitest';
import type { EntityCardData } from '../card/card-data';
import type { PageMention } from '../dom/page-model';
import { cardAnchor, whyMatched, withoutUserData } from './card-open-flow';
import { isLiveAnchor } from './card-surface';

const mention = { key: 'k1', text: 'Japarov', entity: 'a', type: 'person', via: 'alias', start: 0, end: 7 } as unknown as PageMention;

describe('whyMatched', () => {
  it.each([
    { why: 'a plain name has no reason', m: { via: 'name' }, out: undefined },
    { why: 'the matcher’s reason wins', m: { via: 'alias', reason: { kind: 'alias', alias: 'nickname', base: 'Arkadag' } }, out: { kind: 'alias', alias: 'nickname', base: 'Arkadag' } },
    { why: 'a title without a reason is the holder on the page’s date', m: { via: 'title', office: 'president:kazakhstan' }, out: { kind: 'title', office: 'president:kazakhstan', date: '2023-01' } },
    { why: 'a title without an office key says nothing rather than guess', m: { via: 'title' }, out: undefined },
  ])('$why', ({ m, out }) => {
    expect(whyMatched({ ...mention, ...m } as unknown as PageMention, '2023-01')).toEqual(out);
  });
});


describe('withoutUserData', () => {
  it('keeps the name and kind of an entity of the reader’s own, nothing they wrote', () => {
    const own = { id: 'mine', type: 'person', name: 'Mine', otherNames: [{ lang: 'ru', text: 'мой' }], roles: [{ text: 'x' }], facts: [{ text: 'my fact' }], totalFacts: 1, sources: [{ url: 'u' }], checked: '2026-11-20', notes: ['my note'] } as unknown as EntityCardData;
    const out = withoutUserData(own);
    expect(out, 'id, kind, name and checked date only').toEqual({ id: 'mine', type: 'person', name: 'Mine', otherNames: [], roles: [], facts: [], totalFacts: 0, sources: [], checked: '2026-11-20' });
    expect(JSON.stringify(out), 'no note or fact of theirs').not.toMatch(/my (note|fact)/);
  });
});

describe('cardAnchor', () => {
  const rect = (top: number, left: number) => ({ top, left, right: left + 10, bottom: top + 10 }) as DOMRect;
  /** A document whose live ranges report `rects`, and a range in it (connected or not). */
  const page = (rects: DOMRect[], connected = true) => {
    const doc = { createRange: () => ({ setStart() {}, setEnd() {}, getClientRects: () => rects }) } as unknown as Document;
    const range = { startContainer: { isConnected: connected, parentElement: null }, startOffset: 0, endContainer: {}, endOffset: 1 } as unknown as AbstractRange;
    return { doc, range };
  };

  it('a fixed rect stays as it is', () => {
    const r = rect(1, 2);
    expect(cardAnchor(r), 'a rect with no mention to follow is the anchor itself').toBe(r);
  });

  it('a mention becomes a live anchor on the line the reader pointed at', () => {
    const { doc, range } = page([rect(0, 0), rect(20, 0)]);
    const anchor = cardAnchor({ range, first: rect(20, 0), doc });
    expect(isLiveAnchor(anchor), 'it follows the mention').toBe(true);
    expect(isLiveAnchor(anchor) && anchor.rect()?.top, 'the second line of a wrapped mention, measured afresh').toBe(20);
  });

  it('a mention whose text left the document has no rect (the card closes)', () => {
    const { doc, range } = page([rect(0, 0)], false);
    const anchor = cardAnchor({ range, first: rect(0, 0), doc });
    expect(isLiveAnchor(anchor) && anchor.rect(), 'no rect once the text is gone').toBeNull();
  });
});
