/**
 * Which title phrases name their place, and the words that say which country a
 * paragraph is about.
 *
 * A role's own wording is a title phrase (see titles.ts). "Chairman of the Senate of
 * Kazakhstan" names its country; "Deputy Chairman of the Cabinet of Ministers" does not:
 * every country of the region has one, so on a Kyrgyz page that phrase must not open
 * Turkmenistan's holder (issue 11). A phrase names its place when it contains the
 * place's name (any case form, demonym or adjective) or the name of something that only
 * that country has in the fact base (Dushanbe, the Halk Maslahaty); a name several
 * countries share ("State Committee for National Security") does not place it.
 * Unplaced phrases ship apart (`TitleGrammar[5]`) and the scan keeps them only where
 * their paragraph names the country (`keepPlacedTitles` in scan.ts).
 *
 * Demonyms and adjectives ("Kyrgyz", «кыргызские», «таджикского») never open a card
 * (traps.ts), but they tell which country a paragraph is about: they become
 * evidence-only forms of the country (`demonymForms`), like a `standalone: false` alias.
 */
import type { Entity } from '../factbase/schema';
import { decodeKeys, FLAG, type DictForm, type MatchDictionary } from './dictionary';
import { declineByCase } from './inflect';
import { isWordChar, keyOf } from './normalize';

/** Russian adjective endings of every gender, number and case (-ий/-ый/-ой stems). */
const ADJECTIVE_ENDINGS = ['ий', 'ый', 'ого', 'ому', 'им', 'ом', 'ая', 'ой', 'ую', 'ое', 'ые', 'ие', 'ых', 'их', 'ым', 'ыми', 'ими'];

/** A name may take a case ending inside a title ("Кабинета министров Туркменистана"). */
const MAX_ENDING = 4;

export interface PlaceWords {
  /** Keys that name the place in a title phrase. */
  names: string[];
  /** Keyed demonym and adjective forms: evidence of the country, never a mention. */
  demonyms: string[];
}

/**
 * Words naming each place of an office, keyed. `englishDemonyms` and
 * `russianAdjectiveStems` come from titles.ts (passed in to keep the import one-way).
 */
export function placeWords(
  entities: Entity[],
  where: string,
  englishDemonyms: (name: string) => string[],
  russianAdjectiveStems: (name: string) => string[],
): PlaceWords {
  const place = entities.find((e) => e.id === where);
  if (!place) return { names: [], demonyms: [] };
  const own = [...Object.values(place.names), ...place.aliases.filter((a) => !a.ambiguous && !a.context).map((a) => a.text)];
  const cases = own.flatMap((n) => (/\p{Script=Cyrillic}/u.test(n) ? declineByCase(n, { type: place.type }).flat() : [n]));
  // One-word stems only: "Республика Казахстан" makes no adjective.
  const stems = [...new Set(own.flatMap(russianAdjectiveStems))].filter((st) => !st.includes(' '));
  const english = englishDemonyms(place.names.en ?? '');
  const demonyms = [...english, ...stems.flatMap((s) => ADJECTIVE_ENDINGS.map((e) => s + e))];
  // Names only this country has in the fact base: its cities, its own institutions.
  const countryOf = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.type === 'person') continue;
    const c = e.type === 'country' ? e.id : (e.country ?? '');
    for (const n of [...Object.values(e.names), ...e.aliases.filter((a) => !a.context).map((a) => a.text)]) {
      const k = keyOf(n);
      countryOf.set(k, (countryOf.get(k) ?? new Set()).add(c));
    }
  }
  const only = [...countryOf].filter(([, cs]) => cs.size === 1 && cs.has(where)).map(([k]) => k);
  const names = [...new Set([...cases, ...english, ...stems].map(keyOf).concat(only))].filter((k) => k.length >= 2);
  return { names, demonyms: [...new Set(demonyms.map(keyOf))].filter(Boolean) };
}

/** Whether a keyed phrase contains one of the keyed names at a word start (a short ending may follow). */
export function namesPlace(phraseKey: string, names: string[]): boolean {
  for (const n of names) {
    for (let at = phraseKey.indexOf(n); at >= 0; at = phraseKey.indexOf(n, at + 1)) {
      if (at > 0 && isWordChar(phraseKey.charCodeAt(at - 1))) continue;
      let end = at + n.length;
      const limit = n.length >= 3 ? MAX_ENDING : 0;
      let extra = 0;
      while (end < phraseKey.length && isWordChar(phraseKey.charCodeAt(end)) && extra <= limit) { end++; extra++; }
      if (extra <= limit) return true;
    }
  }
  return false;
}

const unplacedCache = new WeakMap<object, { grammars: number; set: Set<string> }>();

/**
 * `${office}\u0000${key}` of every unplaced title phrase; built once per dictionary, and
 * again when a page matcher's dictionary gained grammars (slice-matcher.ts only appends).
 */
export function unplacedTitles(dict: Pick<MatchDictionary, 'titleGrammars'>): Set<string> {
  let cached = unplacedCache.get(dict);
  if (!cached || cached.grammars !== dict.titleGrammars.length) {
    const set = new Set<string>();
    for (const g of dict.titleGrammars) for (const k of g[5] ?? []) set.add(`${g[0]}\u0000${k}`);
    unplacedCache.set(dict, cached = { grammars: dict.titleGrammars.length, set });
  }
  return cached.set;
}

/**
 * Evidence-only forms of each country from its demonyms ("Kyrgyz", «таджикского»):
 * they tell resolve() and the unplaced-title rule which country a paragraph is about.
 * Keys the dictionary already has are left alone (an alias keeps its own meaning).
 */
export function demonymForms(dict: Pick<MatchDictionary, 'entities' | 'offices' | 'titlePlaces' | 'titleGrammars'>, existing: Set<string>): DictForm[] {
  const index = new Map(dict.entities.map((e, i) => [e.id, i]));
  const out: DictForm[] = [];
  const done = new Set<number>();
  for (const g of dict.titleGrammars) {
    const place = dict.titlePlaces[g[1]];
    const where = dict.offices[g[0]]?.[0].split(':')[1];
    const country = where === undefined ? undefined : index.get(where);
    if (!place || country === undefined || dict.entities[country]!.type !== 'country' || done.has(g[1])) continue;
    done.add(g[1]);
    for (const key of place[4] ? decodeKeys(place[4]) : []) {
      if (existing.has(key)) continue;
      existing.add(key);
      out.push([key, [country], FLAG.alias | FLAG.evidenceOnly]);
    }
  }
  return out;
}
