/**
 * Title phrases → offices. Built from the office keys present in the fact base
 * (`president:kazakhstan`), per country, in English and Russian with Russian case
 * forms, never per person: "the president of Kazakhstan", "Kazakhstan's president",
 * "Kazakh President", "the Uzbek leader", "президент Казахстана", "глава Таджикистана",
 * "премьер-министром Узбекистана", "казахстанского президента". The holder is picked
 * by date at scan/resolve time (see `officeHolder`).
 *
 * The dictionary ships the parts (office words, place names, demonyms) as spelling
 * keys, not the cross product: expanding in the content script (`expandTitles`, <1 ms)
 * cut the JSON sent to every page by a third (bundled pack, 2026-11: 105 kB → 69 kB).
 */
import type { Entity } from '../factbase/schema';
import { CASES, declineByCase } from './inflect';
import { keyOf } from './normalize';
import { encodeKeys, type OfficeHolder, type TitleGrammar, type TitlePlace } from './dictionary';
import { namesPlace, placeWords, type PlaceWords } from './title-places';

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

/** The cross product of a grammar: every title phrase, with its office index (and whether it ends with the place). */
export function expandTitles(places: TitlePlace[], grammars: TitleGrammar[]): [text: string, office: number, placeLast?: true][] {
  const out: [string, number, true?][] = [];
  for (const [office, p, enWords, ruWords, phrases, unplaced] of grammars) {
    for (const t of phrases) out.push([t, office]);
    for (const t of unplaced ?? []) out.push([t, office]); // scan.ts keeps these only beside their country
    const place = places[p];
    if (!place) continue;
    const [en, demonyms, genitives, adjectives] = place;
    for (const w of enWords) {
      for (const c of en) {
        // "president of Kazakhstan" ends with the place: "… of Kazakhstan's Senate" is someone else.
        out.push([`${w} of ${c}`, office, true], [`${c}'s ${w}`, office], [`${c} ${w}`, office]);
        if (/^republic /i.test(c)) out.push([`${w} of the ${c}`, office, true]);
      }
      for (const d of demonyms) out.push([`${d} ${w}`, office]);
    }
    for (const byCase of ruWords) {
      // Adjective + noun agree in case; only masculine heads (президент, лидер), not "глава".
      const masculine = !/[ая]$/.test(byCase[0]![0]!.split(' ')[0]!);
      CASES.forEach((_, c) => {
        for (const form of byCase[c]!) {
          for (const g of genitives) out.push([`${form} ${g}`, office]);
          if (masculine) for (const a of adjectives[c]!) out.push([`${a} ${form}`, office]);
        }
      });
    }
  }
  return out;
}

const pad = (date: string, high: boolean) =>
  date === '' ? (high ? '9999-12-31' : '0000-01-01') : date + (high ? '-12-31' : '-01-01').slice(date.length - 4);

/** The holder of an office on `date` (ISO); the latest to take office wins on a hand-over day. */
export function officeHolder(holders: OfficeHolder[], date: string): number | null {
  let best: number | null = null;
  let bestFrom = '';
  for (const [entity, from, to] of holders) {
    const f = pad(from, false);
    if (f <= date && date <= pad(to, true) && (best === null || f >= bestFrom)) { best = entity; bestFrom = f; }
  }
  return best;
}

/**
 * Everyone who held an office at some point of [from, to] (ISO days), the one who took
 * office latest first: on a hand-over day, or on a page dated only "2023-01" in a month
 * the office changed hands, the card names them all.
 */
export function officeHoldersDuring(holders: OfficeHolder[], from: string, to: string): number[] {
  const during = holders.filter(([, f, t]) => pad(f, false) <= to && from <= pad(t, true));
  during.sort((a, b) => (pad(a[1], false) < pad(b[1], false) ? 1 : pad(a[1], false) > pad(b[1], false) ? -1 : 0));
  return [...new Set(during.map(([entity]) => entity))];
}

/**
 * Holders whose term may begin or end inside [from, to]: the office changed hands then.
 * A partial term date ("2024-02") counts when any day of it falls inside the span.
 * Holders serving side by side through the whole span (two deputies) are not changes.
 */
export function officeChangesDuring(holders: OfficeHolder[], from: string, to: string): Set<number> {
  const inside = (date: string) => date !== '' && pad(date, false) <= to && from <= pad(date, true);
  return new Set(holders.filter(([, f, t]) => inside(f) || inside(t)).map(([entity]) => entity));
}
