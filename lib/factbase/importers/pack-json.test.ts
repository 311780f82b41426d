import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPackJson, parseJson } from './pack-json';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('importPackJson: malformed files are refused with a message that says why', () => {
  it.each([
    ['pack-empty.json', /^the file is empty$/],
    ['pack-blank.json', /^the file is empty$/],
    ['pack-truncated.json', /ends before the JSON is complete/],
    ['pack-newer-format.json', /format "silklens-pack\/2" is not supported.*reads "silklens-pack\/1"/],
    ['pack-is-sparql.json', /no "format" field \(this looks like a Wikidata SPARQL result/],
    ['pack-array.json', /expected a JSON object, got an array/],
    ['pack-wrong-types.json', /^entities\[0\]\.facts\[0\]\.date: .*string/],
    ['pack-bad-dates.json', /^entities\[0\]\.roles\[0\]\.from: must be an ISO date/],
    ['pack-duplicate-ids.json', /entity ids must be unique/],
    ['pack-unknown-source.json', /entities\[0\]\.roles\[0\]\.sources: unknown source "wp-missing"/],
    ['pack-missing-field.json', /entities\[0\]\.names: must have an English name/],
  ])('%s → %s', (name, message) => {
    const result = importPackJson(fixture(name));
    expect(result.ok, `${name} must be refused`).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(message);
  });

  it.each([
    ['{"a": 1,\n  "b" 2}', /^not valid JSON at line 2, column 7: /],
    ['[1,2,]', /^not valid JSON: Unexpected token/],
    ['{"a": "x', /ends before the JSON is complete/],
    ['\uFEFF', /^the file is empty$/],
  ])('parseJson(%j) names the place of the fault', (text, message) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('does not echo a huge input back in the error message', () => {
    const result = parseJson(`[${'1,'.repeat(100_000)}]`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeLessThan(200);
  });
});

describe('importPackJson: valid packs', () => {
  it('imports the valid fixture with defaults filled in', () => {
    const result = importPackJson(fixture('pack-valid.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.entities.map((e) => e.id)).toEqual(['kassym-jomart-tokayev', 'kazakhstan']);
    expect(result.pack.entities[1]?.facts, 'missing arrays default to []').toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('ignores a UTF-8 byte order mark', () => {
    expect(importPackJson(fixture('pack-bom.json'))).toEqual(importPackJson(fixture('pack-valid.json')));
  });

  it('reads a pack minified onto one huge line', () => {
    const pack = JSON.parse(fixture('pack-valid.json')) as { entities: object[] };
    const template = pack.entities[1] as { id: string };
    pack.entities = Array.from({ length: 5000 }, (_, i) => ({ ...template, id: `country-${i}` }));
    const text = JSON.stringify(pack);
    expect(text.length, 'the line really is huge').toBeGreaterThan(500_000);
    const result = importPackJson(text);
    expect(result.ok && result.pack.entities.length).toBe(5000);
  });

  it('warns about sources that nothing cites', () => {
    const pack = JSON.parse(fixture('pack-valid.json')) as { sources: object[] };
    pack.sources.push({ id: 'orphan', title: 'Unused', publisher: 'Nobody', date: '2020' });
    const result = importPackJson(JSON.stringify(pack));
    expect(result.ok && result.warnings).toEqual(['1 sources are never cited: orphan']);
  });

  it('round-trips: export (JSON.stringify) → import gives an equal pack', () => {
    const first = importPackJson(fixture('pack-valid.json'));
    if (!first.ok) throw new Error(first.errors.join('\n'));
    const second = importPackJson(JSON.stringify(first.pack, null, 1));
    expect(second.ok && second.pack).toEqual(first.pack);
  });
});
