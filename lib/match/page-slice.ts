/**
 * One lookup in the page index (page-index.ts): the page's word hashes in, the units
 * that became matchable out. The background is stateless about pages: a page sends every
 * hash it sent before (`known`) and the new ones (`added`); the answer holds the units
 * having a form whose words are all in known ∪ added and not all in known (those came
 * with an earlier answer). Tables travel as far as those units need them.
 */
import type { DictEntity } from './types';
import { decodeKeys, encodeKeys, FLAG, type DictFormGroup, type NationalEntry, type OfficeHolder, type ReasonEntry, type TitleGrammar, type TitlePlace } from './dictionary';
import { emptySlice, encodeRisingLists, encodeSliceEntities, UNIT_KIND, type DictSlice, type SliceFixed } from './slice';
import { tableItem, type PageIndex } from './page-index';
import { hasHash, hashIndex, keyWordHashes, lowerBound } from './word-hash';
import type { Crowd } from './crowd';

function mergeSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0, j = 0, n = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity, y = j < b.length ? b[j]! : Infinity;
    if (x === y) { out[n++] = x; i++; j++; } else if (x < y) { out[n++] = x; i++; } else { out[n++] = y; j++; }
  }
  return out.subarray(0, n);
}

/** Units (indexes into index.units) with a clause inside `all` that is not inside `known`. */
export function matchingUnits(index: PageIndex, known: Uint32Array, added: Uint32Array, all = mergeSorted(known, added)): number[] {
  const units = new Set<number>();
  for (const h of all) {
    const a = hashIndex(index.anchors, h);
    if (a < 0) continue;
    for (let k = index.anchorStart[a]!; k < index.anchorStart[a + 1]!; k++) {
      const c = index.anchorClauses[k]!;
      const unit = index.clauseUnit[c]!;
      if (units.has(unit)) continue;
      let inside = true, fresh = false;
      for (let w = index.clauseWordStart[c]!; w < index.clauseWordStart[c + 1]! && inside; w++) {
        const word = index.clauseWords[w]!;
        if (!hasHash(all, word)) inside = false;
        else if (!fresh && !hasHash(known, word)) fresh = true;
      }
      if (inside && fresh) units.add(unit);
    }
  }
  return [...units].sort((a, b) => a - b);
}

/**
 * The group with only its keys whose words are all on the page: a name's declensions and
 * other scripts cannot match there (at 10k entities, 1,080 of the 8,829 keys a 100 KB page
 * received could). The kept keys' positions in the group go beside it (`keep`), so the
 * page's matcher orders forms as the full matcher does and takes the rest when their
 * words appear.
 */
function onPage(group: DictFormGroup, all: Uint32Array, keep: (positions: number[]) => void): DictFormGroup {
  const keys = decodeKeys(group[0]);
  const positions: number[] = [];
  keys.forEach((key, i) => { if (keyWordHashes(key).every((h) => hasHash(all, h))) positions.push(i); });
  if (positions.length === keys.length) return group;
  keep(positions);
  const out = group.slice() as DictFormGroup;
  out[0] = encodeKeys(positions.map((i) => keys[i]!));
  if (group[6] !== undefined) out[6] = positions.map((i) => group[6]![i] ?? '-').join('');
  return out;
}

type UnitItem =
  | [typeof UNIT_KIND.group, number, DictFormGroup, Crowd?]
  | [typeof UNIT_KIND.grammar, number, TitleGrammar]
  | [typeof UNIT_KIND.national, number, NationalEntry]
  | [typeof UNIT_KIND.demonyms, number, string[], number];

/** What a set of units brings: the units' own items go into `slice`, the tables they need into the sets. */
interface Needs { entities: Set<number>; offices: Set<number>; contexts: Set<number>; reasons: Set<number>; paradigms: Set<number>; places: Set<number> }

function gather(index: PageIndex, units: number[], all: Uint32Array, slice: DictSlice): Needs {
  const positions: [number, number[]][] = [];
  const entities = new Set<number>(), offices = new Set<number>(), contexts = new Set<number>();
  const reasons = new Set<number>(), paradigms = new Set<number>(), places = new Set<number>();
  for (const u of units) {
    const item = tableItem<UnitItem>(index.units, u);
    switch (item[0]) {
      case UNIT_KIND.group: {
        const [, targets, flags, , context, reason] = item[2];
        for (const t of targets) (flags & FLAG.title ? offices : entities).add(t);
        if (context !== undefined && context >= 0) contexts.add(context);
        if (reason !== undefined && reason >= 0) reasons.add(reason);
        slice.groups.push([item[1], onPage(item[2], all, (keep) => positions.push([item[1], keep]))]);
        if (item[3]) slice.crowds.push(item[3]);
        break;
      }
      case UNIT_KIND.grammar:
        offices.add(item[2][0]);
        if (item[2][1] >= 0) places.add(item[2][1]);
        slice.grammars.push([item[1], item[2]]);
        break;
      case UNIT_KIND.national: {
        const [, targets, , paradigm, context] = item[2];
        for (const t of targets) entities.add(t);
        paradigms.add(paradigm);
        if (context !== undefined && context >= 0) contexts.add(context);
        slice.national.push([item[1], item[2]]);
        break;
      }
      case UNIT_KIND.demonyms:
        entities.add(item[3]);
        slice.demonyms.push([item[1], item[2], item[3]]);
        break;
    }
  }
  // A candidate's offices travel with it (resolve picks "President Japarov" by office kind),
  // and every holder of an office travels, so resolve can name them.
  for (const e of [...entities]) {
    for (let k = index.entityOfficeStart[e]!; k < index.entityOfficeStart[e + 1]!; k++) offices.add(index.entityOffices[k]!);
  }
  slice.keyPositions = encodeRisingLists(positions);
  for (const o of offices) for (const [e] of tableItem<[string, OfficeHolder[]]>(index.offices, o)[1]) entities.add(e);
  return { entities, offices, contexts, reasons, paradigms, places };
}

/** The crowds (group units) among `entity`'s that are in `on`. */
function crowdsOf(index: PageIndex, entity: number, on: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (let k = index.entityCrowdStart[entity]!; k < index.entityCrowdStart[entity + 1]!; k++) if (on.has(index.entityCrowds[k]!)) out.push(index.entityCrowds[k]!);
  return out;
}

export function sliceFor(index: PageIndex, known: Uint32Array, added: Uint32Array): DictSlice {
  const slice = emptySlice(index.version);
  if (known.length === 0) slice.fixed = JSON.parse(index.fixed) as SliceFixed;
  const all = mergeSorted(known, added);
  const { entities, offices, contexts, reasons, paradigms, places } = gather(index, matchingUnits(index, known, added, all), all, slice);
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  for (const o of sorted(offices)) {
    const [key, holders] = tableItem<[string, OfficeHolder[]]>(index.offices, o);
    slice.offices.push([o, key, holders]);
  }
  // hiddenIn only matters for crowds the page holds (resolve asks it of a namesake mention's
  // units). Whatever brought an entity (its full name, an office), it learns the crowds of
  // this page that hide it: those of this slice and, on a later slice, those of the earlier
  // ones (the units matchable on the known words: the background keeps no page state).
  const newCrowds = new Set(slice.crowds.map((c) => c.unit));
  const before = emptySlice(index.version);
  // Recomputing the earlier units costs a pass over the known words: only when a crowd or a hidden bearer came.
  const hides = (e: number) => index.entityCrowdStart[e + 1]! > index.entityCrowdStart[e]!;
  const earlier = known.length > 0 && (newCrowds.size > 0 || [...entities].some(hides)) ? gather(index, matchingUnits(index, new Uint32Array(0), known, known), known, before) : null;
  const pageCrowds = new Set([...newCrowds, ...before.crowds.map((c) => c.unit)]);
  const hidden = new Map<number, number[]>();
  slice.entities = encodeSliceEntities(sorted(entities).map((e) => [e, tableItem<DictEntity>(index.entities, e)]));
  for (const e of entities) {
    const units = crowdsOf(index, e, pageCrowds);
    if (units.length > 0) hidden.set(e, units);
  }
  // A crowd arriving after its bearer: the bearer, held since an earlier slice, learns it now.
  if (earlier && newCrowds.size > 0) {
    for (const e of earlier.entities) {
      if (entities.has(e)) continue;
      const units = crowdsOf(index, e, newCrowds);
      if (units.length > 0) hidden.set(e, units);
    }
  }
  slice.hiddenIn = encodeRisingLists([...hidden]);
  for (const c of sorted(contexts)) slice.contexts.push([c, tableItem<string[]>(index.contexts, c)]);
  for (const r of sorted(reasons)) slice.reasons.push([r, tableItem<ReasonEntry>(index.reasons, r)]);
  for (const p of sorted(paradigms)) slice.paradigms.push([p, tableItem<string>(index.paradigms, p)]);
  for (const p of sorted(places)) slice.places.push([p, tableItem<TitlePlace>(index.places, p)]);
  for (const h of added) {
    // Several names may share a hash: take the run.
    for (let k = lowerBound(index.givenHashes, h); k < index.givenHashes.length && index.givenHashes[k] === h; k++) slice.givenNames.push(tableItem<string>(index.givenNames, k));
  }
  return slice;
}
