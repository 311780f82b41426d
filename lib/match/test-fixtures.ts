/**
 * Small inline entities for the matcher's unit tests (not the bundled pack, so the
 * tests do not move as the pack grows). Facts are left out: the matcher never reads them.
 */
import type { Entity } from '../factbase/schema';

type Fixture = Omit<Entity, 'facts' | 'related' | 'checked' | 'aliases' | 'roles'> & Partial<Pick<Entity, 'aliases' | 'roles'>>;

const entity = (e: Fixture): Entity => ({ aliases: [], roles: [], facts: [], related: [], checked: '2026-11-22', ...e });
const role = (office: string, from: string, to: string | null, title = office) => ({ title, office, from, to, sources: ['s1'] });

export const FIXTURE_ENTITIES: Entity[] = [
  entity({ id: 'kazakhstan', type: 'country', names: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' } }),
  entity({ id: 'uzbekistan', type: 'country', names: { en: 'Uzbekistan', ru: 'Узбекистан', uz: 'Oʻzbekiston' } }),
  entity({ id: 'kyrgyzstan', type: 'country', names: { en: 'Kyrgyzstan', ru: 'Кыргызстан' }, aliases: [{ text: 'Киргизия', lang: 'ru' }] }),
  entity({ id: 'tajikistan', type: 'country', names: { en: 'Tajikistan', ru: 'Таджикистан' } }),
  entity({ id: 'turkmenistan', type: 'country', names: { en: 'Turkmenistan', ru: 'Туркменистан' } }),
  entity({
    id: 'kassym-jomart-tokayev', type: 'person', gender: 'm', country: 'kazakhstan',
    names: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' },
    aliases: [{ text: 'Tokayev' }, { text: 'Токаев', lang: 'ru' }],
    roles: [role('president:kazakhstan', '2019-03-20', null, 'President of Kazakhstan'), role('prime-minister:kazakhstan', '1999-10-01', '2002-01-28')],
  }),
  entity({
    id: 'nursultan-nazarbayev', type: 'person', gender: 'm', country: 'kazakhstan',
    names: { en: 'Nursultan Nazarbayev', ru: 'Нурсултан Назарбаев' },
    aliases: [{ text: 'Nazarbayev' }, { text: 'Назарбаев', lang: 'ru' }],
    roles: [role('president:kazakhstan', '1990-04-24', '2019-03-19')],
  }),
  entity({
    id: 'shavkat-mirziyoyev', type: 'person', gender: 'm', country: 'uzbekistan',
    names: { en: 'Shavkat Mirziyoyev', ru: 'Шавкат Мирзиёев' },
    aliases: [{ text: 'Mirziyoyev' }, { text: 'Мирзиёев', lang: 'ru' }],
    roles: [role('president:uzbekistan', '2016-09-08', null)],
  }),
  entity({
    id: 'saida-mirziyoyeva', type: 'person', gender: 'f', country: 'uzbekistan',
    names: { en: 'Saida Mirziyoyeva', ru: 'Саида Мирзиёева' },
    aliases: [{ text: 'Мирзиёева', lang: 'ru' }],
  }),
  entity({
    id: 'sadyr-japarov', type: 'person', gender: 'm', country: 'kyrgyzstan',
    names: { en: 'Sadyr Japarov', ru: 'Садыр Жапаров' },
    aliases: [{ text: 'Japarov', ambiguous: true }, { text: 'Жапаров', lang: 'ru', ambiguous: true }],
    roles: [role('president:kyrgyzstan', '2021-01-28', null)],
  }),
  entity({
    id: 'akylbek-japarov', type: 'person', gender: 'm', country: 'kyrgyzstan',
    names: { en: 'Akylbek Japarov', ru: 'Акылбек Жапаров' },
    aliases: [{ text: 'Japarov', ambiguous: true }, { text: 'Жапаров', lang: 'ru', ambiguous: true }],
    roles: [role('chairman-cabinet:kyrgyzstan', '2021-10-12', '2024-12-16')],
  }),
  entity({
    id: 'islam-karimov', type: 'person', gender: 'm', country: 'uzbekistan',
    names: { en: 'Islam Karimov', ru: 'Ислам Каримов' },
    aliases: [{ text: 'Karimov', ambiguous: true }, { text: 'Каримов', lang: 'ru', ambiguous: true }],
    roles: [role('president:uzbekistan', '1990-03-24', '2016-09-02')],
  }),
  entity({
    id: 'gbao', type: 'region', country: 'tajikistan',
    names: { en: 'Gorno-Badakhshan Autonomous Region', ru: 'Горно-Бадахшанская автономная область' },
    aliases: [{ text: 'GBAO', caseSensitive: true }, { text: 'ГБАО', lang: 'ru', caseSensitive: true }, { text: 'Pamir', context: ['Tajik', 'Khorog', 'Badakhshan'] }],
  }),
  entity({
    id: 'knb-kazakhstan', type: 'organization', country: 'kazakhstan',
    names: { en: 'National Security Committee of Kazakhstan' },
    aliases: [{ text: 'KNB', caseSensitive: true }, { text: 'Elbasy Office', standalone: false }],
  }),
  entity({
    id: 'eaeu', type: 'organization',
    names: { en: 'Eurasian Economic Union', ru: 'Евразийский экономический союз' },
    aliases: [{ text: 'EAEU', caseSensitive: true }, { text: 'EEU' }],
  }),
  entity({
    id: 'january-events', type: 'event', country: 'kazakhstan',
    names: { en: 'January 2022 unrest in Kazakhstan', ru: 'Январские события' },
  }),
  // Two bearers of one acronym: one with a context rule, one without.
  entity({
    id: 'gknb-tajikistan', type: 'organization', country: 'tajikistan',
    names: { en: 'State Committee for National Security of Tajikistan' },
    aliases: [{ text: 'GKNB', caseSensitive: true, context: ['Tajik', 'Dushanbe'] }],
  }),
  entity({
    id: 'gknb-kyrgyzstan', type: 'organization', country: 'kyrgyzstan',
    names: { en: 'State Committee for National Security of Kyrgyzstan' },
    aliases: [{ text: 'GKNB', caseSensitive: true }],
  }),
];
