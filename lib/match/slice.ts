/**
 * A dictionary slice (`silklens-slice/1`): the part of the compiled dictionary that can
 * match one page's words, as the background sends it (page-index.ts builds it, the
 * content script's SliceMatcher reads it). Every table keeps the dictionary's global
 * indexes ([global index, item] pairs), so a later slice for new words extends the page's
 * matcher without renumbering what it holds.
 *
 * Units travel whole: a front-coded form group, a title grammar, a national-language
 * entry, a country's demonyms. Tables that grow with the fact base (entities, offices,
 * contexts, reasons, paradigms, title places) travel only as the units need them; the
 * small fixed tables (`fixed`) travel once, with the first slice.
 */
import type { DictEntity } from './types';
import type { DictFormGroup, NationalEntry, OfficeHolder, ReasonEntry, TitleGrammar, TitlePlace } from './dictionary';
import type { Crowd } from './crowd';

export const SLICE_FORMAT = 'silklens-slice/1';

/**
 * An entity on the wire: what scan and resolve read of it (id, type, country). Its display
 * name stays home: the page names entities from their cards, never from the matcher.
 */
export type SliceEntity = [index: number, id: string, type: DictEntity['type'], country?: string];

export const toSliceEntity = (index: number, e: DictEntity): SliceEntity => (e.country === undefined ? [index, e.id, e.type] : [index, e.id, e.type, e.country]);

/** The page side's entity: `name` is the id (the matcher never shows it). */
export function fromSliceEntity([, id, type, country]: SliceEntity): DictEntity {
  const e: DictEntity = { id, type, name: id };
  if (country !== undefined) e.country = country;
  return e;
}

export interface SliceFixed {
  namedAfter: { before: string[]; after: string[] };
  notCurrent: string[];
  notTitleBefore: string[];
}

export interface DictSlice {
  format: typeof SLICE_FORMAT;
  version: string;
  /**
   * Entities as short tuples, not objects: most of a big slice is the holders of the offices
   * its people hold, and keys and names were over half of each (bench-slice, 200k).
   */
  entities: SliceEntity[];
  /** Holders index entities globally; every holder travels in `entities`. */
  offices: [index: number, office: string, holders: OfficeHolder[]][];
  contexts: [index: number, words: string[]][];
  reasons: [index: number, reason: ReasonEntry][];
  paradigms: [index: number, paradigm: string][];
  /** Title places without their demonym evidence (that travels as demonym units). */
  places: [index: number, place: TitlePlace][];
  groups: [unit: number, group: DictFormGroup][];
  /**
   * Groups sent with only some keys (those whose words are on the page): the kept keys'
   * positions in the whole group, as encodeKeyPositions writes them (number arrays were a
   * tenth of a 100 KB page's slice at 200k).
   */
  keyPositions: string;
  /** Crowded groups among `groups` (crowd.ts): their unlisted bearers as counts. */
  crowds: Crowd[];
  /** Entities in `entities` that crowded groups hold unlisted: [global entity index, crowded group units]. */
  hiddenIn: [entity: number, units: number[]][];
  grammars: [unit: number, grammar: TitleGrammar][];
  national: [unit: number, entry: NationalEntry][];
  /** Evidence-only demonym forms of one country ("Kyrgyz", «таджикского»): keys in the matcher's order. */
  demonyms: [unit: number, keys: string[], country: number][];
  /** First words of multiword person names that are words of the page (patronymic bridges start there). */
  givenNames: string[];
  /** Only in the first slice of a page (no words known yet). */
  fixed?: SliceFixed;
}

/** Unit kinds, in the order createMatcher adds their forms (the trie keeps that order per key). */
export const UNIT_KIND = { group: 0, grammar: 1, national: 2, demonyms: 3 } as const;

/** A unit's number across kinds, in the full matcher's order: kind, then unit. */
export const unitId = (kind: number, unit: number): number => kind * 2 ** 24 + unit;

/**
 * A form's place in the full matcher's form order: kind, then unit, then position in the
 * unit. Forms of one key must sit in the trie in that order, whichever slice brought them.
 */
export const formOrdinal = (kind: number, unit: number, position: number): number => unitId(kind, unit) * 2 ** 20 + position;

export function emptySlice(version: string): DictSlice {
  return { format: SLICE_FORMAT, version, entities: [], offices: [], contexts: [], reasons: [], paradigms: [], places: [], groups: [], keyPositions: '', crowds: [], hiddenIn: [], grammars: [], national: [], demonyms: [], givenNames: [] };
}

/**
 * Key positions as one string: `unit:p,p,p` entries joined by `;`, by rising unit, numbers
 * in base 36, each unit and position after the first as its step from the one before (both
 * rise, steps are small: most cut groups keep one key). A hostile or broken string decodes to nothing rather than to wrong positions.
 */
export function encodeKeyPositions(entries: readonly (readonly [unit: number, positions: readonly number[]])[]): string {
  const steps = (list: readonly number[]) => list.map((p, i) => (i === 0 ? p : p - list[i - 1]!).toString(36)).join(',');
  const sorted = [...entries].sort(([a], [b]) => a - b);
  return sorted.map(([unit, positions], i) => `${(i === 0 ? unit : unit - sorted[i - 1]![0]).toString(36)}:${steps(positions)}`).join(';');
}

const BASE36 = /^[0-9a-z]+$/;

export function decodeKeyPositions(text: string): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (text === '') return out;
  let last = 0;
  for (const entry of text.split(';')) {
    const [unit, list, extra] = entry.split(':');
    if (unit === undefined || list === undefined || extra !== undefined || !BASE36.test(unit)) return new Map();
    const positions: number[] = [];
    for (const step of list.split(',')) {
      if (!BASE36.test(step)) return new Map();
      const n = parseInt(step, 36);
      if (positions.length > 0 && n === 0) return new Map(); // positions rise strictly
      positions.push(positions.length === 0 ? n : positions[positions.length - 1]! + n);
    }
    const step = parseInt(unit, 36);
    if (out.size > 0 && step === 0) return new Map(); // units rise strictly
    out.set(last = out.size === 0 ? step : last + step, positions);
  }
  return out;
}
