/**
 * Title phrases → offices. Built from the office keys present in the fact base
 * (`president:kazakhstan`), per country, in English and Russian with Russian case
 * forms, never per person: "the president of Kazakhstan", "Kazakhstan's president",
 * "Kazakh President", "the Uzbek leader", "президент Казахстана", "глава Таджикистана",
 * "премьер-министром Узбекистана", "казахстанского президента". The holder is picked
 * by date at scan/resolve time (see `officeHolder`).
 */
import type { Entity } from '../factbase/schema';
import { CASES, declineByCase } from './inflect';
import type { OfficeHolder } from './dictionary';

/** Office kinds with known wordings; any other kind reads its key ("foreign-minister" → "foreign minister"). */
const OFFICE_WORDS: Record<string, { en: string[]; ru: string[] }> = {
  president: { en: ['president', 'leader'], ru: ['президент', 'глава', 'лидер'] },
  'prime-minister': { en: ['prime minister', 'premier'], ru: ['премьер-министр', 'премьер', 'глава правительства'] },
  'foreign-minister': { en: ['foreign minister', 'minister of foreign affairs'], ru: ['министр иностранных дел', 'глава МИД'] },
  'head-of-state': { en: ['head of state'], ru: ['глава государства'] },
};

export interface TitleTable {
  offices: [office: string, holders: OfficeHolder[]][];
  /** Surface text of a title phrase → office index. */
  forms: [text: string, office: number][];
}

const LATIN = /^[\p{Script=Latin}\s'’-]+$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** English adjectives from a country name: Kazakhstan → Kazakh, Kazakhstani; Uzbekistan → Uzbek. */
export function englishDemonyms(name: string): string[] {
  const m = /^(.+?)(i?stan)$/i.exec(name);
  return m ? [m[1]!, `${name}i`] : [];
}

/** Russian masculine adjectives: Казахстан → казахстанский, казахский. */
export function russianAdjectives(name: string): string[] {
  const lower = name.toLowerCase();
  const m = /^(.+?)(и?стан)$/.exec(lower);
  return m ? [`${lower}ский`, `${m[1]}ский`] : [];
}

const ADJ_CASES = ['ий', 'ого', 'ому', 'ого', 'им', 'ом'];

export function buildTitles(entities: Entity[], indexOf: Map<string, number>): TitleTable {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const officeIndex = new Map<string, number>();
  const table: TitleTable = { offices: [], forms: [] };
  const add = (text: string, office: number) => table.forms.push([text, office]);

  for (const entity of entities) {
    for (const role of entity.roles) {
      if (!role.office) continue;
      let idx = officeIndex.get(role.office);
      if (idx === undefined) {
        idx = table.offices.length;
        officeIndex.set(role.office, idx);
        table.offices.push([role.office, []]);
        const [kind, where] = role.office.split(':') as [string, string];
        for (const text of officePhrases(kind, byId.get(where))) add(text, idx);
      }
      table.offices[idx]![1].push([indexOf.get(entity.id)!, role.from ?? '', role.to ?? '']);
      // The role's own wording ("Chairman of the Halk Maslahaty") names the office too.
      add(role.title, idx);
      if (role.titleRu) for (const forms of declineByCase(role.titleRu, { type: 'organization' })) forms.forEach((f) => add(f, idx));
    }
  }
  return table;
}

function officePhrases(kind: string, place: Entity | undefined): string[] {
  const words = OFFICE_WORDS[kind] ?? { en: [kind.replace(/-/g, ' ')], ru: [] };
  const enName = place?.names.en;
  if (!place || !enName) return [];
  const usable = [enName, ...place.aliases.filter((a) => !a.caseSensitive && !a.ambiguous && !a.context && a.standalone !== false).map((a) => a.text)];
  const en = usable.filter((t) => LATIN.test(t));
  const ru = [place.names.ru, ...usable.filter((t) => CYRILLIC.test(t))].filter((t): t is string => !!t);
  const out: string[] = [];
  for (const w of words.en) {
    for (const c of en) out.push(`${w} of ${c}`, `${w} of the ${c}`, `${c}'s ${w}`, `${c} ${w}`);
    for (const d of englishDemonyms(enName)) out.push(`${d} ${w}`);
  }
  const genitives = [...new Set(ru.flatMap((c) => declineByCase(c, { type: place.type })[1]!))];
  const adjectives = place.names.ru ? russianAdjectives(place.names.ru) : [];
  for (const w of words.ru) {
    const byCase = declineByCase(w, { type: 'organization' });
    // Office nouns are persons: accusative = genitive (президента Казахстана).
    byCase[3] = byCase[1]!;
    CASES.forEach((_, c) => {
      for (const form of byCase[c]!) {
        for (const g of genitives) out.push(`${form} ${g}`);
        // Adjective + noun agree in case; only for masculine nouns (президент, лидер, премьер).
        if (!/[ая]$/.test(w.split(' ')[0]!)) for (const a of adjectives) out.push(`${a.slice(0, -2)}${ADJ_CASES[c]} ${form}`);
      }
    });
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
