/**
 * Trap passages: text full of look-alikes that must yield no mention at all
 * (demonyms and adjectives, places named after rulers, a namesake footballer,
 * a company containing a country's name, a country outside the region).
 */
import type { Passage } from './score';

export const TRAPS: Passage[] = [
  { id: 'trap-en-cuisine', lang: 'en', date: '2024-01-01', text: 'Kazakh cuisine is built on meat and dairy, and beshbarmak is its best-known dish; Uzbek plov is a close rival.', expect: [] },
  { id: 'trap-en-named-after', lang: 'en', date: '2024-01-01', text: 'The café on Nazarbayev Avenue is a short walk from Nazarbayev University.', expect: [] },
  { id: 'trap-en-footballer', lang: 'en', date: '2024-01-01', text: 'Midfielder Jasur Karimov scored twice as the home side won the derby in front of a full stadium.', expect: [] },
  { id: 'trap-en-georgia', lang: 'en', date: '2024-01-01', text: 'Georgia and Armenia discussed transit routes with Azerbaijan; the Tokayevich family restaurant was closed.', expect: [] },
  { id: 'trap-en-company', lang: 'en', date: '2024-01-01', text: 'Kazakhstan Temir Zholy ordered new locomotives, and Uzbekistan Airways added flights.', expect: [] },
  { id: 'trap-en-acronyms', lang: 'en', date: '2024-01-01', text: 'The knb of the story is that the gbao said nothing; eeu is not a word either.', expect: [] },
  { id: 'trap-ru-cuisine', lang: 'ru', date: '2024-01-01', text: 'Казахская кухня славится бешбармаком, а узбекский плов знают во всём мире.', expect: [] },
  { id: 'trap-ru-street', lang: 'ru', date: '2024-01-01', text: 'Новое кафе открылось на проспекте Назарбаева, рядом с улицей Токаева.', expect: [] },
  { id: 'trap-ru-footballer', lang: 'ru', date: '2024-01-01', text: 'Полузащитник Жасур Каримов забил гол на последней минуте матча.', expect: [] },
  { id: 'trap-ru-adjectives', lang: 'ru', date: '2024-01-01', text: 'Казахстанский бизнес и узбекистанские туристы обсуждали таджикские и киргизские рынки.', expect: [] },
];
