/**
 * English and Russian passages for resolution by context (issue 11): titles that name
 * no country, evidence by proximity, a title word beside a shared surname, shared
 * acronyms settled by the country a paragraph is about, private namesakes, partial page
 * dates. Written for this suite in our own words, after the patterns of regional news
 * (24.kg, Azattyk, Kloop, AKIpress items on the GKNB, cabinet appointments and
 * inaugurations, 2020–2026); people outside the fact base are invented or left unnamed.
 *
 * Importing this module adds the passages to PASSAGES_EN and PASSAGES_RU, so the suite
 * (quality.test.ts) measures them with the rest.
 */
import type { Passage } from './score';
import { PASSAGES_EN } from './passages-en';
import { PASSAGES_RU } from './passages-ru';

export const PASSAGES_CONTEXT_EN: Passage[] = [
  // 1. A title that names no country.
  {
    id: 'en-ctx-deputy-cabinet-osh', lang: 'en', date: '2024-06-10',
    text: 'The deputy chairman of the Cabinet of Ministers met school directors in Osh on Monday and promised that the new classrooms would open by September.',
    expect: [['osh', 'Osh']],
    not: ['deputy chairman of the Cabinet of Ministers'],
  },
  {
    id: 'en-ctx-deputy-cabinet-no-country', lang: 'en', date: '2025-02-03',
    text: 'A deputy chairman of the Cabinet of Ministers was dismissed after the audit, and the foreign minister cut short a trip abroad.',
    expect: [],
    not: ['deputy chairman of the Cabinet of Ministers', 'foreign minister'],
  },
  {
    id: 'en-ctx-deputy-cabinet-ashgabat', lang: 'en', date: '2024-04-15',
    text: 'In Ashgabat, the deputy chairman of the Cabinet of Ministers, who also runs the foreign ministry, received the European Union envoy.',
    expect: [['ashgabat', 'Ashgabat'], ['rashid-meredov', 'deputy chairman of the Cabinet of Ministers'], ['european-union', 'European Union']],
  },
  {
    id: 'en-ctx-chairman-security-committee', lang: 'en', date: '2023-09-01',
    text: 'The chairman of the State Committee for National Security told deputies in Bishkek that the border was calm.',
    expect: [['bishkek', 'Bishkek']],
    not: ['chairman of the State Committee for National Security'],
  },
  // 2. The nearest evidence decides.
  {
    id: 'en-ctx-japarov-local-title', lang: 'en', date: '2024-03-12',
    text: 'Readers pointed out that Akylbek Japarov is no relation of the head of state. President Japarov signed the media law on Friday, and Japarov, the president, defended it in a televised address.',
    expect: [['akylbek-japarov', 'Akylbek Japarov'], ['sadyr-japarov', 'Japarov'], ['sadyr-japarov', 'Japarov']],
  },
  {
    id: 'en-ctx-gknb-adjacent-wins', lang: 'en', date: '2023-05-20',
    text: "Tajikistan's GKNB denied the report, while in Bishkek the press office of the Kyrgyz cabinet said nothing.",
    expect: [['tajikistan', 'Tajikistan'], ['gknb-tajikistan', 'GKNB'], ['bishkek', 'Bishkek']],
  },
  // 3. A title word beside a shared surname; a title on a hand-over.
  {
    id: 'en-ctx-berdimuhamedov-sworn-in', lang: 'en', date: '2022-03-19',
    text: 'Berdimuhamedov was sworn in as president at a ceremony in Ashgabat, taking over the office his father had held for fifteen years.',
    expect: [['serdar-berdimuhamedov', 'Berdimuhamedov'], ['ashgabat', 'Ashgabat']],
  },
  {
    id: 'en-ctx-berdimuhamedov-president-2015', lang: 'en', date: '2015-08-01',
    text: 'Berdimuhamedov, the president, opened the new airport terminal and rode a horse on state television.',
    expect: [['gurbanguly-berdimuhamedov', 'Berdimuhamedov']],
  },
  {
    id: 'en-ctx-pm-handover-month', lang: 'en', date: '2024-02',
    text: 'The prime minister of Kazakhstan presented the new cabinet to the Mazhilis this month.',
    expect: [['olzhas-bektenov', 'prime minister of Kazakhstan'], ['mazhilis', 'Mazhilis']],
  },
  // 4. A shared acronym takes the country of its paragraph.
  {
    id: 'en-ctx-gknb-bishkek', lang: 'en', date: '2026-02-16',
    text: 'The GKNB detained a former head of its Bishkek department overnight; the military prosecutor has not named the charge.',
    expect: [['gknb-kyrgyzstan', 'GKNB'], ['bishkek', 'Bishkek']],
  },
  {
    id: 'en-ctx-gknb-tajik-demonym', lang: 'en', date: '2024-10-02',
    text: 'Tajik lawyers say the GKNB questioned the relatives of an exiled blogger for six hours.',
    expect: [['gknb-tajikistan', 'GKNB']],
  },
  // 5. A private namesake.
  {
    id: 'en-ctx-rahmon-taxi', lang: 'en', date: '2025-05-14',
    text: 'Rahmon, a taxi driver from Khujand, said the price of petrol had doubled since spring. "Nobody asks us," he said.',
    expect: [],
    not: ['Rahmon'],
  },
  {
    id: 'en-ctx-rahmon-president', lang: 'en', date: '2025-05-14',
    text: 'Rahmon, the president, told parliament that fuel prices would be capped until the end of the year.',
    expect: [['emomali-rahmon', 'Rahmon']],
  },
  {
    id: 'en-ctx-mirziyoyev-age', lang: 'en', date: '2025-09-09',
    text: 'A market trader named Mirziyoyev, no relative of the president, said his stall was demolished without warning.',
    expect: [],
    not: ['Mirziyoyev'],
  },
];

export const PASSAGES_CONTEXT_RU: Passage[] = [
  // 1. Титул без страны.
  {
    id: 'ru-ctx-deputy-cabinet-osh', lang: 'ru', date: '2024-06-10',
    text: 'Заместитель председателя кабинета министров встретился с директорами школ в Оше и пообещал открыть новые классы к сентябрю.',
    expect: [['osh', 'Оше']],
    not: ['Заместитель председателя кабинета министров'],
  },
  {
    id: 'ru-ctx-deputy-cabinet-oblique', lang: 'ru', date: '2025-02-03',
    text: 'По итогам проверки заместителя председателя кабинета министров освободили от должности, а министр иностранных дел прервал зарубежную поездку.',
    expect: [],
    not: ['заместителя председателя кабинета министров', 'министр иностранных дел'],
  },
  {
    id: 'ru-ctx-deputy-cabinet-turkmen', lang: 'ru', date: '2024-04-15',
    text: 'В Ашхабаде заместитель председателя Кабинета министров, курирующий внешнюю политику, принял посланника Евросоюза.',
    expect: [['ashgabat', 'Ашхабаде'], ['rashid-meredov', 'заместитель председателя Кабинета министров'], ['european-union', 'Евросоюза']],
  },
  // 2. Решает ближайшее свидетельство.
  {
    id: 'ru-ctx-japarov-local-title', lang: 'ru', date: '2024-03-12',
    text: 'Читатели напомнили, что Акылбек Жапаров не родственник главы государства. Президент Жапаров подписал закон о СМИ в пятницу.',
    expect: [['akylbek-japarov', 'Акылбек Жапаров'], ['sadyr-japarov', 'Жапаров']],
  },
  {
    id: 'ru-ctx-gknb-adjacent', lang: 'ru', date: '2023-05-20',
    text: 'В ГКНБ Таджикистана сообщение назвали ложным, а в Бишкеке от комментариев отказались.',
    expect: [['gknb-tajikistan', 'ГКНБ'], ['tajikistan', 'Таджикистана'], ['bishkek', 'Бишкеке']],
  },
  // 3. Титул рядом с фамилией.
  {
    id: 'ru-ctx-berdimuhamedov-inauguration', lang: 'ru', date: '2022-03-19',
    text: 'Бердымухамедов вступил в должность президента на церемонии в Ашхабаде, сменив на этом посту своего отца.',
    expect: [['serdar-berdimuhamedov', 'Бердымухамедов'], ['ashgabat', 'Ашхабаде']],
  },
  {
    id: 'ru-ctx-japarov-pm-2020', lang: 'ru', date: '2020-10-14',
    text: 'Жапаров был назначен премьер-министром после повторного голосования в парламенте.',
    expect: [['sadyr-japarov', 'Жапаров']],
  },
  {
    id: 'ru-ctx-pm-month', lang: 'ru', date: '2023-01',
    text: 'Премьер-министр Казахстана провёл первое в этом году заседание правительства.',
    expect: [['alikhan-smailov', 'Премьер-министр Казахстана']],
  },
  // 4. Общая аббревиатура и страна абзаца.
  {
    id: 'ru-ctx-gknb-bishkek', lang: 'ru', date: '2026-02-16',
    text: 'В Бишкеке задержан бывший начальник столичного управления ГКНБ; по какой статье возбуждено дело, пока не сообщается.',
    expect: [['bishkek', 'Бишкеке'], ['gknb-kyrgyzstan', 'ГКНБ']],
  },
  {
    id: 'ru-ctx-gknb-kyrgyz-adjective', lang: 'ru', date: '2025-11-20',
    text: 'Кыргызские правозащитники сообщили, что сотрудники ГКНБ провели обыски у двух журналистов.',
    expect: [['gknb-kyrgyzstan', 'ГКНБ']],
  },
  {
    id: 'ru-ctx-gknb-two-countries', lang: 'ru', date: '2022-09-20',
    text: 'После столкновений на границе Киргизии и Таджикистана ГКНБ обвинил противоположную сторону в провокации.',
    expect: [['kyrgyzstan', 'Киргизии'], ['tajikistan', 'Таджикистана'], [null, 'ГКНБ']],
  },
  // 5. Частное лицо с той же фамилией.
  {
    id: 'ru-ctx-rahmon-taxi', lang: 'ru', date: '2025-05-14',
    text: 'Рахмон, водитель такси из Худжанда, жалуется, что бензин с весны подорожал вдвое.',
    expect: [],
    not: ['Рахмон'],
  },
  {
    id: 'ru-ctx-rahmon-president', lang: 'ru', date: '2025-05-14',
    text: 'Рахмон, президент страны, пообещал парламенту сдержать цены на топливо до конца года.',
    expect: [['emomali-rahmon', 'Рахмон']],
  },
];

PASSAGES_EN.push(...PASSAGES_CONTEXT_EN);
PASSAGES_RU.push(...PASSAGES_CONTEXT_RU);
