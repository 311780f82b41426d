/**
 * For tests: counts the records each table of a fact base hands back (values, not index
 * keys), through a Dexie middleware. A lookup whose cost must follow the ids asked for
 * can then be checked by what it read, not by how long it took (timings flake).
 * Register before the database opens.
 */
import type { DBCore, DBCoreTable } from 'dexie';
import type { FactBaseDB } from './db';

export interface ReadCount {
  /** Records read per table name since the last reset. */
  records(table: string): number;
  reset(): void;
}

export function countRecordReads(db: FactBaseDB): ReadCount {
  const counts = new Map<string, number>();
  const add = (table: string, n: number) => counts.set(table, (counts.get(table) ?? 0) + n);
  const counted = (table: DBCoreTable): DBCoreTable => ({
    ...table,
    get: async (req) => {
      const value: unknown = await table.get(req);
      if (value !== undefined) add(table.name, 1);
      return value;
    },
    getMany: async (req) => {
      const values: unknown[] = await table.getMany(req);
      add(table.name, values.filter((v) => v !== undefined).length);
      return values;
    },
    query: async (req) => {
      const res = await table.query(req);
      if (req.values) add(table.name, res.result.length);
      return res;
    },
    openCursor: async (req) => {
      const cursor = await table.openCursor(req);
      if (!cursor || req.values === false) return cursor;
      // A value cursor: count each record it stops on.
      const step = cursor.start.bind(cursor);
      return Object.create(cursor, {
        start: { value: (onNext: () => void) => step(() => (add(table.name, 1), onNext())) },
      }) as typeof cursor;
    },
  });
  db.use({ stack: 'dbcore', name: 'count-record-reads', create: (down: DBCore): DBCore => ({ ...down, table: (name) => counted(down.table(name)) }) });
  return { records: (table) => counts.get(table) ?? 0, reset: () => counts.clear() };
}
