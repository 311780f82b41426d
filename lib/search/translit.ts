/**
 * A loose Latin key for search: Cyrillic (Russian plus Kazakh, Kyrgyz, Tajik,
 * Uzbek letters) romanised, then common spelling variants folded
 * (kh→h, zh/dzh/j→j, y→i, q→k, doubled letters), so "tokaev", "Токаев" and
 * "Toqayev" share one key. Only for ranking search results; the page matcher
 * has its own offset-preserving normaliser.
 */
const CYR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', қ: 'q', ғ: 'g', ү: 'u', ұ: 'u', ө: 'o', ң: 'ng', һ: 'h', ә: 'a',
  і: 'i', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u', ў: 'o',
};

export function searchKey(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')) out += CYR[ch] ?? ch;
  return out
    .replace(/[ʻʼ'’`]/g, '')
    .replace(/dzh|zh|dj/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/yev\b|iev\b/g, 'ev')
    .replace(/yo/g, 'o')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
