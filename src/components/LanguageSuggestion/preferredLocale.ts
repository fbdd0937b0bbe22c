import { LOCALES, type LocaleCode } from '@site/src/locales';

/**
 * The site locale the reader's browser prefers: the first of `navigator.languages` that one of the site's
 * locales serves (any Chinese variant → zh-Hans, ru-* → ru, en-* → en), or undefined.
 */
export function preferredLocale(languages: readonly string[]): LocaleCode | undefined {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    const match = LOCALES.find((locale) => locale.code.toLowerCase().split('-')[0] === primary);
    if (match) return match.code;
  }
  return undefined;
}

export const DISMISSED_KEY = 'language-suggestion-dismissed';
