/**
 * Kyrgyz passages written for this suite from Kyrgyz-language pages (restated in our own
 * words, not copied): govori.tv (2023, Sadyr Japarov's interview with Kabar about the
 * former presidents), azattyk.org (Japarov in parliament on Roza Otunbayeva; the 2021
 * election result), ua.kg (2020 rally). They exercise Kyrgyz case endings with rounding
 * harmony, sentences with no mention and words that only look like names.
 */
import type { Passage } from './score';

export const PASSAGES_KY: Passage[] = [
  {
    id: 'ky-japarov-interview', lang: 'ky', date: '2023-01-21',
    text: 'Президент Садыр Жапаров «Кабар» агенттигине маек берип, мурдагы өлкө башчылары менен болгон жолугушуу тууралуу айтып берди.',
    expect: [['sadyr-japarov', 'Садыр Жапаров']],
  },
  {
    id: 'ky-former-presidents', lang: 'ky', date: '2023-01-21',
    text: 'Садыр Жапаровдун айтымында, ал адегенде Бишкекте Сооронбай Жээнбеков менен Алмазбек Атамбаевди бир столго отургузуп элдештирген.',
    expect: [['sadyr-japarov', 'Садыр Жапаровдун'], ['bishkek', 'Бишкекте'], ['sooronbay-jeenbekov', 'Сооронбай Жээнбеков'], ['almazbek-atambayev', 'Алмазбек Атамбаевди']],
  },
  {
    id: 'ky-bakiyev', lang: 'ky', date: '2023-01-21',
    text: 'Маекте Курманбек Бакиев тууралуу суроолорго да жооп берилип, жолугушуу Дубайда өткөнү белгиленди.',
    expect: [['kurmanbek-bakiyev', 'Курманбек Бакиев']],
  },
  {
    id: 'ky-otunbayeva', lang: 'ky', date: '2011-06-01',
    text: 'Депутат Садыр Жапаров парламентте Роза Отунбаеваны кызматтан четтетүү керек деген оюн билдирди.',
    expect: [['sadyr-japarov', 'Садыр Жапаров'], ['roza-otunbayeva', 'Роза Отунбаеваны']],
  },
  {
    id: 'ky-election', lang: 'ky', date: '2021-01-11',
    text: '10-январда өткөн президенттик шайлоодо Садыр Жапаров добуштардын басымдуу бөлүгүн алды.',
    expect: [['sadyr-japarov', 'Садыр Жапаров']],
  },
  {
    id: 'ky-kyrgyzstan-genitive', lang: 'ky', date: '2024-04-10',
    text: 'Кыргызстандын тышкы саясаты боюнча жыйын Ош шаарында өттү, ага өкмөт мүчөлөрү катышты.',
    expect: [['kyrgyzstan', 'Кыргызстандын'], ['osh', 'Ош']],
  },
  {
    id: 'ky-batken', lang: 'ky', date: '2022-10-01',
    text: 'Баткен облусунда чек арадагы абал тынчып, тургундар үйлөрүнө кайтып келе башташты.',
    expect: [['batken-region', 'Баткен облусунда']],
  },
  {
    id: 'ky-kumtor', lang: 'ky', date: '2022-05-01',
    text: 'Кумтөрдүн кирешеси эми толугу менен мамлекеттик бюджетке түшө баштады.',
    expect: [['kumtor-gold-mine', 'Кумтөрдүн']],
  },
  {
    id: 'ky-tashiev', lang: 'ky', date: '2023-06-01',
    text: 'Камчыбек Ташиевдин жетекчилиги алдында Улуттук коопсуздук боюнча мамлекеттик комитет бир нече кылмыш ишин козгоду.',
    expect: [['kamchybek-tashiev', 'Камчыбек Ташиевдин'], ['gknb-kyrgyzstan', 'Улуттук коопсуздук боюнча мамлекеттик комитет']],
  },
  {
    id: 'ky-kasymaliev', lang: 'ky', date: '2024-12-17',
    text: 'Адылбек Касымалиевге Министрлер кабинетинин төрагасы катары жаңы милдеттер жүктөлдү.',
    expect: [['adylbek-kasymaliev', 'Адылбек Касымалиевге']],
  },
  {
    id: 'ky-weather-none', lang: 'ky', date: '2025-04-01',
    text: 'Бүгүн борбор калаада аба ырайы жылуу болуп, жаан жаабайт деп күтүлүүдө.',
    expect: [],
  },
  {
    id: 'ky-near-miss', lang: 'ky', date: '2025-04-01',
    text: 'Ошол күнү бишкектик жаштар менен оштук дыйкандар жыйынга чогулушту.',
    expect: [],
    not: ['Ошол', 'бишкектик', 'оштук'],
  },
  {
    id: 'ky-temirov', lang: 'ky', date: '2022-11-25',
    text: 'Журналист Болот Темировду бийлик Кыргызстандан чыгарып жиберди.',
    expect: [['bolot-temirov', 'Болот Темировду'], ['kyrgyzstan', 'Кыргызстандан']],
  },
  {
    id: 'ky-kloop', lang: 'ky', date: '2024-02-01',
    text: 'Клооптун журналисттери сот чечимине каршы даттануу беришти.',
    expect: [['kloop', 'Клооптун']],
  },
  {
    id: 'ky-tulip', lang: 'ky', date: '2025-03-24',
    text: 'Жоогазын революциясынан кийин Аскар Акаев өлкөдөн чыгып кеткен.',
    expect: [['tulip-revolution', 'Жоогазын революциясынан'], ['askar-akayev', 'Аскар Акаев']],
  },
  {
    id: 'ky-bare-surname', lang: 'ky', date: '2024-06-01',
    text: 'Жапаровго каршы айтылган пикирлер социалдык тармактарда талкууланды.',
    expect: [[null, 'Жапаровго']],
  },
];
