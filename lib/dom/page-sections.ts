/**
 * Where a block sits on the page, for resolution by proximity (lib/match/resolve.ts):
 * its region (the nearest sectioning element: the article, a comments `<section>`, an
 * `<aside>`) and its section (the last heading before it inside that region). A reader
 * comment naming a namesake then sits in another region or section than the article.
 *
 * Work is bounded per block: the walk back to the previous heading looks at no more than
 * MAX_STEPS elements (a page of 100k siblings costs the same as a short one), and gives up
 * on the heading (the region alone still counts) when it runs out.
 */
import { blockKeyElement, type BlockKey } from './collect';

const SECTIONING = 'article, section, aside, main, nav, header, footer, dialog, [role="article"], [role="main"], [role="complementary"], [role="region"], [role="feed"]';
/** Sectioning content proper: its headings head nothing outside it (a <header> wrapper does not count). */
const SECTIONING_CONTENT = 'article, section, aside, nav, [role="article"], [role="complementary"], [role="region"], [role="feed"]';
const HEADING = /^H[1-6]$/;
const MAX_STEPS = 64;

export interface BlockPlace {
  section: number;
  region: number;
}

export class PageSections {
  private ids = new WeakMap<object, number>();
  private next = 1;

  /** Region and section ids of a block (0: the page itself). */
  placeOf(key: BlockKey): BlockPlace {
    const el = blockKeyElement(key);
    const region = el.parentElement?.closest(SECTIONING) ?? null;
    const heading = HEADING.test(el.tagName) ? el : headingBefore(el, region);
    return { region: region ? this.id(region) : 0, section: heading ? this.id(heading) : region ? this.id(region) : 0 };
  }

  private id(node: object): number {
    let id = this.ids.get(node);
    if (id === undefined) { id = this.next++; this.ids.set(node, id); }
    return id;
  }
}

/** The nearest heading before `el` in document order, inside `region`; null when none within the step budget. */
function headingBefore(el: Element, region: Element | null): Element | null {
  const budget = { steps: MAX_STEPS };
  for (let x: Element | null = el; x && x !== region; x = x.parentElement) {
    for (let s = x.previousElementSibling; s; s = s.previousElementSibling) {
      if (--budget.steps < 0) return null;
      if (HEADING.test(s.tagName)) return s;
      if (isSectioningContent(s)) return null; // another article's headings do not head what follows it
      // A wrapper ending with a heading (<header><h1>…</h1></header>): its last heading.
      const inner = lastHeadingIn(s, budget);
      if (inner) return inner;
    }
  }
  return null;
}

const SECTIONING_TAGS = new Set(['ARTICLE', 'SECTION', 'ASIDE', 'NAV']);

/** Tag first: `matches()` only for the rare element with a role. */
function isSectioningContent(el: Element): boolean {
  return SECTIONING_TAGS.has(el.tagName) || (el.hasAttribute('role') && el.matches(SECTIONING_CONTENT));
}

/** The last heading among the last children of a sibling, a few levels down, within the shared step budget. */
function lastHeadingIn(s: Element, budget: { steps: number }): Element | null {
  let x = s.lastElementChild;
  for (let depth = 0; x && depth < 3; depth++) {
    for (let c: Element | null = x, n = 0; c && n < 3; c = c.previousElementSibling, n++) {
      if (--budget.steps < 0) return null;
      if (HEADING.test(c.tagName)) return c;
    }
    x = x.lastElementChild;
  }
  return null;
}
