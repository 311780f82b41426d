/**
 * The content script's matcher, grown from dictionary slices (slice.ts) instead of the
 * whole dictionary. It remembers which word hashes it has asked about (`newWords` tells
 * what a block adds), keeps what it received under local indexes (Maps from the global
 * ones, so nothing is ever renumbered), and extends one trie as slices arrive.
 *
 * Same answers as createMatcher(full dictionary), by construction:
 * - a form enters the trie only once every word of it has been asked about, so all forms
 *   of one key (same words) enter together, whichever slices brought their units;
 * - forms entering together are inserted in the full matcher's order (formOrdinal), so
 *   each trie node lists its forms in the same order as the full matcher's.
 */
import type { Matcher, Mention, ScanOptions } from './types';
import { decodeForms, decodeParadigm, DICT_FORMAT, FLAG, type DictForm, type DictFormGroup, type MatchDictionary, type NationalEntry } from './dictionary';
import { titleForms } from './titles';
import { demonymForm } from './title-places';
import { expandNationalEntry } from './national-forms';
import { Trie } from './trie';
import { scanBlock, type ScanTables } from './scan';
import { pageSpan, resolveMentions, today } from './resolve';
import { addGivenName, type GivenNames } from './patronymic';
import { addTextWordHashes, keyWordHashes } from './word-hash';
import type { Crowd } from './crowd';
import { decodeRisingLists, decodeSliceEntities, formOrdinal, SLICE_FORMAT, UNIT_KIND, unitId, type DictSlice, type SliceFixed } from './slice';

/** Units, then forms, per step of extendInSteps (a few ms each on a 2-core machine; measured, not asserted). */
const STEP_UNITS = 200;
const STEP_FORMS = 1000;

interface Pending { ordinal: number; form: DictForm; words: number[]; crowd?: Crowd }

export interface SliceMatcherOptions {
  now?: () => number;
  /** Units and forms per step of extendInSteps (tests cut finer). */
  step?: { units: number; forms: number };
}

export class SliceMatcher implements Matcher {
  readonly version: string;
  /** Word hashes asked about (and answered). */
  private readonly sent = new Set<number>();
  private readonly units = new Set<number>();
  /** Group units held in part: the positions of the keys held (a group's keys arrive as their words appear). */
  private readonly groupKeys = new Map<number, Set<number>>();
  private readonly local = {
    entities: new Map<number, number>(), offices: new Map<number, number>(), contexts: new Map<number, number>(),
    reasons: new Map<number, number>(), places: new Map<number, number>(),
  };
  private readonly paradigms = new Map<number, ReturnType<typeof decodeParadigm>>();
  private readonly dict: MatchDictionary;
  private readonly tables: ScanTables;
  private pending: Pending[] = [];
  private readonly now: () => number;
  private readonly step: { units: number; forms: number };
  /** Entity id → crowded groups that hold it unlisted (crowd.ts). */
  private readonly hiddenIn = new Map<string, number[]>();

  constructor(first: DictSlice, options: SliceMatcherOptions = {}) {
    if (first.format !== SLICE_FORMAT || !first.fixed) throw new Error('a page matcher starts from a first slice (with its fixed tables)');
    const fixed: SliceFixed = first.fixed;
    this.version = first.version;
    this.now = options.now ?? Date.now;
    this.step = options.step ?? { units: STEP_UNITS, forms: STEP_FORMS };
    this.dict = {
      version: first.version, format: DICT_FORMAT, entities: [], forms: [], contexts: [], reasons: [], offices: [],
      titlePlaces: [], titleGrammars: [], namedAfter: fixed.namedAfter, notCurrent: fixed.notCurrent, notTitleBefore: fixed.notTitleBefore,
    };
    const givenNames: GivenNames = { words: new Set(), hashes: new Set() };
    this.tables = {
      dict: this.dict, forms: [], reasons: [], trie: new Trie(), givenNames,
      namedBefore: new Set(fixed.namedAfter.before), namedAfter: new Set(fixed.namedAfter.after),
      notCurrent: fixed.notCurrent, notTitleBefore: new Set(fixed.notTitleBefore), crowds: new Map(),
    };
    this.extend(first, []);
  }

  /** Forms in the trie. */
  get formCount(): number {
    return this.tables.forms.length;
  }

  /** Every word hash asked about so far (a request's `known`). */
  get known(): Set<number> {
    return this.sent;
  }

  /** Hashes of the words of these texts that were never asked about. */
  newWords(texts: Iterable<string>): number[] {
    const words = new Set<number>();
    for (const text of texts) addTextWordHashes(text, words);
    return [...words].filter((h) => !this.sent.has(h));
  }

  /**
   * Take a slice answering `asked` (the new hashes of that request). Units already held are
   * skipped; forms whose words have all been asked about enter the trie.
   */
  extend(slice: DictSlice, asked: Iterable<number>): void {
    for (const step of this.extendInSteps(slice, asked)) void step;
  }

  /**
   * extend(), cut into steps of about STEP_UNITS units or STEP_FORMS forms, so a caller can
   * yield between them: a 1 MB page's slice (thousands of units) in one go was one 108–130 ms
   * task in Chromium (issue 14). The result is extend()'s. Until the last step, scan may
   * miss the new words' forms, never a form of words known before (those are all in the trie).
   */
  *extendInSteps(slice: DictSlice, asked: Iterable<number>): Generator<void, void, void> {
    if (slice.version !== this.version) throw new Error(`slice of version ${slice.version}, matcher of ${this.version}`);
    for (const h of asked) this.sent.add(h);
    const { local, dict } = this;
    const put = <T>(map: Map<number, number>, list: T[], global: number, item: T) => { if (!map.has(global)) map.set(global, list.push(item) - 1); };
    for (const [g, e] of decodeSliceEntities(slice.entities)) put(local.entities, dict.entities, g, e);
    const ent = (g: number) => local.entities.get(g);
    for (const [g, key, holders] of slice.offices) {
      put(local.offices, dict.offices, g, [key, holders.flatMap(([e, from, to]) => { const l = ent(e); return l === undefined ? [] : [[l, from, to]]; })]);
    }
    for (const [g, words] of slice.contexts) put(local.contexts, dict.contexts, g, words);
    for (const [g, reason] of slice.reasons) put(local.reasons, this.tables.reasons, g, reason);
    for (const [g, p] of slice.paradigms) if (!this.paradigms.has(g)) this.paradigms.set(g, decodeParadigm(p));
    for (const [g, place] of slice.places) put(local.places, dict.titlePlaces, g, place);
    for (const w of slice.givenNames) addGivenName(this.tables.givenNames!, w);
    for (const [g, units] of decodeRisingLists(slice.hiddenIn)) {
      const l = ent(g);
      if (l === undefined) continue;
      // A slice names only the page's crowds it knows of; a later crowd adds to the earlier ones.
      const id = dict.entities[l]!.id, had = this.hiddenIn.get(id) ?? [];
      this.hiddenIn.set(id, [...had, ...units.filter((u) => !had.includes(u))]);
    }
    yield;
    yield* this.takeUnits(slice);
    yield* this.flush();
  }

  private fresh(kind: number, unit: number): boolean {
    const id = unitId(kind, unit);
    if (this.units.has(id)) return false;
    this.units.add(id);
    return true;
  }

  private *takeUnits(slice: DictSlice): Generator<void, void, void> {
    const { local } = this;
    const mapAll = (map: Map<number, number>, list: number[]) => { const out = list.map((g) => map.get(g)); return out.every((x) => x !== undefined) ? (out as number[]) : null; };
    const opt = (map: Map<number, number>, g: number | undefined) => (g === undefined || g < 0 ? g : (map.get(g) ?? -2));
    const queue = (kind: number, unit: number, forms: DictForm[], crowd?: Crowd) =>
      forms.forEach((form, i) => this.pending.push({ ordinal: formOrdinal(kind, unit, i), form, words: keyWordHashes(form[0]), ...(crowd ? { crowd } : {}) }));
    const crowds = new Map(slice.crowds.map((c) => [c.unit, c]));
    const keyPositions = decodeRisingLists(slice.keyPositions);
    let n = 0;
    for (const [unit, [keys, targets, flags, exact, context, reason, grammars]] of slice.groups) {
      if (++n % this.step.units === 0) yield;
      const positions = keyPositions.get(unit);
      let held = this.groupKeys.get(unit);
      if (!held) this.groupKeys.set(unit, held = new Set());
      const t = mapAll(flags & FLAG.title ? local.offices : local.entities, targets);
      const c = opt(local.contexts, context), r = opt(local.reasons, reason);
      if (!t || c === -2 || r === -2) continue; // a slice missing what its unit needs: skip the unit, never mis-point
      // decodeForms reads an absent field and an undefined one alike.
      const group: DictFormGroup = [keys, t, flags, exact, c, r, grammars];
      const forms = decodeForms([group]);
      const crowd = crowds.get(unit);
      forms.forEach((form, j) => {
        const position = positions ? positions[j]! : j;
        if (held.has(position)) return;
        held.add(position);
        this.pending.push({ ordinal: formOrdinal(UNIT_KIND.group, unit, position), form, words: keyWordHashes(form[0]), ...(crowd ? { crowd } : {}) });
      });
    }
    for (const [unit, [office, place, ...rest]] of slice.grammars) {
      if (++n % this.step.units === 0) yield;
      if (!this.fresh(UNIT_KIND.grammar, unit)) continue;
      const o = local.offices.get(office), p = place < 0 ? -1 : (local.places.get(place) ?? -2);
      if (o === undefined || p === -2) continue;
      const grammar = [o, p, ...rest] as MatchDictionary['titleGrammars'][number];
      this.dict.titleGrammars.push(grammar);
      queue(UNIT_KIND.grammar, unit, titleForms(this.dict.titlePlaces, [grammar]));
    }
    for (const [unit, [base, targets, flags, paradigm, context, kind]] of slice.national) {
      if (++n % this.step.units === 0) yield;
      if (!this.fresh(UNIT_KIND.national, unit)) continue;
      const t = mapAll(local.entities, targets), c = opt(local.contexts, context);
      if (!t || c === -2) continue;
      const out: DictForm[] = [];
      const entry: NationalEntry = [base, t, flags, paradigm, c, kind];
      expandNationalEntry(entry, (i) => this.paradigms.get(i), this.dict.entities.length, out, this.tables.reasons);
      queue(UNIT_KIND.national, unit, out);
    }
    for (const [unit, keys, country] of slice.demonyms) {
      if (!this.fresh(UNIT_KIND.demonyms, unit)) continue;
      const c = local.entities.get(country);
      if (c === undefined) continue;
      queue(UNIT_KIND.demonyms, unit, keys.map((key) => demonymForm(key, c)));
    }
  }

  /** Forms whose words have all been asked about enter the trie, in the full matcher's order. */
  private *flush(): Generator<void, void, void> {
    const ready: Pending[] = [];
    const waiting: Pending[] = [];
    for (const p of this.pending) (p.words.every((w) => this.sent.has(w)) ? ready : waiting).push(p);
    this.pending = waiting;
    ready.sort((a, b) => a.ordinal - b.ordinal);
    const { forms, trie, crowds } = this.tables;
    let n = 0;
    for (const { form, crowd } of ready) {
      if (++n % this.step.forms === 0) yield;
      const i = forms.push(form) - 1;
      trie.insert(form[0], i);
      if (crowd) crowds!.set(i, crowd);
    }
  }

  scan(text: string, opts: ScanOptions = {}): Mention[] {
    return text ? scanBlock(text, this.tables, () => today(this.now), opts.lang) : [];
  }

  resolve<M extends Mention>(mentions: M[], opts: ScanOptions = {}): M[] {
    return resolveMentions(mentions, this.dict, pageSpan(opts.pageDate, () => today(this.now)), (id) => this.hiddenIn.get(id));
  }
}
