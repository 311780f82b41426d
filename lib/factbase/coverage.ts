/**
 * The linter's coverage report: entities by country and type, and how many of the
 * people's current roles a source from the last year confirms (issue 5's table).
 */
import { ENTITY_TYPES, type Entity, type EntityType, type Source } from './schema';
import { earliestDay } from './dates';

/** One country (or `(none)`): entities by type, and how fresh its people's current roles are. */
export interface CoverageRow {
  country: string;
  byType: Record<EntityType, number>;
  total: number;
  /** Roles of persons with `to: null`. */
  currentRoles: number;
  /** …of which at least one cited source is dated within the year before `today`. */
  currentRolesConfirmed: number;
}

export interface CoverageTable {
  rows: CoverageRow[];
  totals: CoverageRow;
}

export function buildCoverage(entities: Entity[], sources: Source[], today: string): CoverageTable {
  const sourceDate = new Map(sources.map((s) => [s.id, s.date]));
  const yearAgo = `${String(Number(today.slice(0, 4)) - 1).padStart(4, '0')}${today.slice(4)}`;
  // A month- or year-precision source counts only if its whole period is recent: `confirmed` must not overclaim.
  const recent = (id: string) => {
    const date = sourceDate.get(id);
    return date !== undefined && earliestDay(date) >= yearAgo;
  };
  const rows = new Map<string, CoverageRow>();
  const totals = emptyRow('total');
  for (const e of entities) {
    const country = e.type === 'country' ? e.id : (e.country ?? '(none)');
    const row = rows.get(country) ?? emptyRow(country);
    rows.set(country, row);
    const current = e.type === 'person' ? e.roles.filter((r) => r.to === null) : [];
    const confirmed = current.filter((r) => r.sources.some(recent)).length;
    for (const r of [row, totals]) {
      r.byType[e.type] += 1;
      r.total += 1;
      r.currentRoles += current.length;
      r.currentRolesConfirmed += confirmed;
    }
  }
  return { rows: [...rows.values()].sort((a, b) => a.country.localeCompare(b.country)), totals };
}

function emptyRow(country: string): CoverageRow {
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  return { country, byType, total: 0, currentRoles: 0, currentRolesConfirmed: 0 };
}
