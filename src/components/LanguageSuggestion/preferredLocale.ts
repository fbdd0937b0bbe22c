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

/**
 * The locale a click on `target` chooses: a link of a language switch (the navbar's list, the phone menu's, the
 * banner's) to one of the site's locales other than the page's. Other links to a translation (the ¶ menu's
 * “Read ¶6 in …”) visit it; they do not change the reader's language.
 */
export function chosenLocale(target: Element, current: string): LocaleCode | undefined {
  const link = target.closest('.navbar a[lang], [data-language-suggestion] a[hreflang]');
  const locale = link && matchLocale(link.getAttribute('hreflang') ?? link.getAttribute('lang') ?? '');
  return locale && locale !== current ? locale : undefined;
}

export const DISMISSED_KEY = 'language-suggestion-dismissed';
/** The language the reader last switched to with a link. */
export const CHOSEN_KEY = 'language-chosen';
