/**
 * The one list of the site's locales. The Docusaurus config, the statement model, the tests and the scripts
 * all read it; add a locale here and everything that iterates over locales picks it up.
 */
export const LOCALES = [
  { code: 'en', label: 'English', htmlLang: 'en', path: 'en' },
  { code: 'zh-Hans', label: '简体中文', htmlLang: 'zh-Hans', path: 'zh-Hans' },
  { code: 'ru', label: 'Русский', htmlLang: 'ru', path: 'ru' },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];

export const DEFAULT_LOCALE: LocaleCode = 'en';

export const LOCALE_CODES: readonly LocaleCode[] = LOCALES.map((locale) => locale.code);

/** The URL prefix of a locale's pages: '' for the default locale, '/zh-Hans' for the others. */
export function localePrefix(locale: LocaleCode): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}
