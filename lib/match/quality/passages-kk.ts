/**
 * Kazakh passages written for this suite from Kazakh-language news and government pages
 * (restated in our own words, not copied): sputnik.kz (2024-03-30, the flood meeting with
 * Olzhas Bektenov), zakon.kz (2026-02-10, the extended government meeting), egemen.kz (the
 * 2019 snap election decision), kznews.kz (2021, Sadyr Japarov's portraits). They exercise
 * Kazakh case endings, sentences with no mention and words that only look like names.
 */
import type { Passage } from './score';

export const PASSAGES_KK: Passage[] = [
  {
    id: 'kk-flood-meeting', lang: 'kk', date: '2024-03-30',
    text: 'Президент Қасым-Жомарт Тоқаев елдегі су тасқыны бойынша жиналыс өткізді. Жиналысқа премьер-министр Олжас Бектенов пен өзге де лауазымды тұлғалар қатысты.',
    expect: [['kassym-jomart-tokayev', 'Қасым-Жомарт Тоқаев'], ['olzhas-bektenov', 'Олжас Бектенов']],
  },
  {
    id: 'kk-bektenov-genitive', lang: 'kk', date: '2024-03-30',
    text: 'Мемлекет басшысы сапардан оралған соң Олжас Бектеновтің баяндамасын тыңдап, үкіметке бірқатар тапсырма берді.',
    expect: [['olzhas-bektenov', 'Олжас Бектеновтің']],
  },
  {
    id: 'kk-tokayev-genitive', lang: 'kk', date: '2026-02-10',
    text: 'Тоқаевтың айтуынша, үкімет мүшелерінің бәрі оның газетке берген сұхбатын мұқият оқып шықпаған.',
    expect: [['kassym-jomart-tokayev', 'Тоқаевтың']],
  },
  {
    id: 'kk-astana-locative', lang: 'kk', date: '2026-02-10',
    text: 'Астанада өткен үкіметтің кеңейтілген отырысында Президент министрлерге көбірек кітап оқуға кеңес берді.',
    expect: [['astana', 'Астанада']],
  },
  {
    id: 'kk-january-events', lang: 'kk', date: '2022-01-20',
    text: 'Қаңтар оқиғасы кезінде Алматыда жаппай тәртіпсіздік болды, кейін Тоқаев ҰҚК басшылығын ауыстырды.',
    expect: [['january-2022-kazakhstan-unrest', 'Қаңтар оқиғасы'], ['almaty', 'Алматыда'], ['kassym-jomart-tokayev', 'Тоқаев'], ['knb-kazakhstan', 'ҰҚК']],
  },
  {
    id: 'kk-kazakhstan-genitive', lang: 'kk', date: '2025-05-01',
    text: 'Депутаттар Қазақстанның сыртқы саясаты мен көршілес елдермен қарым-қатынасын талқылады.',
    expect: [['kazakhstan', 'Қазақстанның']],
  },
  {
    id: 'kk-weather-none', lang: 'kk', date: '2025-01-15',
    text: 'Бүгін ауа райы суық болады, жолдарда көктайғақ күтіледі, жүргізушілерге абай болу ұсынылады.',
    expect: [],
  },
  {
    id: 'kk-nazarbayev-genitive', lang: 'kk', date: '2019-03-20',
    text: 'Нұрсұлтан Назарбаевтың отставкаға кету туралы шешімі көпшілікті таңғалдырды.',
    expect: [['nursultan-nazarbayev', 'Нұрсұлтан Назарбаевтың']],
  },
  {
    id: 'kk-japarov-portrait', lang: 'kk', date: '2021-02-08',
    text: 'Қырғызстан президенті Садыр Жапаров өзінің портретін мемлекеттік мекемелердің кабинеттеріне ілмеуді сұрады.',
    expect: [['kyrgyzstan', 'Қырғызстан'], ['sadyr-japarov', 'Садыр Жапаров']],
  },
  {
    id: 'kk-republic', lang: 'kk', date: '2019-04-10',
    text: 'Қазақстан Республикасы Президентінің кезектен тыс сайлауы 2019 жылдың 9 маусымында өтетін болды.',
    expect: [['kazakhstan', 'Қазақстан Республикасы']],
  },
  {
    id: 'kk-zhanaozen', lang: 'kk', date: '2021-12-16',
    text: 'Маңғыстау облысында он жыл бұрын болған Жаңаөзен оқиғасы құрбандарын еске алу шарасы өтті.',
    expect: [['mangystau-region', 'Маңғыстау облысында'], ['zhanaozen-massacre', 'Жаңаөзен оқиғасы']],
  },
  {
    id: 'kk-eaeu-genitive', lang: 'kk', date: '2024-05-08',
    text: 'Еуразиялық экономикалық одақтың саммитінде сауда кедергілерін азайту мәселесі қаралды.',
    expect: [['eurasian-economic-union', 'Еуразиялық экономикалық одақтың']],
  },
  {
    id: 'kk-smailov-government', lang: 'kk', date: '2024-02-06',
    text: 'Әлихан Смайыловтың үкіметі ақпан айында отставкаға кетті, Президент оның жұмысына көңілі толмайтынын айтты.',
    expect: [['alikhan-smailov', 'Әлихан Смайыловтың']],
  },
  {
    id: 'kk-koshanov-genitive', lang: 'kk', date: '2023-03-29',
    text: 'Депутаттар Мәжіліс төрағасы Ерлан Қошановтың ұсынысын бірауыздан қолдады.',
    expect: [['mazhilis', 'Мәжіліс'], ['yerlan-koshanov', 'Ерлан Қошановтың']],
  },
  {
    id: 'kk-near-miss-demonyms', lang: 'kk', date: '2025-06-01',
    text: 'Астаналық кәсіпкерлер мен алматылық студенттер көрмеде қазақстандық өнімдерді таныстырды.',
    expect: [],
    not: ['Астаналық', 'алматылық', 'қазақстандық'],
  },
  {
    id: 'kk-tokayev-dative', lang: 'kk', date: '2024-09-02',
    text: 'Шетелдік инвесторлар Тоқаевқа жаңа зауыт салу жобасын таныстырды, ал ол Астанадан Түркістанға жұмыс сапарымен аттанды.',
    expect: [['kassym-jomart-tokayev', 'Тоқаевқа'], ['astana', 'Астанадан']],
  },
  {
    // Needs a Kazakh name for Sadyr Japarov in the pack (only ky and ru today): a known miss.
    id: 'kk-japarov-carpet', lang: 'kk', date: '2021-02-08',
    text: 'Ош қаласындағы резиденцияның директоры Садыр Жапаровтың кілемге тоқылған суретін кабинетіне іліп қойған.',
    expect: [['osh', 'Ош'], ['sadyr-japarov', 'Садыр Жапаровтың']],
  },
];
