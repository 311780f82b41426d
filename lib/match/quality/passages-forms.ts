/**
 * English and Russian passages for name forms and per-alias rules (issue 11): patronymics
 * between or after the names, transliteration variants of full names, Russian
 * organisation names in oblique cases, word boundaries at `_` and digits, clubs named
 * after a place, historical names and nicknames. Written for this suite in our own words;
 * the patronymics are the officials' own (as their official biographies give them).
 */
import type { Passage } from './score';

export const PASSAGES_FORMS: Passage[] = [
  // Patronymics.
  {
    id: 'en-forms-serdar-patronymic', lang: 'en', date: '2022-04-01',
    text: 'Serdar Gurbangulyyevich Berdimuhamedov took office in March 2022, succeeding his father. Berdimuhamedov had been a deputy head of government before the vote.',
    expect: [['serdar-berdimuhamedov', 'Serdar Gurbangulyyevich Berdimuhamedov'], ['serdar-berdimuhamedov', 'Berdimuhamedov']],
  },
  {
    id: 'en-forms-tokayev-kazakh-patronymic', lang: 'en', date: '2024-05-01',
    text: 'Kazakh-language documents give his name as Kassym-Jomart Kemeluly Tokayev; in English Tokayev usually drops the patronymic.',
    expect: [['kassym-jomart-tokayev', 'Kassym-Jomart Kemeluly Tokayev'], ['kassym-jomart-tokayev', 'Tokayev']],
  },
  {
    id: 'en-forms-mirziyoyev-uzbek-patronymic', lang: 'en', date: '2024-05-01',
    text: "In Uzbek the name can be written Shavkat Miromon o'g'li Mirziyoyev; Russian texts use Shavkat Miromonovich Mirziyoyev.",
    expect: [['shavkat-mirziyoyev', "Shavkat Miromon o'g'li Mirziyoyev"], ['shavkat-mirziyoyev', 'Shavkat Miromonovich Mirziyoyev']],
  },
  {
    id: 'en-forms-surname-first', lang: 'en', date: '2021-01-20',
    text: 'Official candidate lists put the surname first, as in Japarov Sadyr Nurgojoevich.',
    expect: [['sadyr-japarov', 'Japarov Sadyr Nurgojoevich']],
  },
  {
    id: 'ru-forms-serdar-patronymic', lang: 'ru', date: '2022-04-01',
    text: 'Сердар Гурбангулыевич Бердымухамедов вступил в должность в марте 2022 года. Ранее Бердымухамедов был хякимом Ахалского велаята.',
    expect: [['serdar-berdimuhamedov', 'Сердар Гурбангулыевич Бердымухамедов'], ['serdar-berdimuhamedov', 'Бердымухамедов']],
  },
  {
    id: 'ru-forms-patronymic-oblique', lang: 'ru', date: '2024-05-01',
    text: 'Письма главам государств адресуют по имени и отчеству: Шавкату Миромоновичу Мирзиёеву, Эмомали Шариповичу Рахмону.',
    expect: [['shavkat-mirziyoyev', 'Шавкату Миромоновичу Мирзиёеву'], ['emomali-rahmon', 'Эмомали Шариповичу Рахмону']],
  },
  {
    id: 'ru-forms-surname-first', lang: 'ru', date: '2024-05-01',
    text: 'В официальных списках фамилию ставят первой: Тоқаев Қасым-Жомарт Кемелұлы, Отунбаева Роза Исаковна.',
    expect: [['kassym-jomart-tokayev', 'Тоқаев Қасым-Жомарт Кемелұлы'], ['roza-otunbayeva', 'Отунбаева Роза Исаковна']],
  },
  {
    id: 'ru-forms-surname-first-genitive', lang: 'ru', date: '2023-01-10',
    text: 'Поздравление от имени Бердымухамедова Сердара Гурбангулыевича зачитал посол.',
    expect: [['serdar-berdimuhamedov', 'Бердымухамедова Сердара Гурбангулыевича']],
  },
  // Transliteration variants of full names.
  {
    id: 'en-forms-niyazov-variant', lang: 'en', date: '2007-01-05',
    text: 'Saparmurad Niyazov, who ruled Turkmenistan from independence, died in December 2006.',
    expect: [['saparmurat-niyazov', 'Saparmurad Niyazov'], ['turkmenistan', 'Turkmenistan']],
  },
  {
    id: 'en-forms-uzbek-latin-x', lang: 'en', date: '2023-03-01',
    text: "Some Uzbek outlets write the defence minister's name as Baxodir Kurbanov, with an x where English has kh.",
    expect: [['bakhodir-kurbanov', 'Baxodir Kurbanov']],
  },
  {
    id: 'ru-forms-niyazov-variant', lang: 'ru', date: '2007-01-05',
    text: 'При Сапармураде Ниязове в Туркмении переименовали месяцы; Сапармурад Ниязов умер в декабре 2006 года.',
    expect: [['saparmurat-niyazov', 'Сапармураде Ниязове'], ['turkmenistan', 'Туркмении'], ['saparmurat-niyazov', 'Сапармурад Ниязов']],
  },
  {
    id: 'ru-forms-jeenbekov-variant', lang: 'ru', date: '2020-10-16',
    text: 'Сооронбай Жеенбеков объявил об уходе в отставку в октябре 2020 года.',
    expect: [['sooronbay-jeenbekov', 'Сооронбай Жеенбеков']],
  },
  {
    id: 'ru-forms-meredov-variant', lang: 'ru', date: '2024-02-01',
    text: 'Глава МИД Туркменистана Рашит Мередов провёл переговоры в Ашхабаде.',
    expect: [['turkmenistan', 'Туркменистана'], ['rashid-meredov', 'Рашит Мередов'], ['ashgabat', 'Ашхабаде']],
  },
  {
    id: 'en-forms-turkmen-myrat', lang: 'en', date: '2024-02-01',
    text: "Reports from Ashgabat also spell the deputy premier's name Hojamurat Geldimyradov.",
    expect: [['ashgabat', 'Ashgabat'], ['hojamyrat-geldimyradov', 'Hojamurat Geldimyradov']],
  },
  // Russian organisation names in oblique cases.
  {
    id: 'ru-forms-org-knb-prepositional', lang: 'ru', date: '2022-01-20',
    text: 'В Комитете национальной безопасности Республики Казахстан сменилось руководство.',
    expect: [['knb-kazakhstan', 'Комитете национальной безопасности Республики Казахстан']],
  },
  {
    id: 'ru-forms-org-gknb-genitive', lang: 'ru', date: '2023-05-01',
    text: 'Сотрудники Государственного комитета национальной безопасности Кыргызской Республики задержали подозреваемых.',
    expect: [['gknb-kyrgyzstan', 'Государственного комитета национальной безопасности Кыргызской Республики']],
  },
  {
    id: 'ru-forms-org-oblique-mix', lang: 'ru', date: '2024-07-05',
    text: 'Саммит Шанхайской организации сотрудничества прошёл в Астане; в Организации Договора о коллективной безопасности и в Евразийском экономическом союзе его обсуждали отдельно.',
    expect: [
      ['shanghai-cooperation-organisation', 'Шанхайской организации сотрудничества'], ['astana', 'Астане'],
      ['collective-security-treaty-organization', 'Организации Договора о коллективной безопасности'], ['eurasian-economic-union', 'Евразийском экономическом союзе'],
    ],
  },
  {
    // Needs the short Russian name of the KNB as an alias (data engineers' pack edit).
    id: 'ru-forms-org-knb-short', lang: 'ru', date: '2022-01-20',
    text: 'Бывший глава Комитета национальной безопасности Казахстана Карим Масимов был арестован в январе 2022 года.',
    expect: [['knb-kazakhstan', 'Комитета национальной безопасности'], ['kazakhstan', 'Казахстана'], ['karim-massimov', 'Карим Масимов']],
  },
  {
    id: 'ru-forms-org-sgb-instrumental', lang: 'ru', date: '2024-01-01',
    text: 'Такие дела расследуются Службой государственной безопасности Узбекистана.',
    expect: [['sgb-uzbekistan', 'Службой государственной безопасности Узбекистана']],
  },
  {
    id: 'en-forms-org-full-names', lang: 'en', date: '2023-05-01',
    text: 'The National Security Committee of Kazakhstan and the State Committee for National Security of Kyrgyzstan both grew out of Soviet KGB branches.',
    expect: [['knb-kazakhstan', 'National Security Committee of Kazakhstan'], ['gknb-kyrgyzstan', 'State Committee for National Security of Kyrgyzstan']],
  },
  // Word boundaries.
  {
    id: 'en-forms-boundaries', lang: 'en', date: '2024-06-01',
    text: 'Neither the handle osh_resident nor the tag #Osh2024 names the city; a dateline such as (Osh) or Osh, 12 June does.',
    expect: [['osh', 'Osh'], ['osh', 'Osh']],
  },
  {
    id: 'ru-forms-boundaries', lang: 'ru', date: '2024-06-01',
    text: 'Пользователь astana_2024 и хэштег #Астана2024 не о столице; о ней — сообщения из Астаны.',
    expect: [['astana', 'Астаны']],
  },
  // Clubs named after a place, historical names, nicknames.
  {
    id: 'en-forms-club', lang: 'en', date: '2024-09-01',
    text: 'FC Astana plays its home games in Astana, and the Astana Qazaqstan Team is a cycling team registered in Kazakhstan.',
    expect: [['astana', 'Astana'], ['kazakhstan', 'Kazakhstan']],
  },
  {
    id: 'ru-forms-club', lang: 'ru', date: '2024-09-01',
    text: 'Футболисты ФК «Астана» и игроки клуба Астана проводят домашние матчи в Астане.',
    expect: [['astana', 'Астане']],
  },
  {
    id: 'en-forms-historical', lang: 'en', date: '2024-01-01',
    text: 'Between 2019 and 2022 the capital of Kazakhstan was called Nur-Sultan.',
    expect: [['kazakhstan', 'Kazakhstan'], ['astana', 'Nur-Sultan']],
  },
  {
    id: 'ru-forms-historical', lang: 'ru', date: '2024-01-01',
    text: 'Столица Киргизской ССР называлась Фрунзе, а столица Казахстана в 2019–2022 годах — Нур-Султан.',
    expect: [['bishkek', 'Фрунзе'], ['kazakhstan', 'Казахстана'], ['astana', 'Нур-Султан']],
  },
  {
    id: 'en-forms-nickname-person', lang: 'en', date: '2005-01-01',
    text: 'Turkmenbashi ordered the months renamed; Niyazov had already published the Ruhnama.',
    expect: [['saparmurat-niyazov', 'Turkmenbashi'], ['saparmurat-niyazov', 'Niyazov']],
  },
  {
    id: 'ru-forms-nickname-person', lang: 'ru', date: '2024-01-01',
    text: 'Аркадаг заявил, что новый город строится по его замыслу.',
    expect: [['gurbanguly-berdimuhamedov', 'Аркадаг']],
  },
];
