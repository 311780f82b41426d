/**
 * Which title phrases name their place (`namesPlace`), and the words naming each place
 * (`placeWords`): the compile-time half of title-places.ts (see there for why), apart so
 * that the content script never loads the declension it needs (inflect.ts, petrovich).
 */
import type { Entity } from '../factbase/schema';
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
 * `russianAdjectiveStems` come from title-build.ts (passed in to keep the import one-way).
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
