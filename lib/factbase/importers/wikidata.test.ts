/**
 * The Q-ids in the wd-*.json fixtures are placeholders (Q9999999xx), not the real items:
 * the tests check how ids become URLs, not which item a person is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importWikidata } from './wikidata';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const options = { today: '2026-11-23' };

describe('importWikidata: malformed results are refused with the path at fault', () => {
  it.each([
    ['wd-empty.json', ['the file is empty']],
    ['wd-truncated.json', [/ends before the JSON is complete/]],
    ['wd-not-sparql.json', ['not a SPARQL JSON result: head.vars must be a list of variable names']],
    ['wd-missing-vars.json', ['head.vars: missing positionLabel; see docs/import-formats.md for the expected query']],
    ['wd-no-rows.json', ['results.bindings is empty: the query returned no rows']],
    [
      'wd-wrong-types.json',
      ['results.bindings[0].person: must be { type, value } with string values', 'results.bindings[1]: must be an object'],
    ],
    [
      'wd-bad-dates.json',
      ['results.bindings[0].start: "2019-13-40T00:00:00Z" is not a date', 'results.bindings[1].end: "yesterday" is not a date'],
    ],
    ['wd-bad-uri.json', ['results.bindings[0].person: "https://www.wikidata.org/wiki/Q999999901" is not a Wikidata item URI']],
  ])('%s', (name, expected) => {
    const result = importWikidata(fixture(name), options);
    expect(result.ok, `${name} must be refused`).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(expected.length);
    expected.forEach((e, i) => (typeof e === 'string' ? expect(result.errors[i]).toBe(e) : expect(result.errors[i]).toMatch(e)));
  });

  it('refuses a Silk Lens pack given to the Wikidata import', () => {
    const result = importWikidata(fixture('pack-valid.json'), options);
    expect(!result.ok && result.errors).toEqual(['not a SPARQL JSON result: head.vars must be a list of variable names']);
  });
});

describe('importWikidata: a valid result', () => {
  const result = importWikidata(fixture('wd-valid.json'), options);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const [tokayev, rahmon, mirziyoyev] = result.pack.entities;

  it('makes one person per item, with one role per distinct P39 statement', () => {
    expect(result.pack.entities.map((e) => e.id)).toEqual(['kassym-jomart-tokayev', 'emomali-rahmon', 'shavkat-mirziyoyev']);
    expect(tokayev?.roles.map((r) => [r.title, r.from, r.to])).toEqual([
      ['President of Kazakhstan', '2019-03-20', null],
      ['Chairman of the Senate of Kazakhstan', '2013-10-16', '2019-03-19'],
      ['Prime Minister of Kazakhstan', '1999-10-01', '2002-01-28'],
    ]);
  });

  it('cuts dates to their Wikidata precision (month, year)', () => {
    expect(rahmon?.roles[0]?.from).toBe('1994-11');
    expect([mirziyoyev?.roles[0]?.from, mirziyoyev?.roles[0]?.to]).toEqual(['2003', '2016']);
  });

  it('takes names from the labels and the optional ?nameRu, and the description', () => {
    expect(tokayev?.names).toEqual({ en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' });
    expect(tokayev?.description).toBe('President of Kazakhstan since 2019');
    expect(tokayev?.checked).toBe('2026-11-23');
  });

  it('cites the Wikidata page of each person, dated by the import', () => {
    const source = result.pack.sources.find((s) => s.id === tokayev?.roles[0]?.sources[0]);
    expect(source).toMatchObject({ publisher: 'Wikidata', date: '2026-11-23', url: 'https://www.wikidata.org/wiki/Q999999901' });
  });

  it('skips people without an English label, and says so', () => {
    expect(result.warnings).toEqual(['1 rows skipped: the person has no English label']);
  });

  it('ignores a byte order mark', () => {
    expect(importWikidata(fixture('wd-bom.json'), options)).toEqual(result);
  });

  it('leaves out a start coarser than a year and skips a role whose end is coarser, never claiming "still held"', () => {
    const r = importWikidata(fixture('wd-vague-dates.json'), options);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.pack.entities[0]?.roles.map((x) => [x.title, x.from, x.to])).toEqual([['Prime Minister of Kazakhstan', undefined, '2002-01-28']]);
    expect(r.warnings).toEqual(['1 start dates coarser than a year were left out', '1 roles skipped: their end date is coarser than a year']);
  });

  it('warns when the query did not ask for date precision', () => {
    const r = importWikidata(fixture('wd-no-precision.json'), options);
    expect(r.ok && r.warnings[0]).toMatch(/no \?startPrecision/);
    expect(r.ok && r.pack.entities[0]?.roles[0]?.from).toBe('2003-01-01');
  });
});
