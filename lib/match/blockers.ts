/**
 * Phrases and neighbour words that stop a name from being taken as the entity.
 *
 * Mechanism (chosen over post-filters so it costs nothing extra per page): blocker
 * phrases go into the same trie as names, flagged `blocker`. The scan takes the
 * longest match at each word start, so "Kazakhstan Temir Zholy" is consumed whole
 * by its blocker and emits nothing, while a bare "Kazakhstan" still matches.
 * Places and institutions named after a person are caught by one neighbour word
 * instead of listing every "X University": see `NAMED_AFTER`.
 *
 * These defaults are editable via compileDictionary options; a pack for another
 * region passes its own.
 */

/** Companies and brands that contain a country or city name. */
export const DEFAULT_BLOCKERS: string[] = [
  'Kazakhstan Temir Zholy', 'Қазақстан темір жолы', 'Казахстан темир жолы',
  'Uzbekistan Airways', 'Uzbekistan Railways', "O'zbekiston temir yo'llari", 'Узбекистон темир йуллари',
  'Turkmenistan Airlines', 'Somon Air', 'Tajik Air', 'Kyrgyzstan Airlines',
  // A port or city that shares a person's nickname ("port of Turkmenbashi") is not listed
  // here: alias-rules.ts reads the place words around any such name.
];

/** The word right before / after a person's name that makes it a place or institution. */
export const NAMED_AFTER = {
  // Russian words are given in the nominative; compileDictionary adds every case form.
  before: [
    'улица', 'ул', 'проспект', 'пр', 'просп', 'бульвар', 'площадь', 'переулок', 'имени', 'им', 'köçesi', "ko'chasi",
  ],
  after: [
    'street', 'st', 'avenue', 'ave', 'boulevard', 'blvd', 'prospekt', 'prospect', 'square', 'road',
    'university', 'airport', 'school', 'schools', 'intellectual', 'library', 'museum', 'stadium', 'park',
    'peak', 'mosque', 'foundation', 'fund', 'centre', 'center', 'international', 'institute', 'academy',
    'hospital', 'prize', 'award', 'medal',
    'университет', 'интеллектуальные', 'фонд', 'центр',
  ],
};

/** Stems of a word that makes a following title mean someone else: "former president of …". */
export const NOT_CURRENT = [
  'former', 'ex', 'late', 'first', 'future', 'next', 'previous', 'then', 'acting', 'interim', 'new', 'incoming', 'outgoing',
  'бывш', 'экс', 'перв', 'будущ', 'тогдашн', 'покойн', 'следующ', 'прежн', 'нов', 'временн',
];

/** Words after a title that make it a name of something else: "Kazakhstan Premier League", "President's Cup". */
export const NOT_TITLE_BEFORE = ['league', 'cup', 'division', 'club', 'trophy', 'award', 'лига', 'лиги', 'лигу', 'лигой', 'лиге', 'кубок', 'кубка', 'кубке'];
