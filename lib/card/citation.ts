/**
 * A fact as a journalist pastes it: the statement, its date, and full source
 * references, e.g.
 *   Became acting president on 20 March 2019 … (20 Mar 2019). Source: Kassym-Jomart
 *   Tokayev, Wikipedia, 2024, https://…
 *
 * Words the user wrote are never passed off as an outlet's. An edited fact says so and
 * keeps the pack's text beside it, each with its own sources:
 *   <user text> (Jan 2022; edited by you, 3 Dec 2026). Sources you cite: … . The pack's
 *   original: "<pack text>" (Jan 2022). Source: Report, RFE/RL, 18 Sep 2023, https://…
 * and a fact the user added is theirs, with the sources they gave (or "no source given").
 */
import type { CardFact, CardSource } from './card-data';
import { formatDate, formatLocalDay } from './format';

type Lang = 'en' | 'ru';
type Cited = Omit<CardSource, 'n'>;

const WORDS: Record<Lang, {
  source: string; yourSources: string; yourSourcesSame: string; edited: string; added: string; noSource: string;
  original: string; quote: (t: string) => string;
}> = {
  en: {
    source: 'Source', yourSources: 'Sources you cite', yourSourcesSame: 'You cite the same sources as the pack’s original', edited: 'edited by you', added: 'added by you', noSource: 'no source given',
    original: 'The pack’s original', quote: (t) => `"${t}"`,
  },
  ru: {
    source: 'Источник', yourSources: 'Ваши источники', yourSourcesSame: 'Ваши источники те же, что у исходного текста пакета', edited: 'изменено вами', added: 'добавлено вами', noSource: 'источник не указан',
    original: 'Исходный текст пакета', quote: (t) => `«${t}»`,
  },
};

const reference = (s: Cited, lang: Lang) => `${s.title}, ${s.publisher}, ${formatDate(s.date, lang)}${s.url ? `, ${s.url}` : ''}`;
/** Trailing full stop and spaces go: the citation adds its own punctuation. */
const bare = (text: string) => text.replace(/\s*\.?\s*$/, '');

export function citeFact(fact: CardFact, sources: CardSource[], lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const byN = new Map(sources.map((s) => [s.n, s]));
  const cited = fact.refs.flatMap((n) => {
    const s = byN.get(n);
    return s ? [reference(s, lang)] : [];
  });
  if (!fact.by) return `${bare(fact.text)} (${formatDate(fact.date, lang)}).${cited.length ? ` ${w.source}: ${cited.join('; ')}.` : ''}`;

  const who = `${fact.by.origin === 'edited' ? w.edited : w.added}, ${formatLocalDay(fact.by.at, lang)}`;
  const theirs = fact.original?.sources.map((s) => reference(s, lang)) ?? [];
  // Kept the pack's sources unchanged (the usual edit): say so rather than list them twice.
  const same = fact.original !== undefined && cited.length > 0 && cited.join('\n') === theirs.join('\n');
  const own = !cited.length ? '' : same ? ` ${w.yourSourcesSame}.` : ` ${w.yourSources}: ${cited.join('; ')}.`;
  const mine = `${bare(fact.text)} (${formatDate(fact.date, lang)}; ${who}${cited.length ? '' : `; ${w.noSource}`}).${own}`;
  if (!fact.original) return mine;
  const o = fact.original;
  return `${mine} ${w.original}: ${w.quote(bare(o.text))} (${formatDate(o.date, lang)}).${theirs.length ? ` ${w.source}: ${theirs.join('; ')}.` : ''}`;
}
