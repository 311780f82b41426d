// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compileDictionary, createMatcher } from '../match';
import { FIXTURE_ENTITIES } from '../match/test-fixtures';
import { PageModel } from './page-model';
import { TreeCollector } from './tree-collector';

const matcher = createMatcher(compileDictionary(FIXTURE_ENTITIES, { version: 't' }));
const OPTIONS = { pageDate: '2025-01-01' };
const collect = (root: Element) => new TreeCollector(root, 'tree', {}, { nodes: 0 }).step();
const resolved = (model: PageModel) => [...model.mentions()].map((m) => `${m.text}=${m.entity}`).sort();

function fresh(): string[] {
  const model = new PageModel(matcher, OPTIONS);
  model.update(collect(document.body), [], true);
  return resolved(model);
}

describe('PageModel', () => {
  it.each([
    { why: 'a full name arriving settles an earlier ambiguous surname', edit: () => document.getElementById('x')!.append('Sadyr Japarov') },
    { why: 'the only evidence leaving unsettles it', edit: () => (document.getElementById('y')!.textContent = 'nothing') },
    { why: 'a competing bearer arriving makes it ambiguous again', edit: () => document.getElementById('x')!.append('Akylbek Japarov') },
    { why: 'a country arriving settles a single ambiguous bearer (Karimov on a page about Uzbekistan)', edit: () => document.getElementById('x')!.append('Uzbekistan') },
  ])('incremental resolution equals a fresh full scan: $why', ({ edit }) => {
    document.body.innerHTML = '<p>Japarov spoke. Karimov too.</p><p id="y">Sadyr Japarov</p><p id="x"></p>';
    const model = new PageModel(matcher, OPTIONS);
    model.update(collect(document.body), [], true);
    edit();
    for (const id of ['x', 'y']) {
      const el = document.getElementById(id)!;
      model.update(collect(el).filter((b) => b.key === el), [], true);
    }
    expect(resolved(model), 'only the edited block was rescanned, yet every mention resolves as a full scan would').toEqual(fresh());
  });

  it('a country at the end of one block is not "right beside" a name at the start of the next', () => {
    document.body.innerHTML = '<p>News from Kyrgyzstan</p><p>Japarov spoke.</p>';
    expect(fresh(), 'blocks are resolved apart: the surname stays ambiguous').toContain('Japarov=null');
    document.body.innerHTML = '<p>Kyrgyzstan Japarov spoke.</p>';
    expect(fresh(), 'within one block the adjacent country still counts (when it settles one candidate)').toEqual(expect.arrayContaining(['Kyrgyzstan=kyrgyzstan']));
  });

  it('keeps mention keys stable across a rescan of unchanged text, and finds mentions by caret', () => {
    document.body.innerHTML = '<p id="p">Met <a>Kassym-Jomart</a> Tokayev today.</p>';
    const model = new PageModel(matcher, OPTIONS);
    model.update(collect(document.body), [], true);
    const before = [...model.mentions()].map((m) => m.key);
    const p = document.getElementById('p')!;
    const delta = model.update(collect(p), [], true);
    expect(delta.added.map((m) => m.key), 'same block, same offsets: same keys').toEqual(before);
    const link = p.querySelector('a')!.firstChild!;
    expect(model.mentionAt(link, 3)?.text, 'a caret in the link finds the whole split name').toBe('Kassym-Jomart Tokayev');
    expect(model.mentionAt(p.firstChild!, 1), 'a caret on plain words finds nothing').toBeUndefined();
  });

  it('rebuilds edited text nodes from what it holds, and hands back the ones it does not know', () => {
    document.body.innerHTML = '<p id="p"><span>5 min ago</span> Tokayev</p><div id="new"></div>';
    const model = new PageModel(matcher, OPTIONS);
    model.update(collect(document.body), [], true);
    const stamp = document.querySelector('span')!.firstChild as Text;
    stamp.data = 'Kazakhstan, 6 min ago';
    const unknownNode = document.createTextNode('x');
    document.getElementById('new')!.append(unknownNode);
    const { delta, unknown } = model.updateTexts([stamp, unknownNode], true);
    expect(delta.added.map((m) => m.text).sort(), 'the run was rebuilt with the new text').toEqual(['Kazakhstan', 'Tokayev']);
    expect(unknown, 'a node the model never saw goes back to the caller').toEqual([unknownNode]);
    expect([...model.mentions()].find((m) => m.text === 'Tokayev')?.start, 'offsets after the edit moved with it').toBe('Kazakhstan, 6 min ago '.length);
  });

  it.each([
    {
      why: 'a namesake in the comments section does not make the article ambiguous',
      html: '<article><h1>Vote</h1><p>Sadyr Japarov voted.</p><h2>Later</h2><p>Japarov left.</p></article><section id="comments"><h2>Comments</h2><p>Akylbek Japarov is no relation.</p></section>',
      expected: ['Akylbek Japarov=akylbek-japarov', 'Japarov=sadyr-japarov', 'Sadyr Japarov=sadyr-japarov'],
    },
    {
      why: 'the same paragraph beats the section',
      html: '<article><p>Sadyr Japarov voted.</p><p>Akylbek Japarov said Japarov was wrong.</p></article>',
      expected: ['Akylbek Japarov=akylbek-japarov', 'Japarov=akylbek-japarov', 'Sadyr Japarov=sadyr-japarov'],
    },
    {
      why: 'both in one section, neither in the paragraph: ambiguous',
      html: '<article><p>Sadyr Japarov and Akylbek Japarov met.</p><p>Japarov left.</p></article>',
      expected: ['Akylbek Japarov=akylbek-japarov', 'Japarov=null', 'Sadyr Japarov=sadyr-japarov'],
    },
  ])('proximity on a real page: $why', ({ html, expected }) => {
    document.body.innerHTML = html;
    expect(fresh(), 'paragraph, then section, then region, then page').toEqual(expected);
  });

  it('incremental resolution by proximity equals a fresh scan when a namesake arrives in the comments', () => {
    document.body.innerHTML = '<article><p>Sadyr Japarov voted.</p><p>Japarov left.</p></article><section><h2>Comments</h2><p id="c"></p></section>';
    const model = new PageModel(matcher, OPTIONS);
    model.update(collect(document.body), [], true);
    const c = document.getElementById('c')!;
    c.append('Akylbek Japarov is no relation.');
    model.update(collect(c).filter((b) => b.key === c), [], true);
    expect(resolved(model), 'the comment rescanned alone, the article keeps its answer').toEqual(fresh());
    expect(resolved(model)).toContain('Japarov=sadyr-japarov');
  });
  it('settles a first scan in steps of a mention budget, with the same mentions as one settle()', () => {
    document.body.innerHTML = '<article><p>Japarov spoke.</p><p>Karimov and Japarov met.</p><p>Uzbekistan hosted Karimov.</p></article>'
      + '<section><h2>Comments</h2><p>Japarov again.</p><p>Sadyr Japarov replied.</p></section>';
    const scanInChunks = () => {
      const model = new PageModel(matcher, OPTIONS);
      for (const block of collect(document.body)) model.update([block], [], false);
      return model;
    };
    const whole = scanInChunks();
    whole.settle();
    const stepped = scanInChunks();
    let steps = 0;
    let added = 0;
    for (let done = false; !done; steps++) {
      const step = stepped.settleStep(1, undefined);
      added += step.delta.added.length;
      done = step.done;
      expect(steps, 'a step always settles at least one stale block, so the loop ends').toBeLessThan(10);
    }
    expect(resolved(stepped), 'settling in steps gives what one settle() gives').toEqual(resolved(whole));
    expect(resolved(stepped), 'and what a fresh full scan gives').toEqual(fresh());
    expect(steps, 'a budget of one mention settles one block per step (4 blocks hold an ambiguous name)').toBe(4);
    expect(added, 'each step hands its mentions to the painter').toBeGreaterThan(0);
    const again = stepped.settleStep(1);
    expect(again, 'a settled model has nothing stale: one empty, final step').toEqual({ delta: { removed: [], added: [] }, done: true });
  });
});
