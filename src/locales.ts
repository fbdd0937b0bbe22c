/**
 * The one list of the site's locales. The Docusaurus config, the statement model, the tests and the scripts
 * all read it; add a locale here and everything that iterates over locales picks it up.
 */
export const LOCALES = [
  { code: 'en', label: 'English', htmlLang: 'en', path: 'en', siteTitle: 'SCO 2023 · Xi Jinping’s statement' },
  {
    code: 'zh-Hans',
    label: '简体中文',
    htmlLang: 'zh-Hans',
    path: 'zh-Hans',
    siteTitle: '2023年上合组织峰会习近平讲话',
  },
  { code: 'ru', label: 'Русский', htmlLang: 'ru', path: 'ru', siteTitle: 'ШОС-2023 · Выступление Си Цзиньпина' },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];

export const DEFAULT_LOCALE: LocaleCode = 'en';

export const LOCALE_CODES: readonly LocaleCode[] = LOCALES.map((locale) => locale.code);

export function localeConfig(code: string): (typeof LOCALES)[number] {
  return LOCALES.find((locale) => locale.code === code) ?? LOCALES[0];
}

/** The URL prefix of a locale's pages: '' for the default locale, '/zh-Hans' for the others. */
export function localePrefix(locale: LocaleCode): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}
