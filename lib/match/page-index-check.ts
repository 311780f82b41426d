/**
 * Is a value read back from IndexedDB a whole, usable page index? A stored index may be
 * of an older format, of another revision, or damaged (a write cut short, a profile
 * copied by hand): every such value is refused, and the caller rebuilds. Checking every
 * offset and reference costs a pass over the typed arrays (milliseconds), far less than a
 * compile, and a bad offset would otherwise send a page garbage or throw on each lookup.
 */
import { PAGE_INDEX_FORMAT, tableLength, type PageIndex, type StringTable } from './page-index';

/** Every value below `limit`, and a CSR start array: starts at 0, never decreases, ends at `total`. */
const below = (a: Uint32Array, limit: number) => a.every((x) => x < limit);
const isStarts = (a: Uint32Array, total: number) => a.length >= 1 && a[0] === 0 && a[a.length - 1] === total && a.every((x, i) => i === 0 || x >= a[i - 1]!);

/** A string table's offsets are a start array over its text. */
const isTable = (t: unknown): t is StringTable => {
  if (!t || typeof t !== 'object') return false;
  const { text, offsets } = t as Partial<StringTable>;
  return typeof text === 'string' && offsets instanceof Uint32Array && isStarts(offsets, text.length);
};

export function isPageIndex(value: unknown, version: string): value is PageIndex {
  if (!value || typeof value !== 'object') return false;
  const x = value as Partial<Record<keyof PageIndex, unknown>>;
  if (x.format !== PAGE_INDEX_FORMAT || x.version !== version || typeof x.fixed !== 'string') return false;
  const tables = [x.entities, x.offices, x.contexts, x.reasons, x.paradigms, x.places, x.units, x.givenNames];
  if (!tables.every(isTable)) return false;
  const arrays = [x.entityOfficeStart, x.entityOffices, x.entityCrowdStart, x.entityCrowds, x.anchors, x.anchorStart, x.anchorClauses, x.clauseUnit, x.clauseWordStart, x.clauseWords, x.givenHashes];
  if (!arrays.every((a) => a instanceof Uint32Array)) return false;
  const i = value as PageIndex;
  try { JSON.parse(i.fixed); } catch { return false; }
  return isStarts(i.entityOfficeStart, i.entityOffices.length) && i.entityOfficeStart.length === tableLength(i.entities) + 1 &&
    below(i.entityOffices, tableLength(i.offices)) &&
    isStarts(i.entityCrowdStart, i.entityCrowds.length) && i.entityCrowdStart.length === tableLength(i.entities) + 1 &&
    isStarts(i.anchorStart, i.anchorClauses.length) && i.anchorStart.length === i.anchors.length + 1 &&
    i.anchors.every((h, k) => k === 0 || h > i.anchors[k - 1]!) &&
    below(i.anchorClauses, i.clauseUnit.length) && below(i.clauseUnit, tableLength(i.units)) &&
    isStarts(i.clauseWordStart, i.clauseWords.length) && i.clauseWordStart.length === i.clauseUnit.length + 1 &&
    i.givenHashes.length === tableLength(i.givenNames);
}
