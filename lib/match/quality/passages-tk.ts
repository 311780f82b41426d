/**
 * Turkmen passages written for this suite from Turkmen-language pages (restated in our
 * own words, not copied): azathabar.com (February 2026: Gurbanguly Berdimuhamedow's
 * greeting to the president and his unannounced trip to the United States; the US envoys'
 * January visit). They exercise Turkmen case endings (voicing, vowel change in the
 * dative, possessive compounds), sentences with no mention and look-alike words.
 */
import type { Passage } from './score';

export const PASSAGES_TK: Passage[] = [
  {
    id: 'tk-greeting', lang: 'tk', date: '2026-02-17',
    text: 'Halk Maslahatynyň Başlygy Gurbanguly Berdimuhamedow prezident Serdar Berdimuhamedowy halkara sylagyň gowşurylmagy bilen gutlady.',
    expect: [['halk-maslahaty', 'Halk Maslahatynyň'], ['gurbanguly-berdimuhamedov', 'Gurbanguly Berdimuhamedow'], ['serdar-berdimuhamedov', 'Serdar Berdimuhamedowy']],
  },
  {
    id: 'tk-trip', lang: 'tk', date: '2026-02-17',
    text: 'Gurbanguly Berdimuhamedowyň ABŞ-a sapary barada döwlet metbugatynda hiç zat aýdylmady.',
    expect: [['gurbanguly-berdimuhamedov', 'Gurbanguly Berdimuhamedowyň']],
  },
  {
    id: 'tk-envoys', lang: 'tk', date: '2026-02-17',
    text: 'Amerikan wekilleri ýanwar aýynyň ahyrynda Türkmenistana sapar edip, howpsuzlyk meselelerini ara alyp maslahatlaşdylar.',
    expect: [['turkmenistan', 'Türkmenistana']],
  },
  {
    id: 'tk-meredow', lang: 'tk', date: '2026-02-17',
    text: 'Daşary işler ministri Raşit Meredow hem myhmanlar bilen gepleşik geçirdi.',
    expect: [['rashid-meredov', 'Raşit Meredow']],
  },
  {
    id: 'tk-ashgabat-locative', lang: 'tk', date: '2025-05-25',
    text: 'Aşgabatda paýtagtyň gününe bagyşlanan baýramçylyk çäreleri geçirildi.',
    expect: [['ashgabat', 'Aşgabatda']],
  },
  {
    id: 'tk-ashgabat-genitive', lang: 'tk', date: '2025-05-25',
    text: 'Aşgabadyň täze ýaşaýyş jaýlary we seýilgähleri myhmanlaryň ünsüni özüne çekdi.',
    expect: [['ashgabat', 'Aşgabadyň']],
  },
  {
    id: 'tk-niyazov', lang: 'tk', date: '2021-12-21',
    text: 'Saparmyrat Nyýazowyň döwründe ýurtda köp sanly binalar guruldy.',
    expect: [['saparmurat-niyazov', 'Saparmyrat Nyýazowyň']],
  },
  {
    id: 'tk-president', lang: 'tk', date: '2026-02-16',
    text: 'Türkmenistanyň Prezidenti Serdar Berdimuhamedow Bütindünýä saglygy goraýyş guramasynyň ýörite sylagyna mynasyp boldy.',
    expect: [['turkmenistan', 'Türkmenistanyň'], ['serdar-berdimuhamedov', 'Serdar Berdimuhamedow']],
  },
  {
    id: 'tk-weather-none', lang: 'tk', date: '2025-04-01',
    text: 'Ertir howa salkyn bolar, gije käbir ýerlerde ýagyş ýagar.',
    expect: [],
  },
  {
    id: 'tk-near-miss', lang: 'tk', date: '2025-04-01',
    text: 'Aşgabatly ýaşlar we türkmenistanly talyplar bäsleşige gatnaşdylar.',
    expect: [],
    not: ['Aşgabatly', 'türkmenistanly'],
  },
  {
    id: 'tk-ots', lang: 'tk', date: '2024-11-06',
    text: 'Türki döwletleriň guramasynyň sammitinde ulag geçelgeleri ara alnyp maslahatlaşyldy.',
    expect: [['organization-of-turkic-states', 'Türki döwletleriň guramasynyň']],
  },
  {
    id: 'tk-halk-dative', lang: 'tk', date: '2023-01-21',
    text: 'Halk Maslahatyna täze agzalar saýlandy we onuň mejlisi geçirildi.',
    expect: [['halk-maslahaty', 'Halk Maslahatyna']],
  },
  {
    id: 'tk-osce', lang: 'tk', date: '2024-10-01',
    text: 'Ýewropa Howpsuzlyk we Hyzmatdaşlyk Guramasynyň Türkmenistandaky Merkezi žurnalistler üçin okuw maslahatyny geçirdi.',
    expect: [['osce-centre-ashgabat', 'Ýewropa Howpsuzlyk we Hyzmatdaşlyk Guramasynyň Türkmenistandaky Merkezi']],
  },
  {
    id: 'tk-serdar-dative', lang: 'tk', date: '2024-06-29',
    text: 'Daşary ýurt ilçileri Serdar Berdimuhamedowa ynanç hatlaryny gowşurdylar.',
    expect: [['serdar-berdimuhamedov', 'Serdar Berdimuhamedowa']],
  },
  {
    id: 'tk-gas-ablative', lang: 'tk', date: '2024-12-01',
    text: 'Türkmenistandan Hytaýa iberilýän gazyň möçberi geçen ýyl artdy.',
    expect: [['turkmenistan', 'Türkmenistandan']],
  },
  {
    // The source spells the minister Raşid, the pack's Turkmen name Raşit: the spelling key (ş → sh) meets the English name.
    id: 'tk-meredow-rashid', lang: 'tk', date: '2026-02-17',
    text: 'Ýörite wekil daşary işler ministri Raşid Meredow bilen hem duşuşdy.',
    expect: [['rashid-meredov', 'Raşid Meredow']],
  },
];
