/**
 * Uzbek passages, Latin and Cyrillic, written for this suite from Uzbek-language pages
 * (restated in our own words, not copied): oz.sputniknews.uz (2024-04-29, the president's
 * return from leave and the Tashkent investment forum), kknews.uz (the informal CIS summit in
 * Saint Petersburg, 26 December), uznews.uz, namanganliklar.uz. They exercise Uzbek case
 * endings in both scripts, sentences with no mention and words that only look like names.
 */
import type { Passage } from './score';

export const PASSAGES_UZ: Passage[] = [
  {
    id: 'uz-leave', lang: 'uz', date: '2024-04-29',
    text: 'Oʻzbekiston prezidenti Shavkat Mirziyoyev qisqa muddatli mehnat taʼtilidan qaytdi.',
    expect: [['uzbekistan', 'Oʻzbekiston'], ['shavkat-mirziyoyev', 'Shavkat Mirziyoyev']],
  },
  {
    id: 'uz-forum', lang: 'uz', date: '2024-04-29',
    text: 'Davlat rahbari shu hafta Toshkentda boʻladigan xalqaro investitsiya forumida qatnashishi rejalashtirilgan.',
    expect: [['tashkent', 'Toshkentda']],
  },
  {
    id: 'uz-cyr-summit', lang: 'uz', date: '2023-12-26',
    text: 'Ўзбекистон Президенти Шавкат Мирзиёев Санкт-Петербургда ўтган норасмий саммитда иштирок этди.',
    expect: [['uzbekistan', 'Ўзбекистон'], ['shavkat-mirziyoyev', 'Шавкат Мирзиёев']],
  },
  {
    id: 'uz-cyr-return', lang: 'uz', date: '2023-12-26',
    text: 'Шу билан давлатимиз раҳбари амалий ташрифини якунлаб, Тошкентга қайтди.',
    expect: [['tashkent', 'Тошкентга']],
  },
  {
    id: 'uz-genitive', lang: 'uz', date: '2024-05-10',
    text: 'Mirziyoyevning tashabbusi bilan yangi davlat dasturi qabul qilindi.',
    expect: [['shavkat-mirziyoyev', 'Mirziyoyevning']],
  },
  {
    id: 'uz-cyr-genitive', lang: 'uz', date: '2024-05-10',
    text: 'Мирзиёевнинг фармонига кўра, вазирлик қайта ташкил этилди.',
    expect: [['shavkat-mirziyoyev', 'Мирзиёевнинг']],
  },
  {
    id: 'uz-karakalpakstan', lang: 'uz', date: '2022-07-05',
    text: 'Qoraqalpogʻiston Respublikasida iyul oyi boshida tartibsizliklar yuz berdi va favqulodda holat joriy etildi.',
    expect: [['karakalpakstan', 'Qoraqalpogʻiston Respublikasida']],
  },
  {
    id: 'uz-nukus', lang: 'uz', date: '2022-07-05',
    text: 'Nukusda yigʻilgan namoyishchilar konstitutsiyaviy oʻzgarishlarga qarshi chiqishdi.',
    expect: [['nukus', 'Nukusda']],
  },
  {
    id: 'uz-andijan', lang: 'uz', date: '2025-05-13',
    text: 'Andijon voqealarini oʻrgangan tarixchilar yangi kitob chiqarishdi.',
    expect: [['andijan-massacre', 'Andijon voqealarini']],
  },
  {
    id: 'uz-karimov', lang: 'uz', date: '2016-12-05',
    text: 'Islom Karimovning vafotidan soʻng Mirziyoyev prezident vazifasini bajaruvchi boʻldi.',
    expect: [['islam-karimov', 'Islom Karimovning'], ['shavkat-mirziyoyev', 'Mirziyoyev']],
  },
  {
    id: 'uz-weather-none', lang: 'uz', date: '2025-04-01',
    text: 'Ertaga havo ochiq boʻladi, kunduzi harorat yigirma darajagacha koʻtariladi.',
    expect: [],
  },
  {
    id: 'uz-near-miss', lang: 'uz', date: '2025-04-01',
    text: 'Toshkentlik talabalar va oʻzbekistonlik sportchilar xalqaro musobaqada qatnashdi.',
    expect: [],
    not: ['Toshkentlik', 'oʻzbekistonlik'],
  },
  {
    id: 'uz-sgb', lang: 'uz', date: '2024-03-01',
    text: 'Davlat xavfsizlik xizmatining sobiq rahbari yopiq sud majlisida ayblandi.',
    expect: [['sgb-uzbekistan', 'Davlat xavfsizlik xizmatining']],
  },
  {
    id: 'uz-aripov', lang: 'uz', date: '2023-06-01',
    text: 'Bosh vazir Abdulla Aripovga hukumat hisobotini tayyorlash topshirildi.',
    expect: [['abdulla-aripov', 'Abdulla Aripovga']],
  },
  {
    id: 'uz-ots', lang: 'uz', date: '2022-11-11',
    text: 'Turkiy davlatlar tashkilotining sammiti Samarqandda boʻlib oʻtdi.',
    expect: [['organization-of-turkic-states', 'Turkiy davlatlar tashkilotining'], ['samarkand', 'Samarqandda']],
  },
  {
    id: 'uz-cyr-country', lang: 'uz', date: '2024-01-20',
    text: 'Ўзбекистоннинг ташқи савдо айланмаси ўтган йили сезиларли ўсди.',
    expect: [['uzbekistan', 'Ўзбекистоннинг']],
  },
];
