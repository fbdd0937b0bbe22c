import { matchLocale, type LocaleCode } from '@site/src/locales';

/**
 * The site locale the reader's browser prefers: the first of `navigator.languages` that one of the site's
 * locales serves (see `matchLocale`: zh-CN → zh-Hans, ru-RU → ru, en-GB → en), or undefined.
 */
export function preferredLocale(languages: readonly string[]): LocaleCode | undefined {
  for (const language of languages) {
    const match = matchLocale(language);
    if (match) return match;
  }
  return undefined;
}

export const DISMISSED_KEY = 'language-suggestion-dismissed';
