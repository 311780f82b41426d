// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks } from './collect';
import { collectOwn, TreeCollector } from './tree-collector';

const texts = (html: string) => {
  document.body.innerHTML = html;
  return new TreeCollector(document.body, 'tree', {}, { nodes: 0 }).step().flatMap((b) => b.runs.map((r) => r.text));
};

describe('TreeCollector', () => {
  it.each([
    { why: 'a name split across inline elements stays one run', html: '<p><a href="#">Kassym-Jomart</a> <b>Tokayev</b> spoke.</p>' },
    { why: 'a nested block splits its parent so words never fuse across it', html: '<div>Before<div>Inner</div>After</div>' },
    { why: 'script, style, textarea, select and hidden/editable regions are never read', html: '<p>Seen<script>Tokayev()</script></p><textarea>Typed</textarea><div contenteditable="true">Draft</div><p hidden>Secret</p>' },
    { why: 'whitespace-only runs are dropped', html: '<div>\n  <p>Text</p>\n</div>' },
  ])('finds the same text as collectBlocks: $why', ({ html }) => {
    document.body.innerHTML = html;
    const expected = collectBlocks(document.body).map((b) => b.text).sort();
    expect(texts(html).sort(), 'the incremental collector and the CLI collector agree').toEqual(expected);
  });

  it('resumes where it stopped: slices add up to the one-go result', () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>Para ${i} <b>bold</b> end</p>`).join('');
    const whole = texts(html);
    document.body.innerHTML = html;
    const walk = new TreeCollector(document.body, 'tree', {}, { nodes: 0 });
    const parts: string[] = [];
    let slices = 0;
    let calls = 0;
    while (!walk.done) {
      slices++;
      parts.push(...walk.step(() => ++calls % 2 === 0).flatMap((b) => b.runs.map((r) => r.text)));
    }
    expect(slices, 'the walk was cut into many slices').toBeGreaterThan(10);
    expect(parts.sort(), 'and lost or doubled nothing').toEqual([...whole].sort());
  });

  it('a walk whose next node was removed between slices says so (the caller walks again)', () => {
    document.body.innerHTML = Array.from({ length: 200 }, (_, i) => `<p id="p${i}">Para ${i}</p>`).join('');
    const walk = new TreeCollector(document.body, 'tree', {}, { nodes: 0 });
    let calls = 0;
    walk.step(() => ++calls === 1);
    document.body.replaceChildren();
    walk.step();
    expect(walk.broken, 'moved or removed under the walk').toBe(true);
  });

  it("collectOwn reads a block's own runs and steps over nested blocks, counting nodes", () => {
    document.body.innerHTML = '<div id="d">Head <span>inline</span><p>Nested para</p>Tail</div>';
    const counter = { nodes: 0 };
    const runs = collectOwn(document.getElementById('d')!, {}, counter);
    expect(runs.map((r) => r.text), 'own text only, split at the nested block').toEqual(['Head inline', 'Tail']);
    expect(counter.nodes, 'the nested paragraph is not entered (5 nodes: 2 texts, span, its text, p)').toBe(5);
  });

  it('reports open shadow roots it passes', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Inside</p>';
    const found: ShadowRoot[] = [];
    new TreeCollector(document.body, 'tree', { onShadowRoot: (r) => found.push(r) }, { nodes: 0 }).step();
    expect(found, 'the open shadow root is handed over to be scanned as a root').toEqual([root]);
  });
});
