/**
 * The parallel view's columns, as the URL states them (`?langs=zh-Hans,ru`): reading the parameter forgivingly
 * and writing it back in one canonical form, so a shared link always opens a sensible view.
 */
import { LOCALE_CODES, matchLocale, type LocaleCode } from '@site/src/locales';

export const LANGS_PARAMETER = 'langs';
export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = LOCALE_CODES.length;

/** The page's language first, then the others in the site's order. */
export function defaultLanguages(pageLocale: LocaleCode): LocaleCode[] {
  return [pageLocale, ...LOCALE_CODES.filter((code) => code !== pageLocale)];
}

/**
 * The columns a `langs` value asks for: known languages in the order given, each once, at most three. What is
 * unknown is dropped; with fewer than two left, the page's defaults fill in; with none, the default view.
 */
export function parseLanguages(value: string | null, pageLocale: LocaleCode): LocaleCode[] {
  const asked = (value ?? '')
    .split(',')
    .map(matchLocale) // `zh-hans`, `ZH-HANS` and `zh` all mean zh-Hans
    .filter((code): code is LocaleCode => code !== undefined);
  const languages = [...new Set(asked)].slice(0, MAX_COLUMNS);
  if (languages.length === 0) return defaultLanguages(pageLocale);
  for (const code of defaultLanguages(pageLocale)) {
    if (languages.length >= MIN_COLUMNS) break;
    if (!languages.includes(code)) languages.push(code);
  }
  return languages;
}

/** The query string for a set of columns; the default view has none, so the plain address stays plain. */
export function languagesSearch(languages: readonly LocaleCode[], pageLocale: LocaleCode): string {
  const isDefault = languages.join() === defaultLanguages(pageLocale).join();
  return isDefault ? '' : `?${LANGS_PARAMETER}=${languages.join(',')}`;
}

export function moveLanguage(languages: readonly LocaleCode[], code: LocaleCode, by: -1 | 1): LocaleCode[] {
  const from = languages.indexOf(code);
  const to = from + by;
  if (from === -1 || to < 0 || to >= languages.length) return [...languages];
  const moved = [...languages];
  [moved[from], moved[to]] = [moved[to], moved[from]];
  return moved;
}
