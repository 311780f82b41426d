/**
 * A dictionary slice (`silklens-slice/2`: entities as columns, keyPositions and hiddenIn as strings): the part of the compiled dictionary that can
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

export const SLICE_FORMAT = 'silklens-slice/2';

/**
 * Entities on the wire: what scan and resolve read of them (id, type, country), as columns.
 * Their display names stay home: the page names entities from their cards, never from the
 * matcher. One tuple per entity was the biggest table of a 100 KB page's slice at 200k
 * (137 kB of 368): the index and type columns are now a few characters per entity.
 */
export interface SliceEntities {
  /** Global indexes, rising, each after the first as its step from the one before; base 36, joined by `,`. */
  index: string;
  ids: string[];
  /** One digit per entity: its type's place in ENTITY_TYPE_CODES. */
  types: string;
  /** The countries the entities name, each once. */
  countries: string[];
  /** Per entity, base 36 joined by `,`: 0 for no country, else its place in `countries` plus one. */
  country: string;
}

/** Every entity type, in a fixed order (a type's place is its code on the wire). */
const ENTITY_TYPE_CODES = ['person', 'country', 'region', 'organization', 'event'] as const satisfies readonly DictEntity['type'][];
// A type added to DictEntity without a code fails to compile here.
const everyTypeCoded: Exclude<DictEntity['type'], (typeof ENTITY_TYPE_CODES)[number]> extends never ? true : never = true;
void everyTypeCoded;

export function encodeSliceEntities(items: readonly (readonly [index: number, entity: DictEntity])[]): SliceEntities {
  const sorted = [...items].sort(([a], [b]) => a - b);
  const countries = new Map<string, number>();
  const code = (c: string | undefined) => (c === undefined ? 0 : (countries.get(c) ?? countries.set(c, countries.size + 1).get(c)!));
  return {
    index: sorted.map(([g], i) => (i === 0 ? g : g - sorted[i - 1]![0]).toString(36)).join(','),
    ids: sorted.map(([, e]) => e.id),
    types: sorted.map(([, e]) => ENTITY_TYPE_CODES.indexOf(e.type)).join(''),
    country: sorted.map(([, e]) => code(e.country).toString(36)).join(','),
    countries: [...countries.keys()],
  };
}

const BASE36_LIST = /^[0-9a-z]+(,[0-9a-z]+)*$/;

/**
 * The page side's entities ([global index, entity]); `name` is the id (the matcher never
 * shows it). Columns that disagree in length, an unknown type or country, or indexes that do
 * not rise decode to nothing: the units needing those entities are then skipped, never
 * pointed at the wrong entity.
 */
export function decodeSliceEntities(wire: SliceEntities): [number, DictEntity][] {
  const n = wire.ids.length;
  if (n === 0) return [];
  if (!BASE36_LIST.test(wire.index) || !BASE36_LIST.test(wire.country) || wire.types.length !== n) return [];
  const steps = wire.index.split(','), country = wire.country.split(',');
  if (steps.length !== n || country.length !== n) return [];
  const out: [number, DictEntity][] = [];
  let g = 0;
  for (let i = 0; i < n; i++) {
    const step = parseInt(steps[i]!, 36), type = ENTITY_TYPE_CODES[Number(wire.types[i])], c = parseInt(country[i]!, 36);
    if ((i > 0 && step === 0) || type === undefined || c > wire.countries.length) return [];
    g = i === 0 ? step : g + step;
    const e: DictEntity = { id: wire.ids[i]!, type, name: wire.ids[i]! };
    if (c > 0) e.country = wire.countries[c - 1]!;
    out.push([g, e]);
  }
  return out;
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
   * Entities as columns, not objects: most of a big slice is the holders of the offices its
   * people hold, and keys and names were over half of each (bench-slice, 200k).
   */
  entities: SliceEntities;
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
   * positions in the whole group, as encodeRisingLists writes them (number arrays were a
   * tenth of a 100 KB page's slice at 200k).
   */
  keyPositions: string;
  /** Crowded groups among `groups` (crowd.ts): their unlisted bearers as counts. */
  crowds: Crowd[];
  /**
   * Entities the page holds that crowds of this page hold unlisted: global entity index →
   * crowded group units, as encodeRisingLists writes them.
   */
  hiddenIn: string;
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
  return { format: SLICE_FORMAT, version, entities: { index: '', ids: [], types: '', countries: [], country: '' }, offices: [], contexts: [], reasons: [], paradigms: [], places: [], groups: [], keyPositions: '', crowds: [], hiddenIn: '', grammars: [], national: [], demonyms: [], givenNames: [] };
}

/**
 * Number lists keyed by number (keyPositions: unit → kept key positions; hiddenIn: entity →
 * crowd units) as one string: `key:n,n,n` entries joined by `;`, by rising key, numbers in
 * base 36, each key and list number after the first as its step from the one before (both
 * rise, steps are small: most cut groups keep one key, most bearers are in one crowd). A hostile or broken string decodes to nothing rather than to wrong positions.
 */
export function encodeRisingLists(entries: readonly (readonly [key: number, list: readonly number[]])[]): string {
  const steps = (list: readonly number[]) => [...list].sort((a, b) => a - b).map((p, i, up) => (i === 0 ? p : p - up[i - 1]!).toString(36)).join(',');
  const sorted = [...entries].sort(([a], [b]) => a - b);
  return sorted.map(([unit, positions], i) => `${(i === 0 ? unit : unit - sorted[i - 1]![0]).toString(36)}:${steps(positions)}`).join(';');
}

const BASE36 = /^[0-9a-z]+$/;

export function decodeRisingLists(text: string): Map<number, number[]> {
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
