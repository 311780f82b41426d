// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compileDictionary, createMatcher } from '../match';
import { FIXTURE_ENTITIES } from '../match/test-fixtures';
import { DEFAULT_DISPLAY, DENSE_PAGE_MENTIONS, visibleMentions, type DisplaySettings } from '../settings/display';
import { HIGHLIGHT_AMBIGUOUS, HighlightPainter, highlightName, type HighlightLike, type RangeFactory } from './highlighter';
import { PageModel } from './page-model';
import { TreeCollector } from './tree-collector';

const matcher = createMatcher(compileDictionary(FIXTURE_ENTITIES, { version: 't' }));

/** A Highlight stand-in that counts its edits (happy-dom has no CSS.highlights). */
class CountingHighlight extends Set<AbstractRange> implements HighlightLike {
  static edits = 0;
  override add(r: AbstractRange) {
    CountingHighlight.edits++;
    return super.add(r);
  }
  override delete(r: AbstractRange) {
    CountingHighlight.edits++;
    return super.delete(r);
  }
}

const makeRange: RangeFactory = (a, b) => {
  const r = document.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, b.offset);
  return r;
};

/** The ranges a painter underlines now (its shown set), read through the page-wide highlight. */
function painterShown(painter: HighlightPainter): AbstractRange[] {
  return painter.inOrder().map((p) => p.range);
}

function setup(html: string, display = DEFAULT_DISPLAY) {
  document.body.innerHTML = html;
  const registry = new Map<string, CountingHighlight>();
  const painter = new HighlightPainter({ registry, Highlight: CountingHighlight, makeRange, display });
  const model = new PageModel(matcher, { pageDate: '2025-01-01' });
  const collect = () => new TreeCollector(document.body, 'tree', {}, { nodes: 0 }).step();
  painter.apply(model.update(collect(), [], true));
  const texts = (name: string) => [...(registry.get(name) ?? [])].map((r) => (r as Range).toString());
  /** Every underlined mention's text (the painter's own shown set: nothing page-wide is registered). */
  const painted = () => painter.paintedRanges().map((r) => (r as Range).toString());
  return { registry, painter, model, texts, painted, collect };
}

describe('HighlightPainter', () => {
  it('registers each highlight once and fills it by type', () => {
    const { registry, texts, painted } = setup('<p>Tokayev visited Uzbekistan. Japarov stayed.</p>');
    expect([...registry.keys()], 'ambiguous and one per type, registered at construction').toEqual(expect.arrayContaining([HIGHLIGHT_AMBIGUOUS, highlightName('person'), highlightName('country')]));
    expect(registry.has('silklens'), 'no page-wide highlight: every registered range costs PrePaint on every frame after a DOM change').toBe(false);
    expect(painted().sort(), 'every mention underlined').toEqual(['Japarov', 'Tokayev', 'Uzbekistan']);
    expect(texts(highlightName('person')), 'resolved people in the person highlight').toEqual(['Tokayev']);
    expect(texts(HIGHLIGHT_AMBIGUOUS), 'an unresolved surname in the ambiguous highlight, not the person one').toEqual(['Japarov']);
  });

  it('a batch edits only the ranges of the block it changed (Highlight objects are never replaced)', () => {
    const { registry, painter, model, painted } = setup('<p id="a">Tokayev</p><p id="b">Kazakhstan</p><p id="c">Uzbekistan</p>');
    const before = registry.get(highlightName('country'));
    CountingHighlight.edits = 0;
    const b = document.getElementById('b')!;
    b.textContent = 'Tajikistan';
    painter.apply(model.update([{ key: b, runs: new TreeCollector(b, 'own', {}, { nodes: 0 }).step()[0]!.runs }], [], true));
    expect(registry.get(highlightName('country')), 'the same Highlight object, edited in place').toBe(before);
    expect(painted().sort(), 'the changed block repainted, the others kept').toEqual(['Tajikistan', 'Tokayev', 'Uzbekistan']);
    expect(CountingHighlight.edits, 'one range out and one in: 2 edits, not a rebuild').toBe(2);
  });

  it('a rescanned block whose text nodes and offsets did not move keeps its ranges (no edits)', () => {
    const { painter, model, collect } = setup('<p>Tokayev met Mirziyoyev.</p>');
    CountingHighlight.edits = 0;
    painter.apply(model.update(collect(), [], true));
    expect(CountingHighlight.edits, 'same nodes, same offsets, same entities: nothing to repaint').toBe(0);
  });

  it('firstOnly shows the first mention of each entity, and the next one when the first leaves', () => {
    const { painter, model, painted } = setup('<p id="a">Tokayev spoke.</p><p id="b">Later Tokayev left.</p>', { ...DEFAULT_DISPLAY, firstOnly: 'always' });
    expect(painted(), 'one underline per entity').toHaveLength(1);
    const a = document.getElementById('a')!;
    a.remove();
    painter.apply(model.update([], [a], true));
    expect(painted(), 'the second mention takes over when the first is removed').toEqual(['Tokayev']);
    expect(painter.count).toBe(1);
  });

  it('firstOnly: a mention added before the shown first takes its place; one added after changes nothing', () => {
    const { painter, model, painted, collect } = setup('<p id="a">Intro.</p><p id="b">Tokayev spoke.</p><p id="c">Nothing.</p>', { ...DEFAULT_DISPLAY, firstOnly: 'always' });
    const shownBlock = () => [...(painterShown(painter))].map((r) => (r.startContainer.parentElement as Element).id);
    expect(shownBlock(), 'the only Tokayev').toEqual(['b']);
    document.getElementById('c')!.textContent = 'Later Tokayev left.';
    painter.apply(model.update(collect(), [], true));
    expect(shownBlock(), 'a later mention does not take over').toEqual(['b']);
    document.getElementById('a')!.textContent = 'Earlier, Tokayev arrived.';
    painter.apply(model.update(collect(), [], true));
    expect(shownBlock(), 'an earlier mention takes over, and the old first is hidden').toEqual(['a']);
    expect(painted(), 'still one underline').toEqual(['Tokayev']);
  });

  describe('automatic first-mention mode on dense pages', () => {
    /** `n` paragraphs naming two entities each: 2n mentions. */
    const paragraphs = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `<p id="p${from + i}">Tokayev visited Uzbekistan, day ${from + i}.</p>`).join('');
    const auto: DisplaySettings = { ...DEFAULT_DISPLAY, firstOnly: 'auto' };

    it.each([
      { paras: DENSE_PAGE_MENTIONS / 2, painted: DENSE_PAGE_MENTIONS, why: 'exactly the threshold: every mention underlined' },
      { paras: DENSE_PAGE_MENTIONS / 2 + 1, painted: 2, why: 'over the threshold: one underline per entity' },
    ])('$why', ({ paras, painted }) => {
      const { painter, model } = setup(paragraphs(paras), auto);
      expect(painter.count, 'underlined mentions').toBe(painted);
      expect(painter.total, 'every mention is still known to the painter').toBe(paras * 2);
      expect(painter.count, 'the painter agrees with the pure rule').toBe(visibleMentions([...model.mentions()], auto).length);
    });

    it('a page that grows past the threshold switches to first mentions; shrinking back restores them all', () => {
      const { painter, model, painted } = setup(paragraphs(40), auto);
      expect(painter.count, '80 mentions: all underlined').toBe(80);
      const more = document.createElement('div');
      more.innerHTML = paragraphs(20, 40);
      document.body.append(more);
      painter.apply(model.update(new TreeCollector(more, 'tree', {}, { nodes: 0 }).step(), [], true));
      expect(painter.firstOnlyNow, '120 mentions: the page is dense now').toBe(true);
      expect(painted(), 'only the first Tokayev and the first Uzbekistan stay underlined').toHaveLength(2);
      more.remove();
      painter.apply(model.update([], [...more.querySelectorAll('p')], true));
      expect(painter.firstOnlyNow, 'back to 80 mentions').toBe(false);
      expect(painter.count, 'every mention underlined again').toBe(80);
    });

    it('the walk list holds every mention, underlined or not, in document order', () => {
      const { painter } = setup(paragraphs(DENSE_PAGE_MENTIONS), auto);
      expect(painter.inOrder(), 'two underlined').toHaveLength(2);
      const all = painter.allInOrder();
      expect(all, 'all 200 mentions walkable').toHaveLength(DENSE_PAGE_MENTIONS * 2);
      expect(all.slice(0, 4).map((p) => p.mention.text), 'document order').toEqual(['Tokayev', 'Uzbekistan', 'Tokayev', 'Uzbekistan']);
    });

    describe('while a full scan is still counting (beginScan … scanSettled)', () => {
      /** The page arrives in slices, the viewport slice first: what is underlined after each one. */
      function sliced(paras: number, firstSlice: number, display: DisplaySettings) {
        document.body.innerHTML = paragraphs(paras);
        const model = new PageModel(matcher);
        const painter = new HighlightPainter({ registry: new Map() as never, Highlight: CountingHighlight, makeRange, display });
        painter.beginScan();
        painter.apply(model.reset());
        const blocks = new TreeCollector(document.body, 'tree', {}, { nodes: 0 }).step();
        const counts: number[] = [];
        for (const part of [blocks.slice(0, firstSlice), blocks.slice(firstSlice)]) {
          painter.apply(model.update(part, [], false));
          counts.push(painter.count);
        }
        painter.apply(model.settle());
        painter.scanSettled();
        return { counts, final: painter.count };
      }

      it.each([
        { paras: 60, why: 'a dense page (120 mentions): its first slice (20 mentions) is never underlined in full', during: [2, 2], final: 2 },
        { paras: 30, why: 'a light page (60 mentions): first mentions while counting, every mention once the count is known', during: [2, 2], final: 60 },
      ])('auto: $why', ({ paras, during, final }) => {
        const r = sliced(paras, 10, auto);
        expect(r.counts, 'while the scan counts, no more than one underline per entity').toEqual(during);
        expect(r.final, 'after the scan, the rule for the page’s real count').toBe(final);
      });

      it.each([
        { mode: 'never' as const, final: 120, during: [20, 120] },
        { mode: 'always' as const, final: 2, during: [2, 2] },
      ])('$mode: the reader’s explicit choice applies from the first slice', ({ mode, during, final }) => {
        const r = sliced(60, 10, { ...DEFAULT_DISPLAY, firstOnly: mode });
        expect(r.counts, `${mode}: nothing is held back while counting`).toEqual(during);
        expect(r.final, `${mode}: the same after the scan`).toBe(final);
      });

      it('scanSettled without a scan changes nothing', () => {
        const { painter } = setup(paragraphs(30), auto);
        painter.scanSettled();
        expect(painter.count, 'a light page stays fully underlined').toBe(60);
      });
    });

    it('never: a dense page keeps every underline', () => {
      const { painter } = setup(paragraphs(DENSE_PAGE_MENTIONS), { ...DEFAULT_DISPLAY, firstOnly: 'never' });
      expect(painter.count, 'never means every mention').toBe(DENSE_PAGE_MENTIONS * 2);
    });
  });

  it('a switched-off type is neither painted nor hoverable', () => {
    const { painter, model, painted } = setup('<p>Tokayev in Kazakhstan.</p>', { ...DEFAULT_DISPLAY, types: { ...DEFAULT_DISPLAY.types, country: false } });
    expect(painted(), 'countries switched off').toEqual(['Tokayev']);
    const country = [...model.mentions()].find((m) => m.type === 'country')!;
    expect(painter.rangeOf(country), 'no range, so no hover card').toBeUndefined();
  });

  it('keeps document order for the keyboard walk, and destroy() unregisters everything', () => {
    const { registry, painter } = setup('<p>Uzbekistan</p><p>Tokayev</p><p>Kazakhstan</p>');
    expect(painter.inOrder().map((p) => p.mention.text), 'document order, whatever the insertion order').toEqual(['Uzbekistan', 'Tokayev', 'Kazakhstan']);
    painter.destroy();
    expect(registry.size, 'no highlight left registered after teardown').toBe(0);
  });

  it('blocks assumed on screen are styled by the next apply, before the observer reports; the assumption lasts one apply', () => {
    document.body.innerHTML = '<p id="a">Tokayev</p><p id="b">Kazakhstan</p><p id="c">Uzbekistan</p>';
    const registry = new Map<string, CountingHighlight>();
    let report: (el: Element, near: boolean) => void = () => {};
    const painter = new HighlightPainter({
      registry, Highlight: CountingHighlight, makeRange, display: DEFAULT_DISPLAY,
      nearness: (onChange) => {
        report = onChange;
        return { observe: () => {}, unobserve: () => {}, disconnect: () => {} };
      },
    });
    const model = new PageModel(matcher, { pageDate: '2025-01-01' });
    const own = (id: string) => {
      const el = document.getElementById(id)!;
      return { key: el, runs: new TreeCollector(el, 'own', {}, { nodes: 0 }).step()[0]!.runs };
    };
    const styled = (name: string) => [...(registry.get(name) ?? [])].map((r) => (r as Range).toString());
    painter.assumeNear([document.getElementById('a')!]);
    painter.apply(model.update([own('a'), own('b')], [], true));
    expect(styled(highlightName('person')), 'the assumed block is underlined in the same task').toEqual(['Tokayev']);
    expect(styled(highlightName('country')), 'a block not assumed waits for the observer').toEqual([]);
    painter.assumeNear([document.getElementById('c')!]);
    painter.apply(model.update([], [], true));
    painter.apply(model.update([own('c')], [], true));
    expect(styled(highlightName('country')), 'an assumption not used by the next apply is dropped').toEqual([]);
    report(document.getElementById('a')!, false);
    expect(styled(highlightName('person')), 'the observer has the last word').toEqual([]);
    painter.destroy();
  });

  it('a block whose text nodes were replaced keeps its nearness and its watch; a block left empty is released', () => {
    document.body.innerHTML = '<p id="a"><span>Tokayev</span></p><p id="b">Kazakhstan</p>';
    const registry = new Map<string, CountingHighlight>();
    let report: (el: Element, near: boolean) => void = () => {};
    const calls: string[] = [];
    const painter = new HighlightPainter({
      registry, Highlight: CountingHighlight, makeRange, display: DEFAULT_DISPLAY,
      nearness: (onChange) => {
        report = onChange;
        return { observe: (el) => void calls.push(`observe ${el.id}`), unobserve: (el) => void calls.push(`unobserve ${el.id}`), disconnect: () => {} };
      },
    });
    const model = new PageModel(matcher, { pageDate: '2025-01-01' });
    const own = (el: Element) => ({ key: el, runs: new TreeCollector(el, 'own', {}, { nodes: 0 }).step()[0]!.runs });
    const styled = (name: string) => [...(registry.get(name) ?? [])].map((r) => (r as Range).toString());
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    painter.apply(model.update([own(a), own(b)], [], true));
    report(a, true);
    calls.length = 0;
    // A framework sets textContent: a new text node, the same block element.
    a.querySelector('span')!.textContent = 'Tokayev';
    painter.apply(model.update([own(a)], [], true));
    expect(styled(highlightName('person')), 'still underlined in the same update: nearness kept').toEqual(['Tokayev']);
    expect(calls, 'no unobserve/observe churn for a block that keeps a mention').toEqual([]);
    b.textContent = 'nothing here';
    painter.apply(model.update([own(b)], [], true));
    expect(calls, 'a block left without mentions is no longer watched').toEqual(['unobserve b']);
    painter.destroy();
  });

  it('registers only the ranges of blocks near the viewport; the painter still counts every shown one', () => {
    document.body.innerHTML = '<p id="a">Tokayev</p><p id="b">Kazakhstan</p>';
    const registry = new Map<string, CountingHighlight>();
    let report: (el: Element, near: boolean) => void = () => {};
    const observed = new Set<Element>();
    const painter = new HighlightPainter({
      registry, Highlight: CountingHighlight, makeRange, display: DEFAULT_DISPLAY,
      nearness: (onChange) => {
        report = onChange;
        return { observe: (el) => void observed.add(el), unobserve: (el) => void observed.delete(el), disconnect: () => observed.clear() };
      },
    });
    const model = new PageModel(matcher, { pageDate: '2025-01-01' });
    painter.apply(model.update(new TreeCollector(document.body, 'tree', {}, { nodes: 0 }).step(), [], true));
    const size = (name: string) => registry.get(name)?.size ?? 0;
    expect(painter.count, 'both mentions are shown').toBe(2);
    expect(painter.paintedRanges(), 'and listed for counts and tests').toHaveLength(2);
    expect(painter.styledCount, 'nothing styled before the observer says where the blocks are').toBe(0);
    expect(observed.size, 'each block with a mention is watched').toBe(2);
    report(document.getElementById('a')!, true);
    expect(size(highlightName('person')), 'the block near the viewport gets its underline').toBe(1);
    expect(size(highlightName('country')), 'the far one does not (the browser re-validates styled ranges on every change)').toBe(0);
    report(document.getElementById('a')!, false);
    expect(painter.styledCount, 'scrolled away: unstyled again').toBe(0);
    const a = document.getElementById('a')!;
    a.remove();
    painter.apply(model.update([], [a], true));
    expect(observed.has(a), 'a block without mentions is no longer watched').toBe(false);
    painter.destroy();
    expect(observed.size, 'teardown disconnects the observer').toBe(0);
  });
});
