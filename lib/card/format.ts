/** Human dates for ISO dates of any precision: 2022 → "2022", 2022-01 → "Jan 2022", 2022-01-05 → "5 Jan 2022". */
const MONTHS: Record<'en' | 'ru', string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  // Genitive abbreviations, as Russian news datelines write them ("5 янв. 2022").
  ru: ['янв.', 'февр.', 'марта', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
};
const MONTHS_NOMINATIVE_RU = ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];

export function formatDate(iso: string, lang: 'en' | 'ru' = 'en'): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[lang][Number(mo) - 1] : undefined;
  if (!month) return y!;
  if (d) return `${Number(d)} ${month} ${y}`;
  return `${lang === 'ru' ? MONTHS_NOMINATIVE_RU[Number(mo) - 1] : month} ${y}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A stored timestamp (ISO with time and zone) as the user's local date and 24-hour time,
 * in the same style as `formatDate`: "3 Dec 2026, 10:09" / "3 дек. 2026, 10:09". One format
 * for the whole interface instead of the browser's "12/3/2026, 10:09 AM".
 * `utcOffsetMinutes` (east of UTC) is a seam for tests; by default the runtime's offset then.
 * Unreadable input is returned as it is rather than shown as "Invalid Date".
 */
export function formatDateTime(iso: string, lang: 'en' | 'ru' = 'en', utcOffsetMinutes?: number): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const local = new Date(at.getTime() + (utcOffsetMinutes ?? -at.getTimezoneOffset()) * 60_000);
  const day = `${String(local.getUTCFullYear()).padStart(4, '0')}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}`;
  return `${formatDate(day, lang)}, ${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}`;
}

/** A stored timestamp as the user's local calendar day ("3 Dec 2026"): when an edit or note was made. */
export function formatLocalDay(iso: string, lang: 'en' | 'ru' = 'en', utcOffsetMinutes?: number): string {
  const full = formatDateTime(iso, lang, utcOffsetMinutes);
  return full === iso ? iso : full.slice(0, full.lastIndexOf(','));
}

/**
 * A role's title in the interface language: the pack's Russian title in a Russian
 * interface when it has one, else the English title (never a machine translation).
 */
export function roleTitle(role: { title: string; titleRu?: string | undefined }, lang: 'en' | 'ru' = 'en'): string {
  return lang === 'ru' && role.titleRu ? role.titleRu : role.title;
}

/** A country's name in the interface language: its entity's Russian name when it has one. */
export function countryName(country: { name: string; nameRu?: string | undefined }, lang: 'en' | 'ru' = 'en'): string {
  return lang === 'ru' && country.nameRu ? country.nameRu : country.name;
}
