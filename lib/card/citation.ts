/**
 * A fact as a journalist pastes it: the statement, its date, and full source
 * references, e.g.
 *   Became acting president on 20 March 2019 … (20 Mar 2019). Sources: [1] Kassym-Jomart
 *   Tokayev, Wikipedia, 2024, https://…
 */
import type { CardFact, CardSource } from './card-data';
import { formatDate } from './format';

export function citeFact(fact: CardFact, sources: CardSource[], lang: 'en' | 'ru' = 'en'): string {
  const byN = new Map(sources.map((s) => [s.n, s]));
  const refs = fact.refs.flatMap((n) => {
    const s = byN.get(n);
    return s ? [`${s.title}, ${s.publisher}, ${formatDate(s.date, lang)}${s.url ? `, ${s.url}` : ''}`] : [];
  });
  const label = lang === 'ru' ? 'Источник' : 'Source';
  const text = fact.text.replace(/\s*\.?\s*$/, '');
  return `${text} (${formatDate(fact.date, lang)}).${refs.length ? ` ${label}: ${refs.join('; ')}.` : ''}`;
}
