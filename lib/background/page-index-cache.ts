/**
 * Where the page index is persisted: a small IndexedDB database of its own beside the
 * fact base (`<fact base name>-page-index`), one record holding version and data, written
 * in one put. Not the fact base's `meta` table: that table is part of every backup and of
 * the copy kept before a restore, and a derived cache of tens of MB at 200,000 entities
 * has no place in either (a filtered export also broke the backup's row counts).
 */
import Dexie, { type EntityTable } from 'dexie';

interface CacheRecord {
  key: string;
  value: unknown;
}

export const PAGE_INDEX_KEY = 'pageIndex';

class PageIndexDB extends Dexie {
  records!: EntityTable<CacheRecord, 'key'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ records: 'key' });
  }
}

export interface PageIndexCache {
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
}

export function pageIndexCache(factBaseName: string): PageIndexCache {
  let db: PageIndexDB | null = null;
  const open = () => (db ??= new PageIndexDB(`${factBaseName}-page-index`));
  return {
    // An unreadable cache is no cache: the caller rebuilds.
    read: async () => (await open().records.get(PAGE_INDEX_KEY).catch(() => undefined))?.value,
    write: async (value) => void (await open().records.put({ key: PAGE_INDEX_KEY, value })),
  };
}
