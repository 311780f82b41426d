/**
 * News-like pages for `npm run bench`, generated from a seed: headings, paragraphs with
 * links, lists and a table, in English or Russian, with mentions dense (region news:
 * officials, countries, titles, Russian case forms, synthetic persons of the bigger fact
 * bases) or sparse (ordinary prose with a mention now and then). The same arguments give
 * the same bytes, so runs and fact bases compare.
 */
import { rng, syntheticName } from './bench-factbase';

export type PageLang = 'en' | 'ru';
export type PageDensity = 'dense' | 'sparse';

export interface BenchPageSpec {
  /** Target size of the HTML, UTF-8 bytes. */
  bytes: number;
  lang: PageLang;
  density: PageDensity;
}

/** Synthetic entities every synthetic fact base holds (the smallest has 10,000). */
const SYNTHETIC_NAMED = 10_000;

interface Vocabulary {
  officials: string[];
  countries: string[];
  places: string[];
  titles: string[];
  organisations: string[];
  templates: string[];
  prose: string[];
  headings: string[];
  synthetic: (i: number) => string;
}

// Slots: {P} official, {C} country or its case form, {L} place, {T} title, {O} organisation, {S} synthetic person.
const EN: Vocabulary = {
  officials: ['Kassym-Jomart Tokayev', 'Tokayev', 'Shavkat Mirziyoyev', 'Mirziyoyev', 'Sadyr Japarov', 'Emomali Rahmon', 'Serdar Berdimuhamedov', 'Olzhas Bektenov', 'Nursultan Nazarbayev', 'Japarov'],
  countries: ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'],
  places: ['Astana', 'Almaty', 'Bishkek', 'Osh', 'Aktau', 'the Aral Sea'],
  titles: ['the President of Kazakhstan', 'the President of Uzbekistan', 'the Prime Minister of Kazakhstan', 'the President of Kyrgyzstan'],
  organisations: ['the Senate of Kazakhstan', 'the Mazhilis', 'the National Bank of Kazakhstan', 'Amanat'],
  templates: [
    '{P} met {S} in {L} on Tuesday to discuss water sharing with {C}.',
    '{T} signed a decree on grain exports, the press service said, and {S} was named to oversee it.',
    'According to officials in {L}, {P} will travel to {C} next month.',
    '{S}, a deputy minister, told reporters that {O} would review the tariffs before the summer.',
    'Talks between {C} and {C} stalled after {P} raised the question of the border crossings.',
    'In a statement, {O} said {S} had resigned for family reasons.',
    'Observers in {L} expect {T} to name {S} as envoy.',
  ],
  prose: [
    'The weather stayed mild for most of the week, and the markets were busy until late.',
    'A new bus line links the airport with the old town, the city council said.',
    'Prices for bread and vegetables rose slightly in October, the statistics office reported.',
    'The museum reopened after two years of repairs with an exhibition of textiles.',
    'Farmers said the late rains helped the harvest in the eastern districts.',
    'The university will admit more students to its engineering courses next year.',
    'Residents complained about the noise from the construction of the new stadium.',
    'The festival drew more visitors than last year, the organisers said on Sunday.',
    'Schools will start the winter holidays a week earlier because of the cold.',
    'The railway company ordered twenty new carriages for its night trains.',
  ],
  headings: ['Regional news', 'Economy', 'Water and energy', 'Politics', 'Culture', 'Transport', 'Opinion'],
  synthetic: (i) => syntheticName(i).en,
};

const RU: Vocabulary = {
  officials: ['Касым-Жомарт Токаев', 'Токаева', 'Токаеву', 'Токаевым', 'Шавкат Мирзиёев', 'Мирзиёевым', 'Садыр Жапаров', 'Жапарова', 'Эмомали Рахмон', 'Рахмону', 'Сердар Бердымухамедов'],
  countries: ['Казахстан', 'Казахстана', 'Казахстане', 'Киргизии', 'Таджикистаном', 'Туркменистана', 'Узбекистане', 'Узбекистаном'],
  places: ['Астане', 'Алматы', 'Бишкеке', 'Оше', 'Актау', 'Аральского моря'],
  titles: ['президент Казахстана', 'президента Узбекистана', 'премьер-министр Казахстана', 'президентом Киргизии'],
  organisations: ['Сенат Казахстана', 'Мажилис', 'Национальный банк Казахстана', 'партия «Аманат»'],
  templates: [
    '{P} встретился с {S} в {L}, чтобы обсудить раздел воды с {C}.',
    'Как сообщила пресс-служба, {T} подписал указ об экспорте зерна; контроль поручен {S}.',
    'По словам чиновников в {L}, {P} посетит {C} в следующем месяце.',
    '{S}, заместитель министра, заявил журналистам, что {O} пересмотрит тарифы до лета.',
    'Переговоры с {C} зашли в тупик после того, как {P} поднял вопрос о пунктах пропуска.',
    'В заявлении {O} говорится, что {S} ушёл в отставку по семейным обстоятельствам.',
    'Наблюдатели в {L} ожидают, что {T} назначит {S} посланником.',
  ],
  prose: [
    'Большую часть недели погода оставалась мягкой, а рынки работали допоздна.',
    'Новый автобусный маршрут связал аэропорт со старым городом, сообщили в горсовете.',
    'В октябре хлеб и овощи немного подорожали, сообщило статистическое ведомство.',
    'Музей открылся после двух лет ремонта выставкой тканей.',
    'Фермеры говорят, что поздние дожди помогли урожаю в восточных районах.',
    'В следующем году университет примет больше студентов на инженерные специальности.',
    'Жители жаловались на шум со стройки нового стадиона.',
    'Фестиваль собрал больше гостей, чем в прошлом году, сообщили организаторы в воскресенье.',
    'Из-за холодов зимние каникулы в школах начнутся на неделю раньше.',
    'Железнодорожная компания заказала двадцать новых вагонов для ночных поездов.',
  ],
  headings: ['Новости региона', 'Экономика', 'Вода и энергетика', 'Политика', 'Культура', 'Транспорт', 'Мнения'],
  // A synthetic person in a case form: -ов surnames take -а (genitive/accusative) and -ым (instrumental).
  synthetic: (i) => {
    const n = syntheticName(i);
    if (n.type === 'organization') return n.ru;
    return [n.ru, `${n.ru}а`, `${n.ru}ым`][i % 3]!;
  },
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function benchPage(spec: BenchPageSpec, seed = 1): string {
  const v = spec.lang === 'en' ? EN : RU;
  const r = rng(seed * 7919 + spec.bytes + (spec.lang === 'en' ? 1 : 2) + (spec.density === 'dense' ? 10 : 20));
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const mentionShare = spec.density === 'dense' ? 0.8 : 0.03;
  const fill = (template: string) =>
    template.replace(/\{([PCLTOS])\}/g, (_, slot: string) => {
      const text = slot === 'S' ? v.synthetic(Math.floor(r() * SYNTHETIC_NAMED)) : pick({ P: v.officials, C: v.countries, L: v.places, T: v.titles, O: v.organisations }[slot as 'P']);
      // Some mentions are links, as on a news site (the name split across inline elements now and then).
      return r() < 0.15 ? `<a href="#${Math.floor(r() * 1e6)}">${escape(text)}</a>` : escape(text);
    });
  const sentence = () => (r() < mentionShare ? fill(pick(v.templates)) : escape(pick(v.prose)));
  const paragraph = (n: number) => `<p>${Array.from({ length: n }, sentence).join(' ')}</p>`;
  const head = `<!doctype html><html lang="${spec.lang}"><head><meta charset="utf-8"><title>${v.headings[0]}</title>` +
    '<style>body{font:16px/1.5 serif;max-width:46em;margin:auto}table{border-collapse:collapse}td{border:1px solid #ccc;padding:2px 6px}</style></head><body><header><h1>' + v.headings[0] + '</h1><nav><a href="#">Home</a> · <a href="#">World</a></nav></header><main>';
  const tail = '</main><footer><p>© News site</p></footer></body></html>';
  const parts: string[] = [head];
  let size = Buffer.byteLength(head + tail);
  for (let story = 0; size < spec.bytes; story++) {
    const chunk: string[] = [`<article><h2>${escape(pick(v.headings))}</h2>`];
    for (let p = 2 + Math.floor(r() * 4); p > 0; p--) chunk.push(paragraph(2 + Math.floor(r() * 4)));
    if (story % 3 === 1) chunk.push(`<ul>${Array.from({ length: 3 + Math.floor(r() * 3) }, () => `<li>${sentence()}</li>`).join('')}</ul>`);
    if (story % 20 === 5) {
      const rows = Array.from({ length: 6 }, () => `<tr><td>${fill('{S}')}</td><td>${fill('{C}')}</td><td>${Math.floor(r() * 1000)}</td></tr>`);
      chunk.push(`<table><tbody>${rows.join('')}</tbody></table>`);
    }
    chunk.push('</article>');
    const html = chunk.join('\n');
    parts.push(html);
    size += Buffer.byteLength(html) + 1;
  }
  parts.push(tail);
  return parts.join('\n');
}
