/**
 * Where the citation styles are served: the build writes each style, with the CSL locale of the page's language,
 * to `citation/<style>.json` in every locale's output; the ¶ menu fetches the one it needs on first use, so
 * neither the styles nor the CSL engine are part of any page's first load. Browser-safe.
 */
import type { LocaleCode } from '../locales';
import type { CslNode } from './cslData';
import type { StyleData } from './format';
import { localizeLocaleDates, localizeStyleDates } from './localDates';
import { CSL_LOCALE, type CitationStyleId } from './styles';

export const CITATION_PATH = '/citation';

export function citationDataFile(style: CitationStyleId): string {
  return `${style}.json`;
}

/** A style with the CSL locale of the page's language, dates as that language writes them. */
export function styleData(locale: LocaleCode, style: CslNode, localeOf: (lang: string) => CslNode): StyleData {
  return {
    style: localizeStyleDates(style, locale),
    locale: localizeLocaleDates(localeOf(CSL_LOCALE[locale]), locale),
    lang: CSL_LOCALE[locale],
  };
}
