/**
 * Tajik passages written for this suite from Tajik-language pages (restated in our own
 * words, not copied): old.asiaplustj.info (Emomali Rahmon's 70th birthday, 5 October 2022),
 * azda.tv (his visit to Samarkand for the SCO summit, 15 September 2022), kgu.tj and
 * jomea.tj (official styles of address). Tajik has few endings: they exercise -ро, names
 * with ӣ, sentences with no mention and words that only look like names.
 */
import type { Passage } from './score';

export const PASSAGES_TG: Passage[] = [
  {
    id: 'tg-birthday', lang: 'tg', date: '2022-10-05',
    text: 'Эмомалӣ Раҳмон, Президенти Тоҷикистон, имрӯз ҳафтодсола шуд ва зодрӯзашро дар ҳалқаи оила ҷашн мегирад.',
    expect: [['emomali-rahmon', 'Эмомалӣ Раҳмон'], ['tajikistan', 'Тоҷикистон']],
  },
  {
    id: 'tg-greetings', lang: 'tg', date: '2022-10-05',
    text: 'Сарони чанд кишвари ҳамсоя Эмомалӣ Раҳмонро бо номаҳои табрикотӣ муборакбод гуфтанд.',
    expect: [['emomali-rahmon', 'Эмомалӣ Раҳмонро']],
  },
  {
    id: 'tg-samarkand', lang: 'tg', date: '2022-09-15',
    text: 'Эмомалӣ Раҳмон барои иштирок дар ҷаласаи сарони давлатҳо ба шаҳри Самарқанд сафар кард.',
    expect: [['emomali-rahmon', 'Эмомалӣ Раҳмон'], ['samarkand', 'Самарқанд']],
  },
  {
    id: 'tg-dushanbe', lang: 'tg', date: '2024-03-01',
    text: 'Дар Душанбе ҷаласаи навбатии Ҳукумат баргузор шуд ва вазирон гузориш доданд.',
    expect: [['dushanbe', 'Душанбе']],
  },
  {
    id: 'tg-tajikistan-ro', lang: 'tg', date: '2024-07-01',
    text: 'Сайёҳони хориҷӣ Тоҷикистонро бештар барои кӯҳҳо ва кӯлҳояш интихоб мекунанд.',
    expect: [['tajikistan', 'Тоҷикистонро']],
  },
  {
    id: 'tg-republic', lang: 'tg', date: '2024-09-09',
    text: 'Президенти Ҷумҳурии Тоҷикистон дар маросими идона бо суханронӣ баромад кард.',
    expect: [['tajikistan', 'Тоҷикистон']],
  },
  {
    id: 'tg-rustam', lang: 'tg', date: '2024-05-01',
    text: 'Рустами Эмомалӣ, раиси Маҷлиси миллӣ, бо ҳайъати парлумонии хориҷӣ вохӯрд.',
    expect: [['rustam-emomali', 'Рустами Эмомалӣ'], ['majlisi-milli', 'Маҷлиси миллӣ']],
  },
  {
    id: 'tg-irpt-ro', lang: 'tg', date: '2025-09-01',
    text: 'Мақомот соли 2015 Ҳизби наҳзати исломии Тоҷикистонро ташкилоти террористӣ эълон карданд.',
    expect: [['islamic-renaissance-party-of-tajikistan', 'Ҳизби наҳзати исломии Тоҷикистонро']],
  },
  {
    id: 'tg-kabiri', lang: 'tg', date: '2025-09-01',
    text: 'Муҳиддин Кабирӣ солҳои зиёд дар муҳоҷират зиндагӣ мекунад.',
    expect: [['muhiddin-kabiri', 'Муҳиддин Кабирӣ']],
  },
  {
    id: 'tg-khorog', lang: 'tg', date: '2022-06-01',
    text: 'Дар Хоруғ моҳи май эътирозҳо шуданд ва интернет қатъ гардид.',
    expect: [['khorog', 'Хоруғ']],
  },
  {
    id: 'tg-badakhshan', lang: 'tg', date: '2022-06-01',
    text: 'Сокинони Кӯҳистони Бадахшон аз маҳдудиятҳои нав шикоят карданд.',
    expect: [['gorno-badakhshan', 'Кӯҳистони Бадахшон']],
  },
  {
    id: 'tg-weather-none', lang: 'tg', date: '2025-04-01',
    text: 'Имрӯз ҳаво гарм буда, дар водиҳо борон намеборад.',
    expect: [],
  },
  {
    id: 'tg-near-miss', lang: 'tg', date: '2025-04-01',
    text: 'Ширкатҳои тоҷикистонӣ ва донишҷӯёни хоруғӣ дар намоишгоҳ ширкат варзиданд.',
    expect: [],
    not: ['тоҷикистонӣ', 'хоруғӣ'],
  },
  {
    id: 'tg-rasulzoda', lang: 'tg', date: '2024-02-01',
    text: 'Сарвазир Қоҳир Расулзода дар ҷаласаи Ҳукумат оид ба буҷа гузориш дод.',
    expect: [['kokhir-rasulzoda', 'Қоҳир Расулзода']],
  },
  {
    id: 'tg-surname-ro', lang: 'tg', date: '2024-11-16',
    text: 'Мухолифон дар муҳоҷират Раҳмонро барои маҳдуд кардани озодии баён танқид мекунанд.',
    expect: [['emomali-rahmon', 'Раҳмонро']],
  },
  {
    id: 'tg-dushanbe-ro', lang: 'tg', date: '2024-11-16',
    text: 'Меҳмонон Душанберо шаҳри фаввораҳо ва боғҳо номиданд.',
    expect: [['dushanbe', 'Душанберо']],
  },
];
