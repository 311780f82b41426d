/**
 * What the words around a bare name say about who it is (read on the spelling key, so
 * case, ё/е, dashes and doubled letters are already folded):
 *
 * - a title word beside it: "President Japarov" (see bareTitleBefore in scan.ts),
 *   "Japarov, the president,", «Бердымухамедов вступил в должность президента»,
 *   "Japarov was sworn in as president" → the office kind, so resolve() can pick the
 *   candidate who held such an office on the page's date;
 * - a private person: "Rahmon, a taxi driver", "Rahmon, 34,", «Рахмон, водитель такси»,
 *   "a man named Rahmon", "Mr Rahmon" → resolve() keeps the notable bearer only when the
 *   page names them. An appositive that is itself a title ("Rahmon, the president") is
 *   not a private person.
 */
import { isWordChar, keyOf } from './normalize';

const k = (words: string[]) => new Set(words.map(keyOf));

/** Words that link a name to the office it takes or holds, a few words later. */
const LINKS: string[][] = [
  'as', 'became', 'becomes', 'elected', 'appointed', 'named', 'remains', 'remained',
  'избран', 'избрана', 'переизбран', 'переизбрана', 'назначен', 'назначена', 'стал', 'стала', 'остается', 'остаётся',
  'в должность', 'в должности', 'на пост', 'на посту', 'постом',
].map((p) => keyOf(p).split(' '));

/** First words of the links: most words are not, and are passed over with one lookup. */
const LINK_STARTS = new Set(LINKS.map((l) => l[0]!));

const SKIPPABLE = k(['the', 'its', 'his', 'her', 'country', 'country\'s', 's', 'nation', 'new']);
const SMALL_GAP = 4;

/** Office kind of a title word at `i` ("president", «президентом», "prime minister", «премьер-министра»). */
function officeKindAt(toks: string[], i: number): string | undefined {
  const w = toks[i];
  if (!w) return undefined;
  if (w === 'president' || w.startsWith('президент')) return toks[i + 1] === "'" ? undefined : 'president';
  if (w === 'premier' || (w === 'prime' && toks[i + 1] === 'minister') || w.startsWith('премьер')) return 'prime-minister';
  return undefined;
}

/** Up to `max` tokens after `from`: words and single punctuation marks, spaces dropped; stops at a sentence end. */
export function tokensAfter(key: string, from: number, max = 12): string[] {
  const out: string[] = [];
  let p = from;
  while (p < key.length && out.length < max) {
    const c = key.charCodeAt(p);
    if (c === 0x20 || c === 0xa0 || c === 0x0a) { p++; continue; }
    if (isWordChar(c)) {
      const s = p;
      while (p < key.length && isWordChar(key.charCodeAt(p))) p++;
      out.push(key.slice(s, p));
      continue;
    }
    const ch = key[p]!;
    if (ch === '.' || ch === '!' || ch === '?' || ch === ';') break;
    out.push(ch);
    p++;
  }
  return out;
}

/** "Japarov, the president," / «Жапаров, президент …» / «… вступил в должность президента». */
export function titleAfter(key: string, k1: number): string | undefined {
  const toks = tokensAfter(key, k1);
  if (toks[0] === ',') {
    let i = 1;
    while (i < 6 && toks[i] && (SKIPPABLE.has(toks[i]!) || toks[i] === "'")) i++;
    // "Japarov, who became president in 2021": a relative clause may carry the link.
    return officeKindAt(toks, i) ?? (RELATIVE.has(toks[1] ?? '') ? linked(toks, 2) : undefined);
  }
  return linked(toks, 0);
}

const RELATIVE = k(['who', 'который', 'которая']);

/** A linking verb within a few words from `from`, then a title word: "was sworn in as president". */
function linked(toks: string[], from: number): string | undefined {
  for (let i = from; i <= from + SMALL_GAP && i < toks.length; i++) {
    if (!isWordChar(toks[i]!.charCodeAt(0))) return undefined; // a clause boundary comes first
    if (!LINK_STARTS.has(toks[i]!)) continue;
    const link = LINKS.find((l) => l.every((w, j) => toks[i + j] === w));
    if (!link) continue;
    let j = i + link.length;
    while (j < i + link.length + 4 && toks[j] && (SKIPPABLE.has(toks[j]!) || toks[j] === "'")) j++;
    return officeKindAt(toks, j);
  }
  return undefined;
}

const PRIVATE_BEFORE = k(['mr', 'mrs', 'ms', 'named', 'called', 'некий', 'некая', 'некто', 'гражданин', 'гражданка', 'имени']);
const ARTICLES = k(['a', 'an']);
/** Nouns that make an appositive a title, not an occupation. */
const OFFICIAL = /^(president|prime|premier|minister|leader|chairman|chair|head|speaker|former|ex|late|deputy|acting|politic|diplomat|ali|oficial|lawmaker|member|candidate|sucesor|predecesor|son|daughter|brother|sister|nephew|relative|veteran|career|longtime|long|ruler|strongman|autocrat|dictator|general|oligarch|руководител|председател|заместител|советник|помощник|представител|министр|глава|лидер|спикер|премьер|президент|бывш|экс|посол|генерал|депутат|аким|хоким|мэр)/;
/** Russian nouns of a person's occupation or origin (водитель, журналист, пенсионер, торговец, житель). */
const OCCUPATION_RU = /\p{Script=Cyrillic}+(тель|тельница|ист|истка|ник|ница|щик|щица|чик|чица|ер|ерка|ец|иха)$/u;

/**
 * "Rahmon, a taxi driver", "Rahmon, 34,", «Рахмон, водитель такси», "a man named Rahmon".
 * `wordBefore` is the spelling key of the word right before the name.
 */
export function privatePersonCue(key: string, k1: number, wordBefore: string, capitalisedAt: (keyIndex: number) => boolean = () => false): boolean {
  if (PRIVATE_BEFORE.has(wordBefore)) return true;
  const toks = tokensAfter(key, k1, 6);
  if (toks[0] !== ',' || !toks[1]) return false;
  const next = toks[1];
  if (/^\d{1,3}$/.test(next)) return true; // an age: "Rahmon, 34,"
  if (ARTICLES.has(next)) return !toks.slice(2, 5).some((w) => OFFICIAL.test(w));
  // A capitalised word is another name in a list («Рахмон, Миллер и …»), not an occupation.
  return OCCUPATION_RU.test(next) && !OFFICIAL.test(next) && !capitalisedAt(key.indexOf(next, k1));
}
