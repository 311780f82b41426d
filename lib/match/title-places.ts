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
 *
 * This file is the scan-time half (the content script): unplaced phrases and demonym
 * evidence read from the dictionary. Deciding which phrases name their place is
 * compile-time: title-place-words.ts.
 */
import { decodeKeys, FLAG, type DictForm, type MatchDictionary } from './dictionary';

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

/** One demonym key as an evidence-only form of its country (never shown, like a `standalone: false` alias). */
export const demonymForm = (key: string, country: number): DictForm => [key, [country], FLAG.alias | FLAG.evidenceOnly];

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
      out.push(demonymForm(key, country));
    }
  }
  return out;
}
