import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createOpenSanctionsImport, importOpenSanctions } from './opensanctions';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const options = { today: '2026-11-23' };

describe('importOpenSanctions: malformed files are refused, naming the line', () => {
  it.each([
    ['os-empty.ftm.json', ['the file is empty: no FollowTheMoney records found']],
    ['os-blank.ftm.json', ['the file is empty: no FollowTheMoney records found']],
    ['os-truncated.ftm.json', ['line 4: not valid JSON (cut off?)']],
    [
      'os-wrong-types.ftm.json',
      [
        'line 1: properties.name must be a list (record fixture-person-1)',
        'line 2: schema must be a string (record fixture-pos-president-kz)',
        'line 3: properties.name must be a list of strings (record fixture-org-knb)',
        'line 4: expected a JSON object (one FollowTheMoney record per line)',
        'line 5: id must be a non-empty string',
      ],
    ],
    ['os-nested.ftm.json', [/^line 1: properties.positionOccupancies holds nested records: this is the nested export/]],
    ['os-duplicate-ids.ftm.json', ['line 3: id "fixture-person-1" already appeared on line 1']],
  ])('%s', (name, expected) => {
    const result = importOpenSanctions(fixture(name), options);
    expect(result.ok, `${name} must be refused`).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(expected.length);
    expected.forEach((e, i) => (typeof e === 'string' ? expect(result.errors[i]).toBe(e) : expect(result.errors[i]).toMatch(e)));
  });

  it('refuses a line longer than the limit without parsing it', () => {
    const line = JSON.stringify({ id: 'x', schema: 'Person', properties: { name: ['A'], notes: ['y'.repeat(2_000)] } });
    const result = importOpenSanctions(line, { ...options, maxLineLength: 1000 });
    expect(!result.ok && result.errors).toEqual([`line 1: ${line.length} characters long, more than the 1000 allowed`]);
  });

  it('reads a line just over 1 MB when the limit allows it (huge but legitimate record)', () => {
    const line = JSON.stringify({ id: 'x', schema: 'Person', properties: { name: ['Emomali Rahmon'], notes: ['y'.repeat(1_100_000)] } });
    expect(importOpenSanctions(line, { ...options, maxLineLength: 2_000_000 }).ok).toBe(true);
    expect(importOpenSanctions(line, options).ok, 'the default limit is 1,000,000 characters').toBe(false);
  });

  it('leaves out dates that are not ISO dates, and says so', () => {
    const result = importOpenSanctions(fixture('os-bad-dates.ftm.json'), options);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.warnings).toContain('2 dates were not ISO dates and were left out');
    const [tokayev] = result.pack.entities;
    expect(tokayev?.facts.some((f) => f.text === 'Born.'), 'no birth fact without a valid date').toBe(false);
    expect(tokayev?.roles[0], 'a current role keeps going without its bad start date').toMatchObject({ title: 'President of Kazakhstan', to: null });
    expect(tokayev?.roles[0]?.from).toBeUndefined();
  });
});

describe('importOpenSanctions: a valid file', () => {
  const result = importOpenSanctions(fixture('os-valid.ftm.json'), options);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const { pack } = result;
  const byId = new Map(pack.entities.map((e) => [e.id, e]));
  const tokayev = byId.get('kassym-jomart-tokayev');

  it('makes entities of Person and Organization records, ids slugged from the Latin name', () => {
    expect(pack.entities.map((e) => [e.id, e.type])).toEqual([
      ['kassym-jomart-tokayev', 'person'],
      ['national-security-committee-of-the-republic-of-kazakhstan', 'organization'],
      ['vladimir-putin', 'person'],
    ]);
    expect(tokayev?.names).toEqual({ en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' });
    expect(tokayev?.aliases.map((a) => a.text)).toEqual(['Tokayev', 'Kassym-Jomart Kemelevich Tokayev']);
    expect([tokayev?.gender, tokayev?.country, tokayev?.checked]).toEqual(['m', 'kazakhstan', '2026-11-23']);
  });

  it('turns Occupancy holder → post into dated roles, wherever the lines are', () => {
    expect(tokayev?.roles.map((r) => [r.title, r.from, r.to])).toEqual([
      ['President of Kazakhstan', '2019-03-20', null],
      ['Chairman of the Senate of Kazakhstan', '2013-10-16', '2019-03-19'],
    ]);
  });

  it('does not claim "still held" for an occupancy with no end and no current status', () => {
    const fact = tokayev?.facts.find((f) => f.tags?.includes('position'));
    expect(fact).toMatchObject({ date: '2002', text: expect.stringContaining('Minister of Foreign Affairs of Kazakhstan') });
  });

  it('keeps birth dates and topics as dated facts', () => {
    expect(tokayev?.facts.map((f) => [f.text, f.date])).toContainEqual(['Born.', '1953-05-17']);
    expect(tokayev?.facts.map((f) => [f.text, f.date])).toContainEqual(['Listed by OpenSanctions as: politically exposed person.', '2023-05-02']);
  });

  it('cites each record by its opensanctions.org page, dated by last_seen', () => {
    const role = tokayev?.roles[0];
    const source = pack.sources.find((s) => s.id === role?.sources[0]);
    expect(source).toEqual({
      id: 'os-fixture-occ-1',
      title: 'OpenSanctions record: fixture-occ-1',
      publisher: 'OpenSanctions',
      date: '2026-11-20',
      url: 'https://www.opensanctions.org/entities/fixture-occ-1/',
      note: 'datasets: fixture_peps; first seen 2023-05-02; last seen 2026-11-20',
    });
    expect(pack.sources.map((s) => s.id), 'sources exist only for cited records').not.toContain('os-fixture-pos-president-kz');
  });

  it('reports what it left out', () => {
    expect(result.warnings).toEqual([
      'skipped records of schemas this import does not read: Address (1)',
      '1 entities belong to countries outside Central Asia; their country is left empty',
      '1 occupancies name a holder or position not in the file; they were left out',
      '1 occupancies have neither an end date nor status "current"; they became facts, not roles',
    ]);
  });

  it('ignores a byte order mark', () => {
    expect(importOpenSanctions(fixture('os-bom.ftm.json'), options)).toEqual(result);
  });

  it('reports progress as lines done of lines in total, ending at the total', () => {
    const text = fixture('os-valid.ftm.json');
    const calls: [number, number][] = [];
    importOpenSanctions(text.repeat(1), { ...options, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[11, 11]]);
    const many = Array.from({ length: 2500 }, (_, i) => JSON.stringify({ id: `p${i}`, schema: 'Person', properties: { name: [`Person ${i}`] } })).join('\n');
    const progress: number[] = [];
    importOpenSanctions(many, { ...options, onProgress: (done, total) => progress.push(done / total) });
    expect(progress).toEqual([1000 / 2500, 2000 / 2500, 1]);
  });

  it('gives the same pack whether fed line by line or as one text', () => {
    const reader = createOpenSanctionsImport(options);
    for (const line of fixture('os-valid.ftm.json').split('\n')) reader.addLine(line);
    expect(reader.finish()).toEqual(result);
  });
});
