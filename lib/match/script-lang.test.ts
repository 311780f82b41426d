import { describe, expect, it } from 'vitest';
import { blockLanguages, LANG_BIT, type NationalLang } from './script-lang';

const langs = (text: string, page?: string): NationalLang[] =>
  (Object.keys(LANG_BIT) as NationalLang[]).filter((l) => blockLanguages(text, page) & LANG_BIT[l]);

describe('block language detection', () => {
  it.each([
    ['Мемлекет басшысы Қазақстан халқына Жолдау жариялады және үкіметке тапсырма берді.', ['kk'], 'Kazakh-only letters ә і ұ and the word және'],
    ['Президент Садыр Жапаров өлкөнүн түштүгүнө иш сапары менен барды.', ['ky'], 'ң ө ү without Kazakh-only letters: Kyrgyz'],
    ['Президенти Ҷумҳурии Тоҷикистон дар шаҳри Душанбе бо сафир мулоқот кард.', ['tg'], 'Tajik-only letters ҷ ӣ ӯ and дар, бо'],
    ['Prezident Shavkat Mirziyoyev Oʻzbekiston hukumati bilan yigʻilish oʻtkazdi.', ['uz'], 'Uzbek Latin oʻ gʻ and bilan'],
    ['Президент Ўзбекистон ҳукумати билан йиғилиш ўтказди.', ['uz'], 'Uzbek Cyrillic ў ҳ and билан'],
    ['Türkmenistanyň Prezidenti Serdar Berdimuhamedow Aşgabatda maslahat geçirdi.', ['tk'], 'Turkmen ň ý ş ç ä'],
    ['President Tokayev met the Uzbek delegation in Astana on Tuesday.', [], 'English: no national language'],
    ['Президент Токаев встретился с делегацией в Астане во вторник.', [], 'Russian: no national language'],
    ['Президент Казахстана Токаев (Қасым-Жомарт Тоқаев) провёл встречу в Астане и обсудил планы.', [], 'a Russian block quoting one Kazakh spelling stays Russian'],
    ['The Turkmen leader, whose name is often written Berdimuhamedow or Berdimuhammedov, spoke in Aşgabat about the economy and its outlook.', [], 'English quoting one Turkmen spelling stays English'],
    ["O'Brien said the report was ready.", [], 'an English o\' is not Uzbek'],
  ] as [string, NationalLang[], string][])('%s', (text, expected, rule) => {
    expect(langs(text), rule).toEqual(expected);
  });

  it('a short block with no telling letter takes the page language, unless it shows English or Russian words', () => {
    expect(langs('Жапаров Бишкекте', 'ky'), 'page lang ky').toEqual(['ky']);
    expect(langs('Жапаров Бишкекте'), 'no page lang: undecided').toEqual([]);
    expect(langs('Жапаров в Бишкеке и на', 'ky'), 'Russian words win over the page lang').toEqual([]);
    expect(langs('Mirziyoyev Toshkentda', 'uz-Latn'), 'uz-Latn page, Latin block').toEqual(['uz']);
    expect(langs('Mirziyoyev Toshkentda', 'kk'), 'a Latin block on a Kazakh page is not Kazakh').toEqual([]);
  });

  it('an empty or symbol-only block is no language', () => {
    expect(langs(''), 'empty').toEqual([]);
    expect(langs('— 12:30 —'), 'symbols').toEqual([]);
  });
});
