// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageSections } from './page-sections';

describe('PageSections: region and section of a block', () => {
  const page = `
    <header><p id="masthead">Site</p></header>
    <article id="art"><header><h1 id="h1">Title</h1></header><p id="lead">Lead</p><h2 id="h2">Sub</h2><div><p id="deep">Deep</p></div></article>
    <section id="comments"><h2 id="ch">Comments</h2><ul><li id="c1">One</li></ul></section>
    <p id="loose">Loose</p>`;

  it('groups blocks by region and by the heading above them', () => {
    document.body.innerHTML = page;
    const sections = new PageSections();
    const at = (id: string) => sections.placeOf(document.getElementById(id)!);
    const [masthead, h1, lead, h2, deep, ch, c1, loose] = ['masthead', 'h1', 'lead', 'h2', 'deep', 'ch', 'c1', 'loose'].map(at);
    expect(lead!.section, 'the heading inside the article header opens its section').toBe(h1!.section);
    expect(deep!.section, 'a nested paragraph takes the heading before its wrapper').toBe(h2!.section);
    expect(lead!.section, 'a new heading, a new section').not.toBe(deep!.section);
    expect(lead!.region, 'one article, one region').toBe(deep!.region);
    expect(c1!.section, 'comments: their own section').toBe(ch!.section);
    expect(c1!.region, 'comments: their own region').not.toBe(lead!.region);
    expect(masthead!.section, 'a header with no heading: the region stands for the section').toBe(masthead!.region);
    expect(loose, 'outside every region, after a sectioning element: the page').toEqual({ region: 0, section: 0 });
  });

  it('blocks under one heading share a section; blocks under different headings do not', () => {
    document.body.innerHTML = '<article><h2>A</h2><p id="a1">1</p><p id="a2">2</p><h2>B</h2><p id="b1">3</p></article>';
    const s = new PageSections();
    const [a1, a2, b1] = ['a1', 'a2', 'b1'].map((x) => s.placeOf(document.getElementById(x)!));
    expect(a1!.section, 'same heading, same section').toBe(a2!.section);
    expect(a1!.section, 'another heading, another section').not.toBe(b1!.section);
    expect(a1!.region, 'one article, one region').toBe(b1!.region);
  });

  it('bounded walk: a block after thousands of siblings gives up the heading, keeps the region', () => {
    document.body.innerHTML = `<section><h2>Far</h2>${'<p>x</p>'.repeat(3000)}<p id="last">y</p></section>`;
    const place = new PageSections().placeOf(document.getElementById('last')!);
    expect(place.region, 'the region is found by closest()').not.toBe(0);
    expect(place.section, 'no heading within the step budget: the region stands for the section').toBe(place.region);
  });
});
