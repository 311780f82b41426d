/**
 * The linter's coverage report: entities by country and type, how many of the people's
 * current roles a source from the last year confirms (issue 5's table), and the same per
 * office (issue 10: who holds each tracked office, and when a source last confirmed it).
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

/** A current holder of an office, and the newest source that confirms the role. */
export interface OfficeHolder {
  entityId: string;
  name: string;
  title: string;
  /** Date of the newest source cited by this role (absent: it cites none that exists). */
  lastConfirmed?: string;
  /** That source is dated within the year before `today` (its whole period: `2025` never is in 2026). */
  confirmed: boolean;
}

/** One office key (`president:kazakhstan`): its current holders, and how fresh they are. */
export interface OfficeCoverage {
  office: string;
  /** Roles with this office and `to: null`. Two or more is worth a look (a missed hand-over). */
  holders: OfficeHolder[];
  /** Newest confirming source date over the current holders. */
  lastConfirmed?: string;
  /** Every current holder is confirmed within 12 months (false when there is none). */
  confirmed: boolean;
}

export interface CoverageTable {
  rows: CoverageRow[];
  totals: CoverageRow;
  /** Offices the pack tracks (roles with an `office` key), by key. */
  offices: OfficeCoverage[];
  /** Current office roles, and how many of them a source from the last 12 months confirms. */
  officeTotals: { currentRoles: number; confirmed: number };
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
  const offices = buildOfficeCoverage(entities, sourceDate, recent);
  const holders = offices.flatMap((o) => o.holders);
  return {
    rows: [...rows.values()].sort((a, b) => a.country.localeCompare(b.country)),
    totals,
    offices,
    officeTotals: { currentRoles: holders.length, confirmed: holders.filter((h) => h.confirmed).length },
  };
}

function buildOfficeCoverage(entities: Entity[], sourceDate: Map<string, string>, recent: (id: string) => boolean): OfficeCoverage[] {
  const byOffice = new Map<string, OfficeHolder[]>();
  for (const e of entities) {
    for (const r of e.roles) {
      if (!r.office) continue;
      const list = byOffice.get(r.office) ?? [];
      byOffice.set(r.office, list);
      if (r.to !== null) continue;
      const newest = r.sources.map((id) => sourceDate.get(id)).filter((d): d is string => d !== undefined).sort().at(-1);
      list.push({ entityId: e.id, name: e.names.en ?? e.id, title: r.title, ...(newest ? { lastConfirmed: newest } : {}), confirmed: r.sources.some(recent) });
    }
  }
  return [...byOffice.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([office, holders]) => {
      const lastConfirmed = holders.map((h) => h.lastConfirmed).filter((d): d is string => d !== undefined).sort().at(-1);
      return { office, holders, ...(lastConfirmed ? { lastConfirmed } : {}), confirmed: holders.length > 0 && holders.every((h) => h.confirmed) };
    });
}

/** "N of M current roles confirmed within 12 months (P %)": the line the lead quotes. */
export function officeTotalsLine(totals: CoverageTable['officeTotals']): string {
  const percent = totals.currentRoles === 0 ? 0 : Math.round((totals.confirmed / totals.currentRoles) * 1000) / 10;
  return `${totals.confirmed} of ${totals.currentRoles} current roles confirmed within 12 months (${percent} %)`;
}

function emptyRow(country: string): CoverageRow {
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  return { country, byType, total: 0, currentRoles: 0, currentRolesConfirmed: 0 };
}
