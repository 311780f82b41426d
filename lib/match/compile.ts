/**
 * compileDictionary: every surface form of every entity → one compact, JSON-safe
 * dictionary. Runs in the background service worker; the result is cached by version
 * and sent to every page, so the expensive parts (Russian declension, title phrases,
 * spelling keys) happen here once and the content script only builds a trie.
 */
import type { Alias, Entity } from '../factbase/schema';
import type { CompiledDictionary, DictEntity } from './types';
import { DICT_FORMAT, encodeGrammar, encodeKeys, FLAG, type DictForm, type DictFormGroup, type MatchDictionary, type ReasonEntry } from './dictionary';
import { inflectRussian } from './inflect';
import { NationalTable } from './compile-national';
import { nameVariants } from './variants';
import { keyOf } from './normalize';
import { buildTitles, englishDemonyms, keyTitleTable, russianAdjectiveStems } from './title-build';
import { DEFAULT_BLOCKERS, NAMED_AFTER, NOT_CURRENT, NOT_TITLE_BEFORE } from './blockers';
import { runSliced, runToEnd, type SliceOptions, type Steps } from './sliced';

export interface CompileOptions {
  version: string;
  /** Phrases that contain a name but are something else (default: DEFAULT_BLOCKERS). */
  blockers?: string[];
  namedAfter?: { before: string[]; after: string[] };
  notCurrent?: string[];
}

const CYRILLIC = /[\u0400-\u04FF]/;
const LETTER = /[\p{L}\p{N}]/gu;

/** Aliases of three letters or fewer are words too often (KNB, Ak): match them case-sensitively only. */
const SHORT_ALIAS_LETTERS = 3;

/** Entities per batch between yields of the sliced compile (about 5–10 ms of work at 200,000 entities). */
const BATCH = 256;

export function compileDictionary(input: Entity[], options: CompileOptions): CompiledDictionary {
  return runToEnd(compileSteps(input, options));
}

/** The same compile in slices that give the event loop back (the background's card requests and messages). */
export function compileDictionarySliced(input: Entity[], options: CompileOptions, slicing?: SliceOptions): Promise<CompiledDictionary> {
  return runSliced(compileSteps(input, options), slicing);
}

function* compileSteps(input: Entity[], options: CompileOptions): Steps<CompiledDictionary> {
  // Defaults as the schema applies them, for callers that pass unvalidated JSON.
  const entities = input.map((e) => ({ ...e, aliases: e.aliases ?? [], roles: e.roles ?? [] }));
  const indexOf = new Map(entities.map((e, i) => [e.id, i]));
  const forms = new FormTable();
  const national = new NationalTable();

  for (let idx = 0; idx < entities.length; idx++) {
    if (idx % BATCH === BATCH - 1) yield;
    const entity = entities[idx]!;
    const gender = entity.gender;
    for (const [lang, name] of Object.entries(entity.names)) {
      // Russian is declined here; Kazakh, Kyrgyz, Uzbek, Tajik and Turkmen names get their own
      // grammars' forms from `national` (compile-national.ts), gated to their language.
      for (const surface of surfaces(name, entity, gender, lang === 'ru')) forms.add(surface, [idx], 0);
    }
    national.add(forms, entity, idx);
    const demonyms = entity.type === 'country' ? demonymKeys(entity) : new Set<string>();
    for (const alias of entity.aliases) {
      // "Kazakh" or "казахстанский" is not the country, even if a pack lists it as an alias.
      if (demonyms.has(keyOf(alias.text))) continue;
      addAlias(forms, alias, entity, idx);
    }
  }

  yield* addSpellingVariants(forms, entities);
  yield;
  for (const text of options.blockers ?? DEFAULT_BLOCKERS) forms.add(text, [], FLAG.blocker);
  const titles = keyTitleTable(buildTitles(entities, indexOf));

  const keys = (words: string[]) => [...new Set(words.map(keyOf).filter(Boolean))];
  // "улица/улицей/улице Токаева": the place words come in every case.
  const allCases = (words: string[]) => words.flatMap((w) => inflectRussian(w, { type: 'region' }));
  const namedAfter = options.namedAfter ?? NAMED_AFTER;
  yield;
  const formList = yield* forms.list();
  const dict: MatchDictionary = {
    version: options.version,
    entities: entities.map(toDictEntity),
    format: DICT_FORMAT,
    forms: formList,
    contexts: forms.contexts,
    reasons: forms.reasons,
    national: national.entries,
    paradigms: national.paradigms,
    offices: titles.offices,
    titlePlaces: titles.places,
    titleGrammars: titles.grammars,
    namedAfter: { before: keys(allCases(namedAfter.before)), after: keys(allCases(namedAfter.after)) },
    notCurrent: keys(options.notCurrent ?? NOT_CURRENT),
    notTitleBefore: keys(NOT_TITLE_BEFORE),
  };
  return dict;
}

function toDictEntity(e: Entity): DictEntity {
  const out: DictEntity = { id: e.id, type: e.type, name: e.names.en! };
  if (e.country) out.country = e.country;
  return out;
}

function surfaces(text: string, entity: Entity, gender: 'm' | 'f' | undefined, inflect: boolean): string[] {
  if (!inflect || !CYRILLIC.test(text)) return [text];
  return inflectRussian(text, { type: entity.type, ...(gender ? { gender } : {}) });
}

/** Spelling keys of a country's adjectives and demonyms (Kazakh, Kazakhstani, казахский, казахстанская …). */
function demonymKeys(country: Entity): Set<string> {
  const en = englishDemonyms(country.names.en ?? '');
  const stems = country.names.ru ? russianAdjectiveStems(country.names.ru) : [];
  const ru = stems.flatMap((stem) => ['ий', 'ая', 'ое', 'ие', 'ого', 'ой', 'их'].map((ending) => stem + ending));
  return new Set([...en, ...ru].map(keyOf));
}

function addAlias(forms: FormTable, alias: Alias, entity: Entity, idx: number): void {
  const letters = alias.text.match(LETTER)?.length ?? 0;
  const caseSensitive = alias.caseSensitive === true || letters <= SHORT_ALIAS_LETTERS;
  let flags = FLAG.alias;
  if (caseSensitive) flags |= FLAG.caseSensitive;
  if (alias.ambiguous) flags |= FLAG.ambiguous;
  if (alias.standalone === false) flags |= FLAG.evidenceOnly;
  if (alias.kind === 'nickname') flags |= FLAG.nickname;
  const context = alias.context?.length ? forms.context(alias.context) : -1;
  // "Arkadag" (nickname), "Frunze" (historical): the card says which kind of other name matched.
  const reason = alias.kind ? forms.reason([1, alias.kind, alias.text]) : -1;
  // Acronyms are not declined (ГКНБ); case-sensitive forms compare against the exact text.
  const russian = alias.lang === undefined || alias.lang === 'ru';
  const list = caseSensitive ? [alias.text] : surfaces(alias.text, entity, entity.gender, russian && alias.inflect !== false);
  for (const text of list) forms.add(text, [idx], flags, caseSensitive ? text : undefined, context, reason);
}

/**
 * Transliteration variants of persons' full names (variants.ts: «Сапармурад Ниязов»),
 * declined like the name, as alias forms. A variant whose key already belongs to another
 * entity (name, alias or an earlier variant) is left out. Returns how many keys it added.
 */
function* addSpellingVariants(forms: FormTable, entities: Entity[]): Steps<number> {
  let added = 0;
  for (let idx = 0; idx < entities.length; idx++) {
    if (idx % BATCH === BATCH - 1) yield;
    const entity = entities[idx]!;
    if (entity.type !== 'person') continue;
    const sources: [text: string, inflect: boolean][] = [
      ...Object.entries(entity.names).map(([lang, text]): [string, boolean] => [text, lang === 'ru']),
      ...(entity.aliases ?? [])
        .filter((a) => !a.caseSensitive && !a.ambiguous && a.standalone !== false)
        .map((a): [string, boolean] => [a.text, (a.lang === undefined || a.lang === 'ru') && a.inflect !== false]),
    ];
    for (const [text, inflect] of sources) {
      for (const variant of nameVariants(text)) {
        for (const surface of surfaces(variant, entity, entity.gender, inflect)) {
          const key = keyOf(surface);
          const owner = forms.ownerOf(key);
          if (owner !== NO_OWNER && owner !== idx) continue; // another entity's form
          if (owner === NO_OWNER) added++;
          forms.add(surface, [idx], FLAG.alias, undefined, -1, forms.reason([1, 'variant', text]));
        }
      }
    }
  }
  return added;
}

/** ownerOf: no entity holds the key (or only blockers do). */
const NO_OWNER = -1;
/** ownerOf: two or more entities hold the key. */
const MANY_OWNERS = -2;

/** One form under a spelling key, with the rules that tell it from the key's other forms. */
interface Variant { flags: number; exact: string; context: number; reason: number; form: DictForm }

/**
 * A spelling key's forms and who holds it: the entity's index while only one does, else
 * NO_OWNER or MANY_OWNERS (addSpellingVariants asks no more; a Set per key was millions of
 * Sets at 200,000 entities).
 */
interface KeyEntry { owner: number; variants: Variant[] }

/** Forms keyed by (spelling key, flags, exact, context, reason); targets of equal keys are merged. */
export class FormTable {
  private readonly byKey = new Map<string, KeyEntry>();
  /** Every form in the order it was first added (the order of the output's groups). */
  private readonly order: DictForm[] = [];
  private readonly contextIndex = new Map<string, number>();
  private readonly reasonIndex = new Map<string, number>();
  readonly contexts: string[][] = [];
  readonly reasons: ReasonEntry[] = [];

  /**
   * Spelling key of each text added so far: namesakes add the same surface forms again and
   * again (a surname in six cases per bearer), and folding was a quarter of a compile.
   */
  private readonly keys = new Map<string, string>();
  /** Targets of forms held by many entities, as sets: `includes` on a namesake list is quadratic. */
  private readonly targetSets = new Map<DictForm, Set<number>>();

  private keyOf(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) this.keys.set(text, key = keyOf(text));
    return key;
  }

  /** `grammar` is kept from the first form added under a key (two grammars that spell alike: the first wins). */
  add(text: string, targets: number[], flags: number, exact?: string, context = -1, reason = -1, grammar = -1): void {
    const key = this.keyOf(text);
    if (!key) return;
    let entry = this.byKey.get(key);
    if (!entry) this.byKey.set(key, entry = { owner: NO_OWNER, variants: [] });
    for (const t of targets) {
      if (entry.owner === NO_OWNER) entry.owner = t;
      else if (entry.owner !== t) entry.owner = MANY_OWNERS;
    }
    const exactText = exact ?? '';
    for (const v of entry.variants) {
      if (v.flags === flags && v.exact === exactText && v.context === context && v.reason === reason) {
        this.addTargets(v.form, targets);
        return;
      }
    }
    const form: DictForm = [key, [...targets], flags];
    if (exact !== undefined || context >= 0 || reason >= 0) form.push(exactText, context);
    if (reason >= 0) form.push(reason, grammar);
    entry.variants.push({ flags, exact: exactText, context, reason, form });
    this.order.push(form);
  }

  /** Appends the targets the form lacks, in order (the list's order is part of the output). */
  private addTargets(form: DictForm, targets: number[]): void {
    const list = form[1];
    let set = this.targetSets.get(form);
    for (const t of targets) {
      if (list[list.length - 1] === t) continue; // the same entity adding its forms again: the usual case
      if (!set && list.length < 16) {
        if (!list.includes(t)) list.push(t);
        continue;
      }
      if (!set) this.targetSets.set(form, set = new Set(list));
      if (!set.has(t)) { set.add(t); list.push(t); }
    }
  }

  reason(entry: ReasonEntry): number {
    const id = JSON.stringify(entry);
    let idx = this.reasonIndex.get(id);
    if (idx === undefined) {
      idx = this.reasons.length;
      this.reasons.push(entry);
      this.reasonIndex.set(id, idx);
    }
    return idx;
  }

  /** The one entity holding the key, NO_OWNER or MANY_OWNERS. */
  ownerOf(key: string): number {
    return this.byKey.get(key)?.owner ?? NO_OWNER;
  }

  context(words: string[]): number {
    const keys = [...new Set(words.map(keyOf).filter(Boolean))];
    const id = keys.join('\u0000');
    let idx = this.contextIndex.get(id);
    if (idx === undefined) {
      idx = this.contexts.length;
      this.contexts.push(keys);
      this.contextIndex.set(id, idx);
    }
    return idx;
  }

  /** Group forms with the same targets and rules, keys front-coded (see DictFormGroup). */
  *list(): Steps<DictFormGroup[]> {
    const groups = new Map<string, { keys: [string, number][]; form: DictForm }>();
    let n = 0;
    for (const form of this.order) {
      if (++n % (BATCH * 16) === 0) yield;
      const id = JSON.stringify(form.slice(1, 6));
      const group = groups.get(id);
      if (group) group.keys.push([form[0], form[6] ?? -1]);
      else groups.set(id, { keys: [[form[0], form[6] ?? -1]], form });
    }
    yield;
    return [...groups.values()].map(({ keys, form }) => {
      // encodeKeys sorts; sort here too so the grammar characters line up with the decoded keys.
      keys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      const group: DictFormGroup = [encodeKeys(keys.map((k) => k[0])), form[1], form[2]];
      if (form.length > 3) group.push(form[3] ?? '', form[4] ?? -1);
      const reason = form[5] ?? -1;
      if (reason >= 0) group.push(reason, keys.map((k) => encodeGrammar(k[1])).join(''));
      return group;
    });
  }
}
