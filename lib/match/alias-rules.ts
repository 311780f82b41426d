/**
 * Per-alias rules read from the words right around a match (spelling keys), for names
 * that are shared between a place and something else:
 *
 * - A sports club or team named after a place ("FC Astana", «ФК «Астана»», "Astana
 *   Qazaqstan Team", "Ordabasy FC") is not the place: a club word right before the name,
 *   or right after it (one more capitalised name word may come between), voids the place.
 * - A nickname or other name shared by a person and a place (Turkmenbashi: Niyazov and the
 *   port city; Arkadag: Gurbanguly Berdimuhamedov and the city) is the place after a
 *   locative word ("in", "port of", «в», «город») or before a place word ("… port"), and
 *   the person before a speech or command verb ("said", «заявил») or after a personal
 *   title; otherwise both stay candidates. A person's nickname with no place of that name
 *   in the fact base is voided by the locative words that never precede a person ("in",
 *   "port of"), not by "to"/"from" ("a letter from Elbasy").
 */
import type { EntityType } from '../factbase/schema';
import { isWordChar, keyOf, type FoldedText } from './normalize';

const keys = (words: string[]) => new Set(words.map(keyOf));

/** Russian nouns are listed in the cases they take after a club's name is announced. */
const CLUB_BEFORE = keys([
  'fc', 'pfc', 'afc', 'hc', 'bc', 'vc', 'club', 'team', 'фк', 'пфк', 'хк', 'бк', 'вк',
  'клуб', 'клуба', 'клубу', 'клубом', 'клубе', 'команда', 'команды', 'команде', 'команду', 'командой',
  'велокоманда', 'велокоманды', 'велокоманде', 'велокоманду', 'велокомандой', 'футболисты', 'футболистов',
]);
const CLUB_AFTER = keys(['fc', 'team', 'club', 'united', 'фк']);

/** "in X", «в X»: a place whether or not the fact base knows one by that name. */
const LOCATIVE_BEFORE = keys(['in', 'at', 'near', 'into', 'outside', 'в', 'во', 'под', 'около', 'возле', 'близ', 'г']);
/** "to X", "from X", «из X»: a place when one shares the name, but a person too ("a letter from Elbasy"). */
const DIRECTION_BEFORE = keys(['to', 'from', 'via', 'из', 'до']);
/** "port of X", "city of X": the noun before "of". */
const PLACE_NOUNS = keys(['port', 'seaport', 'city', 'town', 'region', 'province', 'district', 'harbour', 'harbor']);
const PLACE_BEFORE = keys([
  'порт', 'порта', 'порту', 'портом', 'порте', 'город', 'города', 'городу', 'городом', 'городе',
  'морпорт', 'морпорта', 'морпорту', 'морпорте',
]);
const PLACE_AFTER = keys(['port', 'seaport', 'city', 'refinery', 'airport', 'bay', 'district', 'harbour', 'harbor']);

const PERSON_AFTER = keys([
  'said', 'says', 'ordered', 'orders', 'told', 'announced', 'declared', 'decreed', 'signed', 'wrote', 'warned', 'promised',
  'visited', 'praised', 'insisted', 'claimed', 'urged', 'himself', 'herself', 'personally',
  'заявил', 'заявила', 'сказал', 'сказала', 'приказал', 'приказала', 'подписал', 'подписала', 'распорядился', 'объявил',
  'отметил', 'отметила', 'поручил', 'поручила', 'посетил', 'посетила', 'потребовал', 'призвал', 'выступил', 'лично', 'сам', 'сама',
]);
const PERSON_BEFORE = keys(['president', 'leader', 'mr', 'late', 'президент', 'лидер', 'покойный']);

/** Quotes and dots between a club word and the name («ФК «Астана»», "F.C. Astana"). */
const SKIP = new Set([0x20, 0x2e, 0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x27]);

function wordBefore(key: string, k0: number): [word: string, start: number] {
  let p = k0 - 1;
  while (p >= 0 && SKIP.has(key.charCodeAt(p))) p--;
  const end = p + 1;
  while (p >= 0 && isWordChar(key.charCodeAt(p))) p--;
  let word = key.slice(p + 1, end);
  // Dotted abbreviations read as one word: "F.C." → "fc".
  while (word.length <= 3 && p >= 1 && key.charCodeAt(p) === 0x2e && isWordChar(key.charCodeAt(p - 1)) && !isWordChar(key.charCodeAt(p - 2))) {
    word = key[p - 1]! + word;
    p -= 2;
  }
  return [word, p + 1];
}

function wordAfter(key: string, k1: number): [word: string, end: number] {
  let p = k1;
  while (p < key.length && SKIP.has(key.charCodeAt(p))) p++;
  const start = p;
  while (p < key.length && isWordChar(key.charCodeAt(p))) p++;
  return [key.slice(start, p), p];
}

/**
 * A club or team word right before the name, or right after it; after it, one more word
 * may come between when it is capitalised in the page text (part of the team's name:
 * "Astana Qazaqstan Team"), not when it is an ordinary word ("Kazakhstan national team").
 */
export function clubAround(key: string, k0: number, k1: number, capitalisedAt: (k: number) => boolean): boolean {
  if (CLUB_BEFORE.has(wordBefore(key, k0)[0])) return true;
  const [next, nextEnd] = wordAfter(key, k1);
  if (CLUB_AFTER.has(next)) return true;
  if (!next || !capitalisedAt(nextEnd - next.length)) return false;
  return CLUB_AFTER.has(wordAfter(key, nextEnd)[0]);
}

/**
 * Which reading the words around a name shared by a person and a place point to:
 * 'place' (in, port of, «в», «город», "… port"), 'toward' (to, from, «из»: a place only
 * if the fact base has one by that name), 'person' (said, «заявил», President …) or null.
 */
export function placeOrPerson(key: string, k0: number, k1: number): 'place' | 'toward' | 'person' | null {
  const [before, beforeStart] = wordBefore(key, k0);
  const [after] = wordAfter(key, k1);
  if (LOCATIVE_BEFORE.has(before) || PLACE_BEFORE.has(before) || PLACE_AFTER.has(after)) return 'place';
  if (before === 'of' && PLACE_NOUNS.has(wordBefore(key, beforeStart)[0])) return 'place';
  if (DIRECTION_BEFORE.has(before)) return 'toward';
  if (PERSON_AFTER.has(after) || PERSON_BEFORE.has(before)) return 'person';
  return null;
}

/**
 * The rules above applied to one match's targets (entity indexes): a club named after a
 * place is not the place; a person/place name takes the reading its neighbour words point
 * to. Returns the targets left, or null when none is (the mention is void).
 */
export function placeRules(text: string, folded: FoldedText, k0: number, k1: number, targets: number[], nickname: boolean, typeOf: (i: number) => EntityType): number[] | null {
  const isPlace = (i: number) => { const type = typeOf(i); return type === 'region' || type === 'country'; };
  let places = 0, persons = 0;
  for (const i of targets) {
    if (isPlace(i)) places++;
    else if (typeOf(i) === 'person') persons++;
  }
  if (places === 0 && !nickname) return targets; // the common case: nothing to decide
  const { key } = folded;
  if (places > 0 && clubAround(key, k0, k1, (k) => isCapital(text.charCodeAt(folded.start[k]!)))) {
    const rest = targets.filter((i) => !isPlace(i));
    return rest.length > 0 ? rest : null;
  }
  if (persons === 0) return targets;
  // "at Elbasy's request", "in Turkmenbashi's time": after a possessive the word before says
  // nothing about the name itself; a nickname no place shares stays the person's, a shared one
  // stays undecided.
  if (key.charCodeAt(k1) === 0x27 && key.charCodeAt(k1 + 1) === 0x73 && !isWordChar(key.charCodeAt(k1 + 2))) return targets;
  const reading = placeOrPerson(key, k0, k1);
  if (reading === 'place' || (reading === 'toward' && places > 0)) return places > 0 ? targets.filter(isPlace) : null;
  if (reading === 'person' && places > 0) return targets.filter((i) => typeOf(i) === 'person');
  return targets;
}

/** Is this code unit a capital letter (fast paths for Latin and Cyrillic)? */
export function isCapital(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (code >= 0x400 && code < 0x430) return true; // Cyrillic capitals Ѐ–Я
  if (code >= 0x430 && code < 0x460) return false;
  const c = String.fromCharCode(code);
  return c !== c.toLowerCase();
}
