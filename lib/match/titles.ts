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
 *
 * This file is the scan-time half, bundled into the content script: expanding the parts
 * and picking holders. Building the parts from the fact base (Russian case forms through
 * petrovich) is compile-time only: title-build.ts, which no page loads.
 */
import { CASES } from './cases';
import { FLAG, type DictForm, type OfficeHolder, type TitleGrammar, type TitlePlace } from './dictionary';

/** Every title phrase of these grammars as a dictionary form, as every matcher adds them. */
export function titleForms(places: TitlePlace[], grammars: TitleGrammar[]): DictForm[] {
  return expandTitles(places, grammars).map(([key, office, placeLast]): DictForm => [key, [office], placeLast ? FLAG.title | FLAG.placeLast : FLAG.title]);
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
