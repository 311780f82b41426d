/**
 * Synthetic fact bases for `npm run bench`: persons with English and Russian names and a
 * few aliases, and some organisations, made up from syllables. Entity `i` depends on `i`
 * alone (its own seed), so the 10,000-entity base is the first 10,000 of the 50,000 one
 * and the bench pages can name entities every synthetic base holds. Never part of a pack.
 */
import { readFileSync } from 'node:fs';
import { validatePack, type Entity, type FactPack } from '../lib/factbase/schema';
import { rng } from './fixtures/seeded-random';
export { rng };

// Parallel syllables: the Russian name is the English one's transliteration.
const LAT = ['ka', 'ras', 'bek', 'mur', 'tal', 'dos', 'zhan', 'sul', 'nur', 'ali', 'mir', 'gul', 'sha', 'tem', 'kul', 'bai', 'ay', 'dar', 'er', 'bol', 'sa', 'to', 'ku', 'ma', 'bu', 'lat', 'ri', 'zha', 'ish', 'dil'];
const CYR = ['ка', 'рас', 'бек', 'мур', 'тал', 'дос', 'жан', 'сул', 'нур', 'али', 'мир', 'гуль', 'ша', 'тем', 'куль', 'бай', 'ай', 'дар', 'ер', 'бол', 'са', 'то', 'ку', 'ма', 'бу', 'лат', 'ри', 'жа', 'иш', 'диль'];

/** The bundled pack's entities (assets/packs/central-asia.json), validated: what the synthetic ones are added to. */
export function bundledEntities(): Entity[] {
  const checked = validatePack(JSON.parse(readFileSync(new URL('../assets/packs/central-asia.json', import.meta.url), 'utf8')));
  if (!checked.ok) throw new Error(`bundled pack invalid: ${checked.errors[0]}`);
  return checked.pack.entities;
}

export interface SyntheticName {
  id: string;
  type: 'person' | 'organization';
  en: string;
  ru: string;
  /** Russian surname (persons) or name (organisations), nominative. */
  ruSurname: string;
  enSurname: string;
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** The names of synthetic entity `i`: every tenth an organisation, the rest persons (men). */
export function syntheticName(i: number): SyntheticName {
  const r = rng(0x5eed ^ Math.imul(i + 1, 0x9e3779b1));
  const word = (n: number): [string, string] => {
    let en = '', ru = '';
    for (let k = 0; k < n; k++) {
      const s = Math.floor(r() * LAT.length);
      en += LAT[s];
      ru += CYR[s];
    }
    return [en, ru];
  };
  const [fEn, fRu] = word(2 + Math.floor(r() * 2));
  const [lEn, lRu] = word(2 + Math.floor(r() * 2));
  if (i % 10 === 9) {
    const en = `${cap(fEn)}${lEn} Holding`;
    return { id: `bench-org-${i}`, type: 'organization', en, ru: `Холдинг ${cap(fRu)}${lRu}`, enSurname: en, ruSurname: `${cap(fRu)}${lRu}` };
  }
  const enSurname = `${cap(lEn)}ov`, ruSurname = `${cap(lRu)}ов`;
  return { id: `bench-person-${i}`, type: 'person', en: `${cap(fEn)} ${enSurname}`, ru: `${cap(fRu)} ${ruSurname}`, enSurname, ruSurname };
}

export function syntheticEntity(i: number): Entity {
  const n = syntheticName(i);
  if (n.type === 'organization') {
    return { id: n.id, type: 'organization', names: { en: n.en, ru: n.ru }, aliases: [{ text: n.ruSurname, lang: 'ru' }], roles: [], facts: [], related: [], checked: '2026-11-22' };
  }
  // Surname aliases repeat across thousands of persons, as real surnames do: ambiguity is part of the load.
  return {
    id: n.id, type: 'person', gender: 'm', names: { en: n.en, ru: n.ru },
    aliases: [{ text: n.enSurname }, { text: n.enSurname.replace(/ov$/, 'ev') }, { text: n.ruSurname, lang: 'ru' }],
    roles: [], facts: [], related: [], checked: '2026-11-22',
  };
}

export function syntheticEntities(count: number): Entity[] {
  return Array.from({ length: count }, (_, i) => syntheticEntity(i));
}

/** A Silk Lens pack of `count` synthetic entities, the file a user would import. */
export function syntheticPack(count: number): FactPack {
  return {
    format: 'silklens-pack/1', id: `bench-${count}`, title: `Bench: ${count} synthetic entities`, publisher: 'Silk Lens bench',
    version: '2026.12.03', published: '2026-12-03', sources: [], entities: syntheticEntities(count),
  };
}
