/**
 * The briefing as CSV for a spreadsheet: one row per entity and fact (an entity without
 * facts gets one row with the fact columns empty), columns as documented in
 * docs/briefing.md. UTF-8 with a byte-order mark and CRLF line ends, so Excel opens
 * Cyrillic names correctly. Every cell that a spreadsheet would take for a formula
 * (starting with = + - @, a tab or a carriage return) is prefixed with `'` by papaparse's
 * `escapeFormulae`; text is flattened to one line first.
 */
import Papa from 'papaparse';
import type { Briefing, BriefingSource } from './briefing';
import { plainText } from './plain-text';

export const BRIEFING_CSV_COLUMNS = [
  'page_title',
  'page_url',
  'exported_at',
  'entity_id',
  'entity_name',
  'entity_type',
  'country',
  'mentions',
  'current_role',
  'role_status',
  'role_last_confirmed',
  'candidates',
  'fact_date',
  'fact',
  'sources',
] as const;

const BOM = '\ufeff';
/**
 * What a spreadsheet reads as a formula: papaparse's own default, anchored to the first
 * character only (its default also needs the rest of the cell on one line, which our
 * flattened cells always are; this does not depend on that).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function briefingCsv(b: Briefing): string {
  const sourceByN = new Map(b.sources.map((s) => [s.n, s]));
  const cite = (refs: number[]) => refs.flatMap((n) => sourceByN.get(n) ?? []).map(sourceText).join('; ');
  const rows: string[][] = [];
  for (const e of b.entities) {
    const entity = [
      b.title,
      b.url,
      b.exportedAt,
      e.id,
      e.name,
      e.type,
      e.country ?? '',
      String(e.mentions),
      e.roles.map((r) => r.title).join('; '),
      e.roles.map((r) => r.status).join('; '),
      list(e.roles.map((r) => (r.status === 'unconfirmed' ? (r.confirmed ?? '') : ''))),
      (e.candidates ?? []).join('; '),
    ];
    const facts = e.facts.length ? e.facts : [null];
    for (const f of facts) rows.push([...entity, f?.date ?? '', f?.text ?? '', f ? cite(f.refs) : ''].map(plainText));
  }
  return BOM + Papa.unparse({ fields: [...BRIEFING_CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: true, escapeFormulae: FORMULA_START });
}

/** Values of one column for several roles, `; `-joined; empty when none has one. */
function list(values: string[]): string {
  return values.some(Boolean) ? values.join('; ') : '';
}

/** `[1] Title — Publisher, 2025-01-02, https://…`: a source in one cell. */
function sourceText(s: BriefingSource): string {
  return `[${s.n}] ${s.title} — ${[s.publisher, s.date, s.url].filter(Boolean).join(', ')}`;
}
