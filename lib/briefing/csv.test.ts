import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from './briefing';
import { BRIEFING_CSV_COLUMNS, briefingCsv } from './csv';
import { card, HOSTILE, KAZAKHSTAN, SUMMARY, TOKAYEV } from './test-fixtures';

const briefing = (over: Partial<Parameters<typeof buildBriefing>[0]> = {}) =>
  buildBriefing({ title: 'Новости', url: 'https://news.example/a', exportedAt: '2026-12-03T10:00:00+05:00', summary: SUMMARY, cards: [TOKAYEV, KAZAKHSTAN], ...over });

/** The CSV as a spreadsheet reads it: rows of cells keyed by column. */
function parse(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
}

describe('briefingCsv', () => {
  it('starts with a BOM and the documented header, CRLF line ends', () => {
    const csv = briefingCsv(briefing());
    expect(csv.startsWith('\ufeff"page_title","page_url"'), 'BOM then header, so Excel reads UTF-8').toBe(true);
    expect(Object.keys(parse(csv)[0]!), 'columns as documented').toEqual([...BRIEFING_CSV_COLUMNS]);
    expect(csv.split('\r\n').length, 'CRLF rows').toBeGreaterThan(3);
  });

  it('has one row per entity-fact, and one row for an entity without facts', () => {
    const rows = parse(briefingCsv(briefing()));
    expect(rows.map((r) => [r.entity_id, r.fact]), 'Tokayev ×3 facts, Kazakhstan ×1, Japarov without facts').toEqual([
      ['tokayev', 'Newest fact'],
      ['tokayev', 'Second fact'],
      ['tokayev', 'Third fact'],
      ['kazakhstan', 'Country fact'],
      ['?a|b', ''],
    ]);
    const first = rows[0]!;
    expect([first.page_title, first.current_role, first.role_status, first.role_last_confirmed], 'page and roles on every row; last confirmed only for unconfirmed').toEqual([
      'Новости',
      'President of Kazakhstan; Chair of a council',
      'current; unconfirmed',
      '; 2023-02-01',
    ]);
    expect(first.sources, 'numbered sources with publisher, date, address').toBe('[1] Akorda — Akorda, 2026-09-01, https://www.akorda.kz/en; [2] Shared report — OSCE, 2023-02-01, https://www.osce.org/report');
    expect(rows[4]!.candidates, 'an ambiguous line names its candidates').toBe('Sadyr Japarov; Akylbek Japarov');
  });

  it.each(['=HYPERLINK("https://evil.example","x")', '+1+cmd|calc', '-2+3', '@SUM(A1)', '\t=1', '\r=1', ' =1'])('neutralises a formula in any cell: %j', (evil) => {
    const poisoned = card('evil', { name: evil, facts: [{ text: evil, date: '2026', refs: [1] }], sources: [{ n: 1, title: evil, publisher: 'p', date: '2026' }] });
    const csv = briefingCsv(briefing({ title: evil, summary: { enabled: true, mentions: 1, entities: [{ id: 'evil', name: evil, type: 'person', count: 1 }] }, cards: [poisoned] }));
    const row = parse(csv)[0]!;
    for (const col of ['page_title', 'entity_name', 'fact'] as const) expect(row[col], `${col}: a cell never starts with = + - @ or a control`).toMatch(/^'|^[^=+\-@\s]/);
  });

  it.each(HOSTILE)('keeps hostile text inside its cell: %j', (evil) => {
    const poisoned = card('evil', { name: evil, facts: [{ text: `${evil}",\r\n"x`, date: '2026', refs: [] }] });
    const rows = parse(briefingCsv(briefing({ summary: { enabled: true, mentions: 1, entities: [{ id: 'evil', name: evil, type: 'person', count: 1 }] }, cards: [poisoned] })));
    expect(rows, 'quotes and line breaks cannot add rows').toHaveLength(1);
    expect(Object.keys(rows[0]!), 'or columns').toEqual([...BRIEFING_CSV_COLUMNS]);
    expect(rows[0]!.fact, 'the text, flattened to one line').not.toMatch(/[\r\n]/);
  });
});
