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
