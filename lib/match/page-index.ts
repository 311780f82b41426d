/**
 * The background's page index: the compiled dictionary cut into units (slice.ts), with
 * the words of every form the full matcher would build, so a page's word hashes find the
 * units that can match it. Built once per fact-base revision and persisted whole
 * (factbase-service.ts), so its shape needs no per-form rebuilding on load: typed arrays
 * (CSR: sorted anchor hashes → clauses → units) and long strings of JSON, one per table,
 * cut by offsets. A million small objects would cost seconds to clone out of IndexedDB.
 *
 * A clause is the distinct word hashes of one form (per unit, repeats dropped). Each clause
 * is filed under its rarest word only: a page word like "president" then does not pull
 * every title of the region; the clause's other words are checked against the page's set.
 */
import { decodeForms, decodeParadigm, type DictForm, type MatchDictionary, type ReasonEntry } from './dictionary';
import { titleForms } from './titles';
import { expandNationalEntry } from './national-forms';
import { demonymForms } from './title-places';
import { givenNames } from './patronymic';
import { hashWord, keyWordHashes, lowerBound } from './word-hash';
import { UNIT_KIND } from './slice';
import { runSliced, runToEnd, type SliceOptions, type Steps } from './sliced';
import { splitCrowd, titleHolders } from './crowd';

/** /2: crowded groups (crowd.ts) carry only their listed bearers, and entities know the crowds that hide them. */
export const PAGE_INDEX_FORMAT = 'silklens-page-index/2';

/** JSON items joined into one string; item i is text.slice(offsets[i], offsets[i + 1]). */
export interface StringTable { text: string; offsets: Uint32Array }

/** A unit's wire item, as JSON: [kind, unit index, payload …] (see slice.ts). */
export interface PageIndex {
  format: typeof PAGE_INDEX_FORMAT;
  /** The dictionary version (`r<revision>[-pack-names]`). */
  version: string;
  entities: StringTable;
  offices: StringTable;
  contexts: StringTable;
  reasons: StringTable;
  paradigms: StringTable;
  places: StringTable;
  units: StringTable;
  /** Entity → offices it holds (CSR), so a candidate's offices travel with it (resolve's byOfficeKind). */
  entityOfficeStart: Uint32Array;
  entityOffices: Uint32Array;
  /** Entity → crowded groups that hold it unlisted (CSR), so a bearer the page names settles the surname. */
  entityCrowdStart: Uint32Array;
  entityCrowds: Uint32Array;
  anchors: Uint32Array;
  anchorStart: Uint32Array;
  anchorClauses: Uint32Array;
  clauseUnit: Uint32Array;
  clauseWordStart: Uint32Array;
  clauseWords: Uint32Array;
  /** Given names sorted by hash, their hashes beside them. */
  givenHashes: Uint32Array;
  givenNames: StringTable;
  /** JSON of SliceFixed. */
  fixed: string;
}

export function stringTable(items: unknown[]): StringTable {
  const offsets = new Uint32Array(items.length + 1);
  let text = '';
  items.forEach((item, i) => { text += JSON.stringify(item); offsets[i + 1] = text.length; });
  return { text, offsets };
}

/** stringTable for the big unit list, yielding between batches. */
function* stringTableSteps(items: unknown[]): Steps<StringTable> {
  const offsets = new Uint32Array(items.length + 1);
  let text = '';
  for (let i = 0; i < items.length; i++) {
    if (i % (BATCH * 16) === BATCH * 16 - 1) yield;
    text += JSON.stringify(items[i]);
    offsets[i + 1] = text.length;
  }
  return { text, offsets };
}

export function tableItem<T>(table: StringTable, i: number): T {
  return JSON.parse(table.text.slice(table.offsets[i], table.offsets[i + 1])) as T;
}

export const tableLength = (table: StringTable): number => table.offsets.length - 1;

/** Clauses as flat number arrays (a million small objects made the build mostly GC). */
interface Clauses { unit: number[]; wordStart: number[]; words: number[] }

/** Every unit's forms, expanded exactly as createMatcher expands them, with their unit. */
function* unitsOf(dict: MatchDictionary): Steps<{ units: unknown[]; clauses: Clauses; forms: DictForm[]; hiddenIn: number[][] }> {
  const units: unknown[] = [];
  const clauses: Clauses = { unit: [], wordStart: [0], words: [] };
  const forms: DictForm[] = [];
  const keys = new Set<string>();
  const add = (unit: number, unitForms: DictForm[]) => {
    const seen = unitForms.length > 1 ? new Set<number | string>() : null;
    for (const form of unitForms) {
      forms.push(form);
      keys.add(form[0]);
      const words = keyWordHashes(form[0]);
      if (words.length === 0) continue;
      if (seen) {
        const id = words.length === 1 ? words[0]! : words.join(',');
        if (seen.has(id)) continue;
        seen.add(id);
      }
      clauses.unit.push(unit);
      for (const w of words) clauses.words.push(w);
      clauses.wordStart.push(clauses.words.length);
    }
  };
  // A crowded group travels with its listed bearers and its crowd's counts (the wire item's 4th field).
  const holders = titleHolders(dict.offices);
  const hiddenIn: number[][] = dict.entities.map(() => []);
  for (let g = 0; g < dict.forms.length; g++) {
    if (g % BATCH === BATCH - 1) yield;
    const group = dict.forms[g]!;
    const split = splitCrowd(group, g, (i) => dict.entities[i], holders);
    for (const h of split?.hidden ?? []) hiddenIn[h]!.push(g);
    add(units.push(split ? [UNIT_KIND.group, g, split.group, split.crowd] : [UNIT_KIND.group, g, group]) - 1, decodeForms([group]));
  }
  for (let t = 0; t < dict.titleGrammars.length; t++) {
    if (t % BATCH === BATCH - 1) yield;
    const grammar = dict.titleGrammars[t]!;
    add(units.push([UNIT_KIND.grammar, t, grammar]) - 1, titleForms(dict.titlePlaces, [grammar]));
  }
  const paradigms = (dict.paradigms ?? []).map(decodeParadigm);
  const reasons: ReasonEntry[] = [...(dict.reasons ?? [])];
  const national = dict.national ?? [];
  for (let n = 0; n < national.length; n++) {
    if (n % BATCH === BATCH - 1) yield;
    const entry = national[n]!;
    const out: DictForm[] = [];
    expandNationalEntry(entry, (i) => paradigms[i], dict.entities.length, out, reasons);
    if (out.length) add(units.push([UNIT_KIND.national, n, entry]) - 1, out);
  }
  yield;
  // Demonyms last, skipping keys any other form has (as createMatcher does), one unit per country.
  const demonyms = demonymForms(dict, keys);
  let d = 0;
  for (let i = 0; i < demonyms.length;) {
    const country = demonyms[i]![1][0]!;
    let j = i;
    while (j < demonyms.length && demonyms[j]![1][0] === country) j++;
    const run = demonyms.slice(i, j);
    add(units.push([UNIT_KIND.demonyms, d++, run.map(([key]) => key), country]) - 1, run);
    i = j;
  }
  return { units, clauses, forms, hiddenIn };
}

/** Lists per entity as CSR arrays. */
function csr(lists: number[][]): { start: Uint32Array; items: Uint32Array } {
  const start = new Uint32Array(lists.length + 1);
  lists.forEach((list, e) => { start[e + 1] = start[e]! + list.length; });
  return { start, items: Uint32Array.from(lists.flat()) };
}

/** Units per batch between yields of the sliced build (a few ms of work each). */
const BATCH = 512;

export function buildPageIndex(dict: MatchDictionary): PageIndex {
  return runToEnd(buildPageIndexSteps(dict));
}

/** The same build in slices that give the event loop back (the background's other messages). */
export function buildPageIndexSliced(dict: MatchDictionary, slicing?: SliceOptions): Promise<PageIndex> {
  return runSliced(buildPageIndexSteps(dict), slicing);
}

function* buildPageIndexSteps(dict: MatchDictionary): Steps<PageIndex> {
  const { units, clauses, forms, hiddenIn } = yield* unitsOf(dict);
  yield;
  // Anchor = the clause word fewest clauses share. Counted by sorting a typed array rather
  // than in a Map: hashes above 2^30 are heap numbers to V8, and a Map of a million of them
  // cost seconds at 50k entities.
  const every = Uint32Array.from(clauses.words).sort();
  const count = clauses.unit.length;
  const distinct: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < every.length;) {
    let j = i;
    while (j < every.length && every[j] === every[i]) j++;
    distinct.push(every[i]!);
    counts.push(j - i);
    i = j;
  }
  const words = Uint32Array.from(distinct);
  const anchorAt = new Uint32Array(count); // position in `words` of each clause's anchor
  for (let c = 0; c < count; c++) {
    if (c % (BATCH * 64) === 0) yield;
    let best = -1;
    for (let k = clauses.wordStart[c]!; k < clauses.wordStart[c + 1]!; k++) {
      const at = lowerBound(words, clauses.words[k]!);
      if (best < 0 || counts[at]! < counts[best]!) best = at;
    }
    anchorAt[c] = best;
  }
  // Counting sort of the clauses by anchor: the CSR arrays directly.
  const perWord = new Uint32Array(words.length + 1);
  for (const a of anchorAt) perWord[a + 1]!++;
  for (let w = 0; w < words.length; w++) perWord[w + 1]! += perWord[w]!;
  const order = new Uint32Array(count);
  const fill = perWord.slice(0, words.length);
  anchorAt.forEach((a, c) => { order[fill[a]!++] = c; });
  const anchorList: number[] = [];
  const anchorStart: number[] = [];
  for (let w = 0; w < words.length; w++) {
    if (perWord[w + 1]! > perWord[w]!) { anchorList.push(words[w]!); anchorStart.push(perWord[w]!); }
  }
  anchorStart.push(count);
  yield;

  const heldBy: number[][] = dict.entities.map(() => []);
  dict.offices.forEach(([, holders], o) => { for (const [e] of holders) if (heldBy[e] && !heldBy[e]!.includes(o)) heldBy[e]!.push(o); });
  const heldCsr = csr(heldBy), crowdCsr = csr(hiddenIn);

  const given = [...givenNames(forms, (i) => dict.entities[i]?.type === 'person').words]
    .map((word) => ({ word, hash: hashWord(word, 0, word.length) }))
    .sort((a, b) => a.hash - b.hash);
  yield;
  const unitTable = yield* stringTableSteps(units);

  return {
    format: PAGE_INDEX_FORMAT,
    version: dict.version,
    entities: stringTable(dict.entities),
    offices: stringTable(dict.offices),
    contexts: stringTable(dict.contexts),
    reasons: stringTable(dict.reasons ?? []),
    paradigms: stringTable(dict.paradigms ?? []),
    // Demonym evidence travels as its own units, not with every title.
    places: stringTable(dict.titlePlaces.map(([en, demonyms, genitives, adjectives]) => [en, demonyms, genitives, adjectives])),
    units: unitTable,
    entityOfficeStart: heldCsr.start,
    entityOffices: heldCsr.items,
    entityCrowdStart: crowdCsr.start,
    entityCrowds: crowdCsr.items,
    anchors: Uint32Array.from(anchorList),
    anchorStart: Uint32Array.from(anchorStart),
    anchorClauses: order,
    clauseUnit: Uint32Array.from(clauses.unit),
    clauseWordStart: Uint32Array.from(clauses.wordStart),
    clauseWords: Uint32Array.from(clauses.words),
    givenHashes: Uint32Array.from(given.map((g) => g.hash)),
    givenNames: stringTable(given.map((g) => g.word)),
    fixed: JSON.stringify({ namedAfter: dict.namedAfter, notCurrent: dict.notCurrent, notTitleBefore: dict.notTitleBefore ?? [] }),
  };
}
