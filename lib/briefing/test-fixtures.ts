/** Cards and summaries for the briefing tests: a plain page and a hostile one. */
import type { EntityCardData } from '../card/card-data';
import type { PageSummary } from '../messages';

export function card(id: string, over: Partial<EntityCardData> = {}): EntityCardData {
  return { id, type: 'person', name: id, otherNames: [], roles: [], facts: [], totalFacts: 0, sources: [], checked: '2026-11-01', ...over };
}

export const TOKAYEV = card('tokayev', {
  name: 'Kassym-Jomart Tokayev',
  country: { id: 'kazakhstan', name: 'Kazakhstan' },
  roles: [
    { title: 'President of Kazakhstan', from: '2019-03-20', to: null, status: 'current', confirmed: '2026-09-01', refs: [1] },
    { title: 'Chair of a council', to: null, status: 'unconfirmed', confirmed: '2023-02-01', refs: [2] },
    { title: 'Chairman of the Senate', from: '2007', to: '2011', status: 'past', refs: [] },
  ],
  facts: [
    { text: 'Newest fact', date: '2026-10', refs: [1, 2] },
    { text: 'Second fact', date: '2025-05-01', refs: [2] },
    { text: 'Third fact', date: '2024', refs: [] },
    { text: 'Fourth fact, beyond the compact card', date: '2023', refs: [1] },
  ],
  sources: [
    { n: 1, title: 'Akorda', publisher: 'Akorda', date: '2026-09-01', url: 'https://www.akorda.kz/en' },
    { n: 2, title: 'Shared report', publisher: 'OSCE', date: '2023-02-01', url: 'https://www.osce.org/report' },
  ],
});

export const KAZAKHSTAN = card('kazakhstan', {
  type: 'country',
  name: 'Kazakhstan',
  facts: [{ text: 'Country fact', date: '2026-01', refs: [1] }],
  // The same source as Tokayev's [2], numbered 1 on this card.
  sources: [{ n: 1, title: 'Shared report', publisher: 'OSCE', date: '2023-02-01', url: 'https://www.osce.org/report' }],
});

export const SUMMARY: PageSummary = {
  enabled: true,
  mentions: 7,
  entities: [
    { id: 'tokayev', name: 'Tokayev', type: 'person', count: 4 },
    { id: 'kazakhstan', name: 'Kazakhstan', type: 'country', count: 2 },
    { id: '?a|b', name: 'Japarov', type: 'person', count: 1, candidates: [{ id: 'a', name: 'Sadyr Japarov' }, { id: 'b', name: 'Akylbek Japarov' }] },
  ],
};

/** Text a hostile page or a poisoned feed could put in a title, a name or a source. */
export const HOSTILE = [
  '[click](javascript:alert(1))',
  '![x](https://evil.example/track.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '**bold** _it_ `code` ~~gone~~',
  'a | b | c',
  'line one\n# Heading\n- list',
  '[1]: https://evil.example',
  '&lt;b&gt; &#x3C;',
  '$x^2$',
  '\u202egpj.exe',
];
