/** The UI language the browser uses for this extension (browser.i18n), narrowed to what we translate. */
export function uiLang(): 'en' | 'ru' {
  const lang = (globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } }).chrome?.i18n?.getUILanguage?.() ?? 'en';
  return lang.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}
