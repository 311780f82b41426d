/**
 * Russian case forms, generated at compile time so the scan stays exact (a stemmer
 * does not serve: Snowball cuts Токаев to "тока" but Токаевым to "токаев").
 *
 * Persons go through petrovich (checked on the region's surnames: Токаев → Токаевым,
 * Мирзиёева → Мирзиёевой, Рахмон → Рахмону). Everything else (countries, regions,
 * organisations, events, office titles) goes through a small ending table: leading
 * adjectives agree with the head noun, words after the head (genitive complements:
 * "Комитет национальной безопасности") stay as they are.
 *
 * The tables follow the standard school grammar of Russian declension: hard, soft and
 * "mixed" adjectives, where the mixed ones are the hard endings with the spelling rule that
 * an unstressed o after ж ч ш щ ц is written e (хорошего, высшей); the three noun
 * declensions; borrowed nouns in -о, -е, -и, -у not declined (summarised e.g. at
 * https://wikisum.wiki/wiki/Russian_declension and
 * https://oricllearnrussian.blogspot.com/2018/04/adjectives.html).
 */
import petrovich from 'petrovich';
import type { EntityType } from '../factbase/schema';
import { CASES } from './cases';

/** Six lists (one per case, nominative first) of forms. */
export type CaseForms = string[][];

const CYRILLIC = /[\u0400-\u04FF]/;
const HUSHING = 'гкхжшчщ';
const SIBILANT = 'жшчщц';

/** An acronym (ГКНБ, ЕАЭС) or a Latin-script form: not declined. */
function isIndeclinableForm(form: string): boolean {
  return !CYRILLIC.test(form) || (form.length >= 2 && form === form.toUpperCase());
}

export interface InflectOptions {
  type: EntityType;
  gender?: 'm' | 'f';
}

/** All case forms (nominative included) of a Cyrillic name, deduplicated. */
export function inflectRussian(form: string, opts: InflectOptions): string[] {
  return [...new Set(declineByCase(form, opts).flat())];
}

/** Case forms of a name, grouped by case (for phrases that must agree, like titles). */
export function declineByCase(form: string, opts: InflectOptions): CaseForms {
  const text = form.trim().replace(/\s+/g, ' ');
  if (isIndeclinableForm(text)) return CASES.map(() => [text]);
  return opts.type === 'person' ? declinePerson(text, opts.gender) : declinePhrase(text);
}

const SURNAME = /(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская)$/i;

type NamePart = 'first' | 'middle' | 'last';

/**
 * petrovich's rule search is most of a compile (about 4 of 16 s at 50,000 entities), and
 * the words it declines repeat: thousands of persons share a given name or a surname. One
 * declined word per (gender, part, case, word), cleared when it grows past a bound so a
 * worker that compiles many revisions does not keep every word it ever saw.
 */
const petrovichMemo = new Map<string, Map<string, string>>();
const PETROVICH_MEMO_MAX = 200_000;

function declineWord(g: 'm' | 'f', part: NamePart, c: (typeof CASES)[number], word: string): string {
  // One table per (gender, part, case): no key string to build per call.
  const table = `${g}${part}${c}`;
  let memo = petrovichMemo.get(table);
  if (!memo) petrovichMemo.set(table, memo = new Map());
  let out = memo.get(word);
  if (out === undefined) {
    out = (g === 'f' ? petrovich.female : petrovich.male)[part][c](word);
    if (memo.size >= PETROVICH_MEMO_MAX) memo.clear();
    memo.set(word, out);
  }
  return out;
}

function declinePerson(text: string, gender?: 'm' | 'f'): CaseForms {
  const words = text.split(' ');
  const last = words[words.length - 1]!;
  const g = gender ?? (/(ова|ева|ёва|ина|ая)$/i.test(last) ? 'f' : 'm');
  return CASES.map((c) => {
    if (words.length === 1) {
      // A lone surname-shaped word is a surname; anything else may be a first name too.
      return SURNAME.test(last) ? [declineWord(g, 'last', c, last)] : [declineWord(g, 'last', c, last), declineWord(g, 'first', c, last)];
    }
    const parts = words.map((w, i) => {
      if (i === words.length - 1) return declineWord(g, 'last', c, w);
      if (i > 0 && /(вич|вна|угли|кызы|улы)$/i.test(w)) return declineWord(g, 'middle', c, w);
      return declineWord(g, 'first', c, w);
    });
    const full = parts.join(' ');
    // Hyphenated first names: "Касым-Жомарта" is as common as "Касыма-Жомарта".
    const firstHalf = words[0]!.includes('-')
      ? [words[0]!.slice(0, words[0]!.lastIndexOf('-') + 1) + parts[0]!.slice(parts[0]!.lastIndexOf('-') + 1), ...parts.slice(1)].join(' ')
      : full;
    // Russian media often leave a Central Asian first name as it is and decline only the
    // surname ("Айгуль Овновой", "Нурсултан Назарбаева"): both spellings are in use.
    const surnameOnly = [...words.slice(0, -1), parts[parts.length - 1]!].join(' ');
    return [...new Set([full, firstHalf, surnameOnly])];
  });
}

type Gender = 'm' | 'f' | 'n' | 'pl';

/** Adjective endings per gender, six cases each (accusative masculine = inanimate). */
const ADJ: Record<string, { gender: Gender; cases: string[] }> = {
  ый: { gender: 'm', cases: ['ый', 'ого', 'ому', 'ый', 'ым', 'ом'] },
  ой: { gender: 'm', cases: ['ой', 'ого', 'ому', 'ой', 'ым', 'ом'] },
  ий: { gender: 'm', cases: ['ий', 'ого', 'ому', 'ий', 'им', 'ом'] },
  ая: { gender: 'f', cases: ['ая', 'ой', 'ой', 'ую', 'ой', 'ой'] },
  яя: { gender: 'f', cases: ['яя', 'ей', 'ей', 'юю', 'ей', 'ей'] },
  ое: { gender: 'n', cases: ['ое', 'ого', 'ому', 'ое', 'ым', 'ом'] },
  ее: { gender: 'n', cases: ['ее', 'его', 'ему', 'ее', 'им', 'ем'] },
  ые: { gender: 'pl', cases: ['ые', 'ых', 'ым', 'ые', 'ыми', 'ых'] },
  ие: { gender: 'pl', cases: ['ие', 'их', 'им', 'ие', 'ими', 'их'] },
};

function adjective(word: string): { gender: Gender; forms: string[][] } | null {
  if (word.length < 5) return null;
  const end = word.slice(-2).toLowerCase();
  const rule = ADJ[end];
  if (!rule) return null;
  const stem = word.slice(0, -2);
  const last = stem.slice(-1).toLowerCase();
  // Plural -ие is an adjective after г к х ж ш ч щ (казахские) and as soft -ние after a
  // consonant (внутренние, внешние); after a vowel -ние is a verbal noun (Движение, Управление).
  if (end === 'ие' && !HUSHING.includes(last) && !/[бвгджзклмнпрстфхцчшщ]н$/i.test(stem)) return null;
  // Soft -ний (Верхний) and -ий after ж ш ч щ (Высший): the spelling rule writes an
  // unstressed o after those letters as e, so высшего, высшему, высшем.
  const soft = end === 'ий' && ((/н$/i.test(stem) && !/[сц]к$/i.test(stem)) || 'жшчщ'.includes(last));
  return {
    gender: rule.gender,
    forms: rule.cases.map((ending, i) => {
      if (soft) return [stem + ['ий', 'его', 'ему', 'ий', 'им', 'ем'][i]!];
      // -ий/-ой after г к х ж ш ч щ take -им (казахстанским, городским).
      if (end === 'ой' && i === 4 && HUSHING.includes(last)) return [stem + 'им'];
      // Feminine after ж ш ч щ: -ей when the ending is unstressed (Высшей), -ой when stressed (Большой).
      if (end === 'ая' && ending === 'ой' && 'жшчщ'.includes(last)) return [stem + 'ей', stem + 'ой'];
      return [stem + ending];
    }),
  };
}

/** Borrowed nouns in -о are not declined (Национальное бюро, бюро; see the grammar note above). */
const INDECLINABLE_O = new Set(['бюро', 'радио', 'депо', 'кино', 'казино', 'метро', 'трио', 'лото', 'ранчо', 'бистро']);

/** Noun forms per case (a list: some cases have two spellings), or null if indeclinable. */
function declineNoun(word: string, gender: Gender = 'm'): CaseForms | null {
  const lower = word.toLowerCase();
  const last = lower.slice(-1);
  const before = lower.slice(-2, -1);
  const with_ = (cut: number, endings: (string | string[])[]) =>
    endings.map((e) => (Array.isArray(e) ? e : [e]).map((x) => word.slice(0, word.length - cut) + x));
  if (lower.endsWith('ия')) return with_(2, ['ия', 'ии', 'ии', 'ию', 'ией', 'ии']);
  if (lower.endsWith('ие')) return with_(2, ['ие', 'ия', 'ию', 'ие', 'ием', 'ии']);
  if (last === 'а') {
    const gen = HUSHING.includes(before) ? 'и' : 'ы';
    const ins = SIBILANT.includes(before) ? ['ей', 'ой'] : ['ой'];
    return with_(1, ['а', gen, 'е', 'у', ins, 'е']);
  }
  if (last === 'я') return with_(1, ['я', 'и', 'е', 'ю', 'ей', 'е']);
  if (last === 'ь') return gender === 'f' ? with_(1, ['ь', 'и', 'и', 'ь', 'ью', 'и']) : with_(1, ['ь', 'я', 'ю', 'ь', 'ем', 'е']);
  if (last === 'й') return with_(1, ['й', 'я', 'ю', 'й', 'ем', 'е']);
  if (last === 'о') return INDECLINABLE_O.has(lower) ? null : with_(1, ['о', 'а', 'у', 'о', 'ом', 'е']);
  if (/[бвгджзклмнпрстфхцчшщ]/.test(last)) {
    const ins = SIBILANT.includes(last) ? ['ом', 'ем'] : ['ом'];
    return with_(0, ['', 'а', 'у', '', ins, 'е']);
  }
  return null; // -и, -у, -ю, -ы, -э, -е and foreign endings: indeclinable (Жогорку, Эмомали)
}

/**
 * Plural head nouns after plural adjectives ("Андижанские события", "Вооружённые силы",
 * "Пограничные войска"). The genitive plural depends on the singular's gender, which a
 * plural does not show: -ы/-и give both -ов/-ей (органов) and the bare stem (сил); a form
 * that is not a word costs a dictionary entry, never a wrong match.
 */
function declinePlural(word: string): CaseForms | null {
  const lower = word.toLowerCase();
  const stem = word.slice(0, -1);
  if (lower.endsWith('ия')) return [['ия'], ['ий'], ['иям'], ['ия'], ['иями'], ['иях']].map((e) => e.map((x) => word.slice(0, -2) + x));
  if (/[ыи]$/.test(lower)) {
    const gen = /[жшчщ]и$/.test(lower) ? 'ей' : 'ов';
    const v = lower.slice(-1);
    return [[v], [gen, ''], ['ам'], [v], ['ами'], ['ах']].map((e) => e.map((x) => stem + x));
  }
  // Neuter and some masculine plurals in -а/-я (войска, дела): genitive without an ending.
  if (/[ая]$/.test(lower)) {
    const soft = lower.endsWith('я');
    return [[lower.slice(-1)], [soft ? 'ей' : ''], [soft ? 'ям' : 'ам'], [lower.slice(-1)], [soft ? 'ями' : 'ами'], [soft ? 'ях' : 'ах']].map((e) => e.map((x) => stem + x));
  }
  return null;
}

/** Decline a multiword (or one-word) non-person name: adjectives agree with the head noun. */
function declinePhrase(text: string): CaseForms {
  const words = text.split(' ');
  const perCase: CaseForms = CASES.map(() => ['']);
  let gender: Gender | null = null;
  let headDone = false;
  const append = (variants: string[][]) => {
    for (let c = 0; c < CASES.length; c++) {
      perCase[c] = perCase[c]!.flatMap((prefix) => variants[c]!.map((v) => (prefix ? `${prefix} ${v}` : v)));
    }
  };
  for (const word of words) {
    if (headDone || /^[«"„(]/.test(word)) { headDone = true; append(CASES.map(() => [word])); continue; }
    const adj = adjective(word);
    if (adj) { gender ??= adj.gender; append(adj.forms); continue; }
    const noun = gender === 'pl' ? declinePlural(word) : declineNoun(word, gender === 'f' ? 'f' : 'm');
    if (noun) { headDone = true; append(noun); continue; }
    append(CASES.map(() => [word])); // indeclinable word before the head (Жогорку Кенеш)
  }
  return perCase;
}
