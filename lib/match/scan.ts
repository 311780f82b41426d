/**
 * scanBlock: one block of page text → mentions. One pass over the spelling key: at
 * each word start walk the trie, try the forms ending there longest first, apply the
 * per-form rules (exact case, context words, blockers, "former" before a title, places
 * named after a person) and take the first that survives; then continue after it, so
 * mentions never overlap.
 */
import type { Mention } from './types';
import { FLAG, gateOf, type DictForm, type MatchDictionary, type ReasonEntry } from './dictionary';
import { foldKeyShared, isWordChar, type FoldedText } from './normalize';
import { matchReason } from './reasons';
import { blockLanguages } from './script-lang';
import { bridgePatronymic, givenNames, mayBridge, type GivenNames } from './patronymic';
import { placeRules } from './alias-rules';
import { officeHolder } from './titles';
import { unplacedTitles } from './title-places';
import { privatePersonCue, titleAfter } from './person-cues';
import type { Trie } from './trie';
import type { Crowd } from './crowd';

/** How far (in characters) a context word may be from the alias it confirms. */
const CONTEXT_WINDOW = 60;

export interface ScanTables {
  dict: MatchDictionary;
  /** The dictionary's forms plus the expanded title phrases and national forms; the trie indexes these. */
  forms: DictForm[];
  /** The dictionary's reasons plus those of the national forms (DictForm[5] indexes this). */
  reasons: ReasonEntry[];
  trie: Trie;
  namedBefore: Set<string>;
  namedAfter: Set<string>;
  notCurrent: string[];
  notTitleBefore: Set<string>;
  /** Given names known up front (a page matcher gets them with its slices); else derived from `forms`. */
  givenNames?: GivenNames;
  /** Forms of crowded groups (crowd.ts), by form index: their unlisted bearers as counts. */
  crowds?: Map<number, Crowd>;
}

interface Raw {
  k0: number;
  k1: number;
  kind: 'entity' | 'title';
  targets: number[];
  ambiguous: boolean;
  evidenceOnly: boolean;
  via: 'name' | 'alias' | 'title';
  /** The one bearer whose context words are nearby (still ambiguous: see resolve). */
  preferred?: number;
  /** A title phrase that names no place: kept only where its paragraph names the country. */
  unplaced?: true;
  /** [reason index, grammar index] when every form that matched has a reason (see reasons.ts). */
  reason?: [number, number];
  /** Crowded groups among the forms that matched: bearers beyond `targets` (crowd.ts). */
  crowds?: Crowd[];
}

/** The block's national languages (script-lang.ts), computed on first need: most blocks never ask. */
class BlockLangs {
  private bits = -1;
  constructor(private readonly text: string, private readonly pageLang?: string) {}
  /** Does a form with these flags fire in this block? Ungated forms always do. */
  allows(flags: number): boolean {
    const gate = gateOf(flags);
    if (!gate) return true;
    if (this.bits < 0) this.bits = blockLanguages(this.text, this.pageLang);
    return (this.bits & gate) !== 0;
  }
}

const SPACE = 0x20, COMMA = 0x2c, DOT = 0x2e;

export function scanBlock(text: string, t: ScanTables, date: () => string, pageLang?: string): Mention[] {
  const folded = foldKeyShared(text); // views valid until the next fold: used up before returning
  const langs = new BlockLangs(text, pageLang);
  let raw = scanRange(text, folded, t, 0, folded.key.length, true, langs);
  raw = dropTitlesBeforeNames(text, folded, t, raw, langs);
  raw = keepPlacedTitles(t, raw);
  return raw.map((r) => toMention(text, folded, t, r, date));
}

function scanRange(text: string, folded: FoldedText, t: ScanTables, from: number, to: number, titles: boolean, langs: BlockLangs): Raw[] {
  const { key } = folded;
  const out: Raw[] = [];
  const ends: number[] = [];
  const forms: number[][] = [];
  let p = from;
  while (p < to) {
    if (!isWordChar(key.charCodeAt(p)) || (p > 0 && isWordChar(key.charCodeAt(p - 1)))) { p++; continue; }
    const count = t.trie.walk(key, p, to, ends, forms);
    let taken = -1;
    let found: Raw | null = null;
    for (let i = count - 1; i >= 0 && taken < 0; i--) {
      const r = evaluate(text, folded, t, forms[i]!, p, ends[i]!, titles, langs);
      if (r === 'blocked') taken = ends[i]!;
      else if (r) { found = r; taken = r.k1; }
    }
    if (taken < 0 || found) {
      const longer = withPatronymic(text, folded, t, p, to, titles, found, langs);
      if (longer) { found = longer; taken = longer.k1; }
    }
    if (found) out.push(found);
    if (taken > 0) { p = taken; continue; }
    while (p < to && isWordChar(key.charCodeAt(p))) p++; // not a start of anything: skip the word
  }
  return out;
}

function evaluate(text: string, folded: FoldedText, t: ScanTables, formIdxs: number[], k0: number, k1: number, titles: boolean, langs: BlockLangs): Raw | 'blocked' | null {
  const { dict } = t;
  let targets: number[] = [];
  const confirmed: number[] = []; // targets whose context words were found nearby
  const unconfirmed: number[] = []; // bearers of the same form whose context words were not found
  let blocker = false, title = -1, ambiguous = false, evidenceOnly = true, byName = false, contextOnly = true, nickname = false, unplaced = false;
  let reason: [number, number] | undefined, plain = false;
  let crowds: Crowd[] | undefined;
  for (const f of formIdxs) {
    const [, formTargets, flags, exact, context, formReason, grammar] = t.forms[f]!;
    if (flags & FLAG.caseSensitive && text.slice(folded.start[k0], folded.end[k1 - 1]) !== exact) continue;
    if (!langs.allows(flags)) continue; // a Kazakh case form in an English or Russian block
    const hasContext = context !== undefined && context >= 0;
    if (hasContext && !contextNear(folded, k0, k1, dict.contexts[context]!)) {
      if (!(flags & (FLAG.blocker | FLAG.title))) for (const target of formTargets) if (!unconfirmed.includes(target)) unconfirmed.push(target);
      continue;
    }
    if (flags & FLAG.blocker) { blocker = true; continue; }
    if (flags & FLAG.title) {
      if (titles && !notCurrentBefore(folded.key, k0, t.notCurrent) && !(flags & FLAG.placeLast && possessiveAt(folded.key, k1)) &&
        !t.notTitleBefore.has(wordAfter(folded.key, possessiveAt(folded.key, k1) ? k1 + 2 : k1))) {
        // A phrase that names its place wins over one that does not.
        const named = !unplacedTitles(dict).has(`${formTargets[0]!}\u0000${t.forms[f]![0]}`);
        if (title < 0 || (unplaced && named)) { title = formTargets[0]!; unplaced = !named; }
      }
      continue;
    }
    for (const target of formTargets) if (!targets.includes(target)) targets.push(target);
    const crowd = t.crowds?.get(f);
    if (crowd && !crowds?.some((c) => c.unit === crowd.unit)) (crowds ??= []).push(crowd);
    if (formReason === undefined || formReason < 0) plain = true;
    else reason ??= [formReason, grammar ?? -1];
    if (flags & FLAG.ambiguous) ambiguous = true;
    if (!(flags & FLAG.evidenceOnly)) evidenceOnly = false;
    if (flags & FLAG.nickname) nickname = true;
    if (!(flags & FLAG.alias)) byName = true;
    if (!hasContext) contextOnly = false;
    else for (const target of formTargets) if (!confirmed.includes(target)) confirmed.push(target);
  }
  // GKNB with "Tajikistan" nearby: the context-confirmed bearer is preferred over one without
  // a context rule, but both stay candidates so a country right beside the name
  // ("Kyrgyzstan's GKNB") can still overrule the context window (resolve.ts).
  let preferred: number | undefined;
  if (confirmed.length === 1 && targets.length > 1) { preferred = confirmed[0]; ambiguous = true; contextOnly = false; }
  else if (confirmed.length > 0 && confirmed.length < targets.length) { targets = confirmed; contextOnly = true; }
  if (blocker) return 'blocked';
  // A form shared with a bearer whose context is missing is still shared: let the page decide.
  // (When every target was confirmed by its own context words, a bearer whose context is
  // missing is out: "State Committee for National Security … in Tajikistan".)
  const others = unconfirmed.filter((u) => !targets.includes(u));
  if (targets.length > 0 && others.length > 0 && !contextOnly) { targets = [...targets, ...others]; contextOnly = false; }
  if (targets.length > 0) {
    const ruled = placeRules(text, folded, k0, k1, targets, nickname, (i) => dict.entities[i]!.type);
    if (!ruled) return 'blocked';
    // A crowd's unlisted bearers are persons: they stay exactly when a listed person does.
    const hiddenBefore = hiddenOf(crowds);
    if (crowds && !ruled.some((i) => dict.entities[i]!.type === 'person')) crowds = undefined;
    const hidden = hiddenOf(crowds);
    // A person/place name the neighbouring words settled ("Аркадаг заявил", "port of
    // Turkmenbashi"): the collision that made it ambiguous is decided.
    if (ruled.length + hidden === 1 && targets.length + hiddenBefore > 1) ambiguous = false;
    targets = ruled;
    // A lone candidate whose context words were found is confirmed by that context.
    const unsure = targets.length + hidden > 1 || (ambiguous && !contextOnly);
    if (targets.every((i) => dict.entities[i]!.type === 'person')) {
      if (namedAfterPerson(folded.key, k0, k1, t)) return 'blocked';
      if (unsure && otherFirstName(text, folded.start[k0]!)) return 'blocked';
    }
    return {
      k0, k1, kind: 'entity', targets, ambiguous: unsure, evidenceOnly, via: byName ? 'name' : 'alias',
      ...(preferred !== undefined && unsure ? { preferred } : {}), ...(reason && !plain ? { reason } : {}), ...(crowds ? { crowds } : {}),
    };
  }
  if (title >= 0) return { k0, k1, kind: 'title', targets: [title], ambiguous: false, evidenceOnly: false, via: 'title', ...(unplaced ? { unplaced: true as const } : {}) };
  return null;
}

const hiddenOf = (crowds: Crowd[] | undefined): number => (crowds ?? []).reduce((n, c) => n + c.hidden, 0);

/**
 * The full name read across a patronymic (patronymic.ts), when that is longer than the
 * plain reading at `p`. Only a person's full name from the dictionary bridges.
 */
function withPatronymic(text: string, folded: FoldedText, t: ScanTables, p: number, to: number, titles: boolean, plain: Raw | null, langs: BlockLangs): Raw | null {
  const names = givenNamesOf(t);
  // At every word start: nothing is allocated before this test.
  if (!mayBridge(text, folded, p, to, plain ? plain.k1 : -1, names)) return null;
  const isPerson = (r: Raw | 'blocked' | null): r is Raw => !!r && r !== 'blocked' && r.kind === 'entity' && r.targets.every((i) => t.dict.entities[i]!.type === 'person');
  return bridgePatronymic(text, folded, p, to, isPerson(plain) ? plain : null, plain ? plain.k1 : -1, {
    trie: t.trie,
    names,
    tryForms: (forms, k0, k1) => { const r = evaluate(text, folded, t, forms, k0, k1, titles, langs); return isPerson(r) ? r : null; },
  });
}

const givenNamesByTables = new WeakMap<ScanTables, GivenNames>();

function givenNamesOf(t: ScanTables): GivenNames {
  if (t.givenNames) return t.givenNames;
  let names = givenNamesByTables.get(t);
  if (!names) givenNamesByTables.set(t, names = givenNames(t.forms, (i) => t.dict.entities[i]?.type === 'person'));
  return names;
}

/** "Kazakh President Kassym-Jomart Tokayev": the name says who; the title alone could be dated wrong. */
function dropTitlesBeforeNames(text: string, folded: FoldedText, t: ScanTables, raw: Raw[], langs: BlockLangs): Raw[] {
  const out: Raw[] = [];
  raw.forEach((r, i) => {
    const next = raw[i + 1];
    if (r.kind === 'title' && next && next.kind === 'entity' && onlyGlue(folded.key, r.k1, next.k0) &&
      next.targets.every((e) => t.dict.entities[e]!.type === 'person')) {
      out.push(...scanRange(text, folded, t, r.k0, r.k1, false, langs)); // keep "Kazakhstan" inside it
    } else out.push(r);
  });
  return out;
}

/**
 * "the deputy chairman of the Cabinet of Ministers" names no country: it keeps its
 * holder only when its paragraph (this block) names the office's country — by name, a
 * city or a demonym — and no other country is named nearer to it. Otherwise it is
 * dropped, and its words stay consumed: the "chairman of the Cabinet of Ministers"
 * inside it is not someone else's title.
 */
function keepPlacedTitles(t: ScanTables, raw: Raw[]): Raw[] {
  if (!raw.some((r) => r.unplaced)) return raw;
  const { entities, offices } = t.dict;
  const countryAt = raw.map((r) => {
    if (r.kind !== 'entity') return undefined;
    const cs = new Set(r.targets.map((i) => { const e = entities[i]!; return e.type === 'country' ? e.id : e.type === 'region' ? e.country : undefined; }));
    return cs.size === 1 ? [...cs][0] : undefined;
  });
  return raw.filter((r, i) => {
    if (!r.unplaced) return true;
    const where = offices[r.targets[0]!]![0].split(':')[1];
    let nearest: string | undefined, distance = Infinity;
    countryAt.forEach((c, j) => {
      if (c === undefined) return;
      const d = j < i ? r.k0 - raw[j]!.k1 : raw[j]!.k0 - r.k1;
      if (d < distance || (d === distance && c === where)) { distance = d; nearest = c; }
    });
    return nearest === where;
  });
}

/** "'s" right after a match ("leader of Kazakhstan's opposition"). */
function possessiveAt(key: string, k1: number): boolean {
  return key.charCodeAt(k1) === 0x27 && key.charCodeAt(k1 + 1) === 0x73 && !isWordChar(key.charCodeAt(k1 + 2));
}

function onlyGlue(key: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) { const c = key.charCodeAt(p); if (c !== SPACE && c !== COMMA) return false; }
  return true;
}

function wordBefore(key: string, k0: number): string {
  let p = k0 - 1;
  while (p >= 0 && (key.charCodeAt(p) === SPACE || key.charCodeAt(p) === DOT)) p--;
  const end = p + 1;
  while (p >= 0 && isWordChar(key.charCodeAt(p))) p--;
  return key.slice(p + 1, end);
}

function wordAfter(key: string, k1: number): string {
  let p = k1;
  while (p < key.length && key.charCodeAt(p) === SPACE) p++;
  const start = p;
  while (p < key.length && isWordChar(key.charCodeAt(p))) p++;
  return key.slice(start, p);
}

function namedAfterPerson(key: string, k0: number, k1: number, t: ScanTables): boolean {
  const before = wordBefore(key, k0);
  // «от имени Бердымухамедова» is "on behalf of" him, not a place named after him.
  if (before === 'имени' && wordBefore(key, k0 - before.length - 1) === 'от') return false;
  return t.namedBefore.has(before) || t.namedAfter.has(wordAfter(key, k1));
}

/** Capitalised words that precede a surname without being a first name (titles, sentence openers). */
const NOT_FIRST_NAMES = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'then', 'when', 'while', 'after', 'before', 'since', 'as', 'at', 'in', 'on',
  'for', 'with', 'by', 'from', 'of', 'to', 'if', 'so', 'yet', 'also', 'meanwhile', 'however', 'under', 'both', 'even',
  'mr', 'mrs', 'ms', 'dr', 'president', 'presidents', 'prime', 'minister', 'premier', 'leader', 'chairman', 'speaker',
  'general', 'gen', 'colonel', 'col', 'senator', 'governor', 'mayor', 'ambassador', 'deputy', 'former', 'late', 'acting',
  'elder', 'younger', 'young', 'old', 'said', 'says', 'told', 'asked', 'citizen', 'comrade', 'sir', 'lord', 'lady',
  'и', 'а', 'но', 'или', 'при', 'с', 'со', 'у', 'о', 'об', 'по', 'к', 'в', 'во', 'на', 'за', 'от', 'до', 'из', 'для',
  'как', 'когда', 'после', 'перед', 'также', 'даже', 'это', 'президент', 'премьер', 'глава', 'лидер', 'господин', 'г',
  'председатель', 'министр', 'экс', 'бывший', 'сам', 'сказал', 'заявил', 'товарищ',
]);

/**
 * "Jasur Karimov", "Бахтиёр Каримов": an ambiguous surname right after a capitalised word
 * that is not a title or a sentence opener belongs to a namesake with another first
 * name, not to a bearer in the fact base (whose full names the trie has already tried).
 * Patronymics (Abishevich, Кемелевич, uly, kyzy) and sentence openers are not first names,
 * so "Jasur Karimov" opening a sentence still shows as candidates (never as a confident answer).
 */
function otherFirstName(text: string, start: number): boolean {
  let p = start - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\u00a0')) p--;
  const end = p + 1;
  while (p >= 0 && (/[\p{L}-]/u.test(text[p]!))) p--;
  const word = text.slice(p + 1, end);
  if (word.length < 2 || end === start) return false;
  // A capitalised sentence opener ("Later Japarov said") is not a first name.
  let q = p;
  while (q >= 0 && /\s/.test(text[q]!)) q--;
  if (q < 0 || /[.!?…:;"«“(]/.test(text[q]!)) return false;
  const first = word[0]!;
  if (first === first.toLowerCase() || first !== first.toUpperCase()) return false; // not capitalised
  const lower = word.toLowerCase();
  if (NOT_FIRST_NAMES.has(lower) || NOT_FIRST_NAMES.has(lower.split('-')[0]!)) return false;
  return !/(vich|vna|ovna|evna|uly|kyzy|qizi|ugli|o'g'li|вич|вна|улы|кызы|угли)$/.test(lower);
}

/** English stems match whole words ("ex", "late"); Cyrillic ones match as prefixes (бывш-). */
function notCurrentBefore(key: string, k0: number, stems: string[]): boolean {
  const w = wordBefore(key, k0);
  if (!w) return false;
  return stems.some((s) => (s.charCodeAt(0) < 0x80 ? w === s : w.startsWith(s)));
}

function contextNear(folded: FoldedText, k0: number, k1: number, words: string[]): boolean {
  const { key, start, end } = folded;
  let a = k0;
  while (a > 0 && start[k0]! - start[a - 1]! <= CONTEXT_WINDOW) a--;
  let b = k1;
  while (b < key.length && end[b]! - end[k1 - 1]! <= CONTEXT_WINDOW) b++;
  const around = `${key.slice(a, k0)} \u0000 ${key.slice(k1, b)}`;
  return words.some((w) => {
    for (let at = around.indexOf(w); at >= 0; at = around.indexOf(w, at + 1)) {
      if (at === 0 || !isWordChar(around.charCodeAt(at - 1))) return true; // word start; endings may follow
    }
    return false;
  });
}

function toMention(text: string, folded: FoldedText, t: ScanTables, r: Raw, date: () => string): Mention {
  const { dict } = t;
  const start = folded.start[r.k0]!;
  const end = folded.end[r.k1 - 1]!;
  if (r.kind === 'title') {
    const [office, holders] = dict.offices[r.targets[0]!]!;
    const holder = officeHolder(holders, date());
    const entity = holder === null ? null : dict.entities[holder]!.id;
    return { start, end, text: text.slice(start, end), entity, type: 'person', via: 'title', office };
  }
  const first = dict.entities[r.targets[0]!]!;
  const m: Mention = { start, end, text: text.slice(start, end), entity: r.ambiguous ? null : first.id, type: first.type, via: r.via };
  if (r.ambiguous) {
    m.candidates = r.targets.map((i) => dict.entities[i]!.id);
    if (r.preferred !== undefined) m.preferred = dict.entities[r.preferred]!.id;
    if (r.crowds) m.namesakes = namesakes(dict, r.targets, r.crowds);
  }
  markPersonCues(text, folded, dict, r, m);
  if (r.evidenceOnly) m.evidenceOnly = true;
  const reason = r.reason && matchReason(t.reasons, r.reason[0], r.reason[1]);
  if (reason) m.reason = reason;
  return m;
}

/**
 * Every bearer of a crowded mention as counts: listed and hidden per country. A bearer in
 * two crowds of one key counts twice; that only makes resolve less sure, never wrongly sure.
 */
function namesakes(dict: MatchDictionary, targets: number[], crowds: Crowd[]): NonNullable<Mention['namesakes']> {
  const counts = new Map<string, number>();
  const add = (country: string | undefined, n: number) => { if (country !== undefined) counts.set(country, (counts.get(country) ?? 0) + n); };
  for (const i of targets) add(dict.entities[i]!.country, 1);
  for (const c of crowds) for (const [country, n] of c.countries) add(country, n);
  return {
    count: targets.length + hiddenOf(crowds),
    countries: [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    units: crowds.map((c) => c.unit).sort((a, b) => a - b),
  };
}

/**
 * A bare name of a person: a title word beside it ("President Japarov", "Japarov, the
 * president,") gives resolve() the office kind; an appositive or cue that makes it a
 * private person ("Rahmon, a taxi driver") turns it into a candidate only (person-cues.ts).
 */
function markPersonCues(text: string, folded: FoldedText, dict: MatchDictionary, r: Raw, m: Mention): void {
  if (r.kind !== 'entity' || r.evidenceOnly || !r.targets.every((i) => dict.entities[i]!.type === 'person')) return;
  const key = folded.key;
  const bare = r.via === 'alias' && key.lastIndexOf(' ', r.k1 - 1) < r.k0;
  if (!m.candidates && !bare) return; // a full name says who it is: nothing to read around it
  const kind = bareTitleBefore(key, r.k0) ?? titleAfter(key, r.k1);
  if (kind) { if (m.candidates) m.officeKind = kind; return; }
  const capitalisedAt = (k: number) => { const ch = text[folded.start[k] ?? -1] ?? ''; return ch !== ch.toLowerCase(); };
  if (bare && privatePersonCue(key, r.k1, wordBefore(key, r.k0), capitalisedAt)) {
    m.candidates ??= r.targets.map((i) => dict.entities[i]!.id);
    m.entity = null;
    m.privatePerson = true;
  }
}

/** Bare titles (no country) that may stand right before a surname, by office kind. */
const BARE_TITLES: [RegExp, string][] = [
  [/^(president|президент\p{L}*)$/u, 'president'],
  [/^(premier|премьер\p{L}*)$/u, 'prime-minister'],
];

/** "President Japarov" → 'president'; "Prime Minister Japarov" → 'prime-minister'. */
function bareTitleBefore(key: string, k0: number): string | undefined {
  const word = wordBefore(key, k0);
  if (!word) return undefined;
  if (word === 'minister' || word === 'министр') {
    const before = wordBefore(key, k0 - word.length - 1);
    return before === 'prime' || before === 'премьер' ? 'prime-minister' : undefined;
  }
  for (const [re, kind] of BARE_TITLES) if (re.test(word)) return kind;
  return undefined;
}
