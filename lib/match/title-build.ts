/**
 * Title phrases → offices, the compile-time half (the background builds these parts into
 * the dictionary; titles.ts expands them in the page). See titles.ts for what a title is.
 */
import type { Entity } from '../factbase/schema';
import { declineByCase } from './inflect';
import { keyOf } from './normalize';
import { encodeKeys, type OfficeHolder, type TitleGrammar, type TitlePlace } from './dictionary';
import { namesPlace, placeWords, type PlaceWords } from './title-place-words';

/** Office kinds with known wordings; any other kind reads its key ("foreign-minister" → "foreign minister"). */
const OFFICE_WORDS: Record<string, { en: string[]; ru: string[] }> = {
  president: { en: ['president', 'leader'], ru: ['президент', 'глава', 'лидер'] },
  'prime-minister': { en: ['prime minister', 'premier'], ru: ['премьер-министр', 'премьер', 'глава правительства'] },
  'foreign-minister': { en: ['foreign minister', 'minister of foreign affairs'], ru: ['министр иностранных дел', 'глава МИД'] },
  'head-of-state': { en: ['head of state'], ru: ['глава государства'] },
};

export interface TitleTable {
  offices: [office: string, holders: OfficeHolder[]][];
  places: TitlePlace[];
  grammars: TitleGrammar[];
}

const LATIN = /^[\p{Script=Latin}\s'’-]+$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** English adjectives from a country name: Kazakhstan → Kazakh, Kazakhstani; Uzbekistan → Uzbek. */
export function englishDemonyms(name: string): string[] {
  const m = /^(.+?)(i?stan)$/i.exec(name);
  return m ? [m[1]!, `${name}i`] : [];
}

/** Russian adjective stems (before -ий): Казахстан → казахстанск, казахск; Киргизия → киргизск. */
export function russianAdjectiveStems(name: string): string[] {
  const lower = name.toLowerCase();
  const stan = /^(.+?)(и?стан)$/.exec(lower);
  if (stan) return [`${lower}ск`, `${stan[1]}ск`];
  const ia = /^(.+)ия$/.exec(lower);
  return ia ? [`${ia[1]}ск`] : [];
}

export function buildTitles(entities: Entity[], indexOf: Map<string, number>): TitleTable {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const officeIndex = new Map<string, number>();
  const placeIndex = new Map<string, number>();
  const table: TitleTable = { offices: [], places: [], grammars: [] };
  const wordsOf = new Map<string, PlaceWords>();

  for (const entity of entities) {
    for (const role of entity.roles) {
      if (!role.office) continue;
      let idx = officeIndex.get(role.office);
      if (idx === undefined) {
        idx = table.offices.length;
        officeIndex.set(role.office, idx);
        table.offices.push([role.office, []]);
        const [kind, where] = role.office.split(':') as [string, string];
        const place = byId.get(where);
        let p = -1;
        if (place) {
          p = placeIndex.get(where) ?? -1;
          if (p < 0) { p = table.places.length; placeIndex.set(where, p); table.places.push(placeParts(place)); }
        }
        const words = OFFICE_WORDS[kind] ?? { en: [kind.replace(/-/g, ' ')], ru: [] };
        table.grammars.push([idx, p, words.en, words.ru.map(personCases), []]);
      }
      table.offices[idx]![1].push([indexOf.get(entity.id)!, role.from ?? '', role.to ?? '']);
      // The role's own wording ("Chairman of the Halk Maslahaty") names the office too;
      // a wording that names no place ("Deputy Chairman of the Cabinet of Ministers")
      // goes apart: only a paragraph that names the country may give it a holder.
      const grammar = table.grammars.find((g) => g[0] === idx)!;
      const where = role.office.split(':')[1] ?? '';
      let words = wordsOf.get(where);
      if (!words) { words = placeWords(entities, where, englishDemonyms, russianAdjectiveStems); wordsOf.set(where, words); }
      const own = [role.title, ...(role.titleRu ? personCases(role.titleRu).flat() : [])];
      for (const t of own) {
        const list = namesPlace(keyOf(t), words.names) ? grammar[4] : (grammar[5] ??= []);
        if (!list.includes(t)) list.push(t);
      }
    }
  }
  for (const [where, p] of placeIndex) {
    const place = table.places[p]!;
    place[4] = encodeKeys(wordsOf.get(where)?.demonyms ?? []);
  }
  return table;
}

/** Case forms of an office noun phrase; office holders are persons, so accusative = genitive. */
function personCases(phrase: string): string[][] {
  const byCase = declineByCase(phrase, { type: 'organization' });
  byCase[3] = byCase[1]!;
  return byCase;
}

function placeParts(place: Entity): TitlePlace {
  const aliases = place.aliases.filter((a) => !a.caseSensitive && !a.ambiguous && !a.context && a.standalone !== false);
  const en = [place.names.en ?? '', ...aliases.filter((a) => (a.lang ?? 'en') === 'en' && LATIN.test(a.text)).map((a) => a.text)].filter(Boolean);
  const ru = [place.names.ru ?? '', ...aliases.filter((a) => (a.lang ?? 'ru') === 'ru' && CYRILLIC.test(a.text)).map((a) => a.text)].filter(Boolean);
  const genitives = [...new Set(ru.flatMap((c) => declineByCase(c, { type: place.type })[1]!))];
  const stems = [...new Set(ru.flatMap(russianAdjectiveStems))];
  const adjectives = ADJ_CASES.map((ending) => stems.map((stem) => stem + ending));
  return [en, englishDemonyms(place.names.en ?? ''), genitives, adjectives];
}

/** Masculine adjective endings by case; accusative = genitive (office holders are persons). */
const ADJ_CASES = ['ий', 'ого', 'ому', 'ого', 'им', 'ом'];

/**
 * The same table with every part turned into its spelling key, as the dictionary
 * ships it: the content script then only concatenates (keying ~1,800 phrases per
 * page load cost 5–25 ms cold). Concatenating keys equals keying the concatenation
 * because no spelling rule crosses a space (checked in titles.test.ts).
 */
export function keyTitleTable(table: TitleTable): TitleTable {
  const k = (list: string[]) => list.map(keyOf);
  return {
    offices: table.offices,
    // Demonym evidence (place[4]) is keyed and front-coded already.
    places: table.places.map(([en, demonyms, genitives, adjectives, evidence]) => [k(en), k(demonyms), k(genitives), adjectives.map(k), ...(evidence !== undefined ? [evidence] : [])] as TitlePlace),
    grammars: table.grammars.map(([office, place, en, ru, phrases, unplaced]) =>
      [office, place, k(en), ru.map((byCase) => byCase.map(k)), k(phrases), ...(unplaced ? [k(unplaced)] : [])] as TitleGrammar),
  };
}
