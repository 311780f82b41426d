/**
 * What every importer returns and takes. Importers are pure `(text, options) => ImportResult`
 * functions: no I/O, no clock (the import date comes in as `today`), so the options page
 * can preview an import (see ../diff.ts) before anything is written.
 */
import { validatePack, type FactPack, type FactPackInput, type IsoDate } from '../schema';

export type ImportResult =
  | { ok: true; pack: FactPack; warnings: string[] }
  | { ok: false; errors: string[] };

export interface ImportOptions {
  /** Import date: becomes every entity's `checked` and the pack's `published` (test seam). */
  today: IsoDate;
  /** Pack metadata for the imported pack; defaults name the importer. */
  packId?: string;
  title?: string;
  publisher?: string;
  version?: string;
}

/** More errors than this are summarised: a 50k-line file with a systematic fault must not yield 50k strings. */
const MAX_ERRORS = 50;

export function packHeader(
  options: ImportOptions,
  defaults: { id: string; title: string; publisher: string },
): Omit<FactPackInput, 'sources' | 'entities'> {
  return {
    format: 'silklens-pack/1',
    id: options.packId ?? defaults.id,
    title: options.title ?? defaults.title,
    publisher: options.publisher ?? defaults.publisher,
    version: options.version ?? options.today,
    published: options.today,
  };
}

/** Collects errors, keeping the first MAX_ERRORS and counting the rest. */
export class ErrorList {
  readonly items: string[] = [];
  private dropped = 0;

  add(message: string): void {
    if (this.items.length < MAX_ERRORS) this.items.push(message);
    else this.dropped++;
  }

  get count(): number {
    return this.items.length + this.dropped;
  }

  toArray(): string[] {
    return this.dropped ? [...this.items, `… and ${this.dropped} more errors`] : [...this.items];
  }
}

/**
 * Every importer ends here: the pack it built goes through the same schema check as a
 * feed, so an importer bug can never put a half-valid pack in front of the user.
 */
export function finishImport(pack: FactPackInput, warnings: string[]): ImportResult {
  const result = validatePack(pack);
  if (!result.ok) {
    return { ok: false, errors: result.errors.map((e) => `imported pack is invalid: ${describePath(e, pack)}`) };
  }
  return { ok: true, pack: result.pack, warnings };
}

/** Add the entity id to `entities[12]…` paths, since the user never saw index 12. */
function describePath(error: string, pack: FactPackInput): string {
  const m = /^entities\[(\d+)\]/.exec(error);
  const entity = m ? pack.entities[Number(m[1])] : undefined;
  return entity ? `${error} (entity "${entity.id}")` : error;
}

/** A UTF-8 byte order mark is invisible in editors but breaks JSON.parse and header names. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** ISO shape and a real calendar day: 1994-11-31 and 2023-02-29 are typos, not dates. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  if (value.length < 10) return true;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return Number(value.slice(8, 10)) <= (m === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[m - 1]!);
}

/** `2019-03-20T00:00:00Z` → `2019-03-20`; anything already ISO passes; else undefined. */
export function dateOnly(value: string): IsoDate | undefined {
  const head = value.trim().slice(0, 10);
  if (isIsoDate(head) && (value.length <= 10 || value[10] === 'T' || value[10] === ' ')) return head;
  return isIsoDate(value.trim()) ? value.trim() : undefined;
}
