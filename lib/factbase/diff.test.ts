import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffPacks, previewOf, sameJson } from './diff';
import { importPackJson } from './importers/pack-json';
import type { FactPack } from './schema';

function basePack(): FactPack {
  const r = importPackJson(readFileSync(new URL('./importers/fixtures/pack-valid.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.pack;
}

type Edit = (p: FactPack) => void;
const tokayev = (p: FactPack) => p.entities[0]!;

describe('diffPacks', () => {
  it('treats every entity as added on a first import', () => {
    const d = diffPacks(null, basePack());
    expect(d.added.map((e) => e.id)).toEqual(['kassym-jomart-tokayev', 'kazakhstan']);
    expect([d.changed, d.removed, d.unchanged, d.metadata]).toEqual([[], [], 0, []]);
  });

  it('finds nothing in an identical pack', () => {
    expect(diffPacks(basePack(), basePack())).toEqual({ added: [], changed: [], removed: [], unchanged: 2, metadata: [] });
  });

  it.each<[string, Edit, string[], number, number]>([
    ['a new Russian name', (p) => (tokayev(p).names.kk = 'Қасым-Жомарт Тоқаев'), ['names'], 0, 0],
    ['a new alias', (p) => tokayev(p).aliases.push({ text: 'Toqaev' }), ['aliases'], 0, 0],
    ['an ended role', (p) => (tokayev(p).roles[0]!.to = '2026-01'), ['roles'], 0, 0],
    ['a reworded fact', (p) => (tokayev(p).facts[0]!.text = 'Became president in March 2019.'), ['facts'], 1, 1],
    ['an added fact', (p) => tokayev(p).facts.push({ text: 'Born in Almaty.', date: '1953-05-17', sources: ['wp-tokayev'] }), ['facts'], 1, 0],
    ['a removed fact', (p) => tokayev(p).facts.pop(), ['facts'], 0, 1],
    ['a new description and country', (p) => Object.assign(tokayev(p), { description: 'Head of state', country: 'kz' }), ['country', 'description'], 0, 0],
    ['a changed type', (p) => (tokayev(p).type = 'organization'), ['type'], 0, 0],
  ])('reports %s as a change of %j', (_name, edit, fields, added, removed) => {
    const after = basePack();
    edit(after);
    const d = diffPacks(basePack(), after);
    expect(d.changed).toEqual([{ id: 'kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', type: after.entities[0]!.type, fields, factsAdded: added, factsRemoved: removed }]);
    expect(d.unchanged).toBe(1);
  });

  it('does not count a renumbered source as a change', () => {
    const after = basePack();
    after.sources[0]!.id = 'csv-1';
    tokayev(after).roles[0]!.sources = ['csv-1'];
    tokayev(after).facts[0]!.sources = ['csv-1'];
    expect(diffPacks(basePack(), after).changed).toEqual([]);
  });

  it('does count a change in a cited source (e.g. a new URL) as a change of the claims citing it', () => {
    const after = basePack();
    after.sources[0]!.url = 'https://example.org/other';
    expect(diffPacks(basePack(), after).changed[0]?.fields).toEqual(['roles', 'facts']);
  });

  it('lists removed entities and changed metadata', () => {
    const after = basePack();
    after.entities.pop();
    after.version = '2026.12.01';
    const d = diffPacks(basePack(), after);
    expect(d.removed).toEqual([{ id: 'kazakhstan', name: 'Kazakhstan', type: 'country' }]);
    expect(d.metadata).toEqual(['version: 2026.11.23 → 2026.12.01']);
  });
});

describe('diffPacks on re-imports', () => {
  it('shows no change when the same spreadsheet is re-imported with its entities in another order', async () => {
    const { importCsv } = await import('./importers/csv');
    const text = readFileSync(new URL('./importers/fixtures/csv-valid.csv', import.meta.url), 'utf8');
    const [header, tok1, tok2, jap1, jap2a, jap2b, kz] = text.trimEnd().split('\n');
    const reordered = [header, jap1, jap2a, jap2b, kz, tok1, tok2].join('\n');
    const a = importCsv(text, { today: '2026-11-23' });
    const b = importCsv(reordered, { today: '2026-11-23' });
    if (!a.ok || !b.ok) throw new Error('fixture must import');
    expect(b.pack.sources[0]?.id === a.pack.sources[0]?.id && b.pack.sources[0]?.title === a.pack.sources[0]?.title, 'source numbering really differs').toBe(false);
    expect(diffPacks(a.pack, b.pack)).toMatchObject({ added: [], changed: [], removed: [], unchanged: 3 });
  });
});

describe('previewOf: what the import preview carries', () => {
  const people = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p-${i}`, name: `P ${i}`, type: 'person' as const }));
  it.each([
    ['short lists pass whole', 3, 3],
    ['long lists are cut to the limit', 120, 50],
  ])('%s', (_, n, shown) => {
    const diff = { added: people(n), changed: [], removed: people(n), unchanged: 7, metadata: [] };
    const preview = previewOf(diff);
    expect(preview.added.length, 'at most PREVIEW_LIST entries travel per list').toBe(shown);
    expect(preview.removed.length, 'every list is cut the same way').toBe(shown);
    expect(preview.counts, 'the counts are whole whatever the lists hold').toEqual({ added: n, changed: 0, removed: n });
    expect(preview.unchanged, 'the unchanged count passes as it is').toBe(7);
  });
});

describe('sameJson: equality as JSON sees it', () => {
  it.each([
    ['equal scalars', 'a', 'a', true],
    ['different scalars', 1, 2, false],
    ['null and an object', null, {}, false],
    ['key order does not matter', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, true],
    ['array order matters', [1, 2], [2, 1], false],
    ['an array is not an object with index keys', [1], { 0: 1 }, false],
    ['an undefined key equals a missing one', { a: 1, b: undefined }, { a: 1 }, true],
    ['an extra key differs', { a: 1 }, { a: 1, c: 2 }, false],
    ['a different nested value differs', { a: { b: [1, { c: 'x' }] } }, { a: { b: [1, { c: 'y' }] } }, false],
    ['a shorter array differs', { a: [1, 2] }, { a: [1] }, false],
  ])('%s', (_, a, b, same) => expect(sameJson(a, b), `sameJson(${JSON.stringify(a)}, ${JSON.stringify(b)})`).toBe(same));
});
