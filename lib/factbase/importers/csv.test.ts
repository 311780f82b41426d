import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from './csv';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const options = { today: '2026-11-23' };

describe('importCsv: malformed files are refused, naming the row', () => {
  it.each([
    ['csv-empty.csv', ['the file is empty']],
    ['csv-header-only.csv', ['no data rows after the header']],
    ['csv-truncated.csv', [/^row 5: a quoted cell is never closed/]],
    ['csv-missing-columns.csv', ['header (row 1): missing required column(s) type, name_en']],
    ['csv-duplicate-ids.csv', ['header (row 1): column "alias" appears twice (columns 5 and 6)']],
    ['csv-ragged.csv', ['row 2: has 4 cells but the header has 3', 'row 3: has 2 cells but the header has 3']],
    [
      'csv-wrong-types.csv',
      [
        'row 2: type "persn" is not one of person, country, region, organization, event',
        'row 3: gender "male" must be m or f',
        'row 4: country "Uzbekistan" must be an entity id such as kazakhstan',
      ],
    ],
    [
      'csv-bad-dates.csv',
      [
        'row 2: role_from "14.12.2016" must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
        'row 3: fact_date "1994-11-31" must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
        'row 4: source_date "Nov 2026" must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
      ],
    ],
    [
      'csv-no-source.csv',
      [
        'row 2: a role or fact needs a source; missing source_title, source_publisher, source_date',
        'row 3: a role or fact needs a source; missing source_publisher',
        'row 4: source_url "ftp://example.org/x" must be an http(s) URL',
      ],
    ],
    ['csv-no-date.csv', ['row 2: the fact has no fact_date; every fact needs a date', 'row 3: fact_date is set but fact_text is empty']],
    [
      'csv-conflicting-rows.csv',
      [
        'row 3: name_en "Akylbek Japarov" conflicts with "Sadyr Japarov" on row 2 for the same entity',
        'row 4: type "organization" conflicts with "person" on row 2 for the same entity',
      ],
    ],
    [
      'csv-bad-ids.csv',
      ['row 2: entity_id "Sadyr Japarov" must be lower-case ascii words joined by hyphens', 'row 3: needs entity_id or name_en to say which entity it is about'],
    ],
  ])('%s', (name, expected) => {
    const result = importCsv(fixture(name), options);
    expect(result.ok, `${name} must be refused`).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(expected.length);
    expected.forEach((e, i) => (typeof e === 'string' ? expect(result.errors[i]).toBe(e) : expect(result.errors[i]).toMatch(e)));
  });

  it('refuses a cell longer than 10,000 characters (a runaway quote)', () => {
    const text = `type,name_en,description\nperson,Emomali Rahmon,${'x'.repeat(20_000)}\n`;
    const result = importCsv(text, options);
    expect(!result.ok && result.errors).toEqual(['row 2: description is 20000 characters long (limit 10000)']);
  });

  it('lists at most 50 errors and counts the rest', () => {
    const text = 'type,name_en\n' + Array.from({ length: 80 }, (_, i) => `persn,A${i}\n`).join('');
    const result = importCsv(text, options);
    expect(!result.ok && result.errors.length).toBe(51);
    expect(!result.ok && result.errors[50]).toBe('… and 30 more errors');
  });
});

describe('importCsv: valid files', () => {
  const result = importCsv(fixture('csv-valid.csv'), options);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const [tokayev, japarov, kazakhstan] = result.pack.entities;

  it('groups rows into entities: by entity_id, else by type + name_en', () => {
    expect(result.pack.entities.map((e) => e.id)).toEqual(['kassym-jomart-tokayev', 'sadyr-japarov', 'kazakhstan']);
    expect(tokayev?.roles.map((r) => [r.title, r.from, r.to])).toEqual([['President of Kazakhstan', '2019-03-20', null]]);
    expect(tokayev?.facts.map((f) => [f.date, f.tags])).toEqual([['2022-09', ['capital']]]);
  });

  it('keeps quoted commas and line breaks inside a cell', () => {
    expect(tokayev?.facts[0]?.text).toContain('capital, Nur-Sultan, back');
    expect(japarov?.facts[0]?.text).toContain('January 2021.\nHe had been');
  });

  it('splits aliases on "|" and marks alias_ru as Russian', () => {
    expect(tokayev?.aliases).toEqual([{ text: 'Tokayev' }, { text: 'Toqaev' }, { text: 'Токаев', lang: 'ru' }]);
  });

  it('shares one source between rows that cite the same one', () => {
    expect(result.pack.sources.map((s) => s.id)).toEqual(['csv-1', 'csv-2']);
    expect(tokayev?.roles[0]?.sources).toEqual(tokayev?.facts[0]?.sources);
  });

  it('stamps checked with the import date and lets an entity-only row carry no source', () => {
    expect(result.pack.entities.every((e) => e.checked === '2026-11-23')).toBe(true);
    expect(kazakhstan?.roles.length ?? 0 + (kazakhstan?.facts.length ?? 0)).toBe(0);
  });

  it('ignores a byte order mark', () => {
    expect(importCsv(fixture('csv-bom.csv'), options)).toEqual(result);
  });

  it('de-duplicates slugs and never reuses an explicit entity_id', () => {
    const text = 'entity_id,type,name_en\n,person,Sadyr Japarov\nsadyr-japarov,person,Someone Else\n,organization,Sadyr Japarov\n';
    const r = importCsv(text, options);
    expect(r.ok && r.pack.entities.map((e) => e.id)).toEqual(['sadyr-japarov-2', 'sadyr-japarov', 'sadyr-japarov-3']);
  });

  it('skips blank lines but keeps spreadsheet row numbers', () => {
    const r = importCsv('type,name_en,gender\n\ncountry,Kazakhstan,\n,,\nperson,Emomali Rahmon,x\n\n', options);
    expect(!r.ok && r.errors).toEqual(['row 5: gender "x" must be m or f']);
  });

  it('warns about unknown columns instead of failing', () => {
    const r = importCsv('type,name_en,colour\ncountry,Kazakhstan,blue\n', options);
    expect(r.ok && r.warnings).toEqual(['ignored unknown column(s): colour']);
  });

  it('uses pack metadata from the options', () => {
    const r = importCsv('type,name_en\ncountry,Kazakhstan\n', { ...options, packId: 'my-list', title: 'My list' });
    expect(r.ok && [r.pack.id, r.pack.title, r.pack.version, r.pack.published]).toEqual(['my-list', 'My list', '2026-11-23', '2026-11-23']);
  });
});

describe('importCsv: parsed in slices, numbered as one file', () => {
  const body = ['entity_id,type,name_en,fact_text,fact_date,source_title,source_publisher,source_date', ...Array.from({ length: 40 }, (_, i) => `p-${i},person,P ${i},"A fact, quoted.",2026,S,P,2026-01-01`)];
  it.each([8, 33, 100, 1 << 20])('slices of %i characters give the same pack and the same row numbers', (sliceChars) => {
    const good = importCsv(`${body.join('\n')}\n`, { ...options, sliceChars });
    expect(good.ok && good.pack.entities.length, 'every row becomes an entity whatever the slice size').toBe(40);
    const broken = importCsv(`${body.join('\n')}\np-x,person,"Never closed,2026,S,P,2026-01-01\n`, { ...options, sliceChars });
    expect(broken.ok || broken.errors[0], 'an error names the row a spreadsheet shows, not a row within a slice').toMatch(/^row 42: a quoted cell is never closed/);
  });

  it('reports progress up to the whole text', () => {
    const seen: [number, number][] = [];
    importCsv(`${body.join('\n')}\n`, { ...options, sliceChars: 200, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length, 'one report per slice').toBeGreaterThan(3);
    expect(seen.at(-1)?.[0], 'the last report is the whole text').toBe(seen.at(-1)?.[1]);
    expect(seen.every(([d], i) => i === 0 || d >= seen[i - 1]![0]), 'progress never goes back').toBe(true);
  });
});
