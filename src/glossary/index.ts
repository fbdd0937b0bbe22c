/**
 * The glossary as data: each term's entry in each language (i18next resources, one `glossary` namespace) and
 * finding the terms in the statement's text. The remark plugin marks terms with it, the build plugin lists
 * where each term occurs, the glossary page shows the entries.
 */
import type { LocaleCode } from '../locales';
import en from '../i18next/locales/en/glossary.json';
import ru from '../i18next/locales/ru/glossary.json';
import zhHans from '../i18next/locales/zh-Hans/glossary.json';
import { GLOSSARY_TERMS } from './terms';

export { GLOSSARY_TERMS, TERM_CATEGORIES, type TermCategory } from './terms';

export interface GlossaryEntry {
  /** The term as this language writes it. */
  readonly term: string;
  readonly note: string;
  /** A regular expression (source) that finds the term in this language's statement text. */
  readonly match: string;
  /**
   * Other words readers use for the term in this language (colloquial forms, abbreviations, other
   * translations). Search finds the term's passages by them; they are never shown in the text.
   */
  readonly aliases?: readonly string[];
}

export type GlossaryResources = Readonly<Record<string, GlossaryEntry>>;

export const GLOSSARY: Readonly<Record<LocaleCode, GlossaryResources>> = { en, 'zh-Hans': zhHans, ru };

export interface TermOccurrence {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The pattern that finds a term. Words in English and Russian must stand alone (“SCO” is not found inside
 * “SCOs”), hence the letter boundaries; Chinese is written without spaces and has none.
 */
export function termPattern(locale: string, match: string): RegExp {
  const source = locale.startsWith('zh') ? match : `(?<![\\p{L}\\p{N}])(?:${match})(?![\\p{L}\\p{N}])`;
  return new RegExp(source, 'gu');
}

export type TermFinder = (text: string) => TermOccurrence[];

/**
 * Finds every given term in a text, without overlaps: where terms overlap, the one that starts first wins,
 * then the longer (“SCO Development Bank” over “SCO”).
 */
export function createTermFinder(
  locale: string,
  terms: readonly { readonly id: string; readonly match: string }[],
): TermFinder {
  const patterns = terms.map(({ id, match }) => ({ id, pattern: termPattern(locale, match) }));
  return (text) => {
    const all = patterns.flatMap(({ id, pattern }) =>
      [...text.matchAll(pattern)].map((m) => ({ id, start: m.index, end: m.index + m[0].length })),
    );
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: TermOccurrence[] = [];
    for (const occurrence of all) {
      if (occurrence.start >= (kept[kept.length - 1]?.end ?? 0)) kept.push(occurrence);
    }
    return kept;
  };
}

/** Finds the glossary's terms in a text of the given language. */
export function termFinder(locale: LocaleCode): TermFinder {
  return createTermFinder(
    locale,
    GLOSSARY_TERMS.map(({ id }) => ({ id, match: GLOSSARY[locale][id].match })),
  );
}

/** Each term's aliases in a language, for the search index (terms without aliases are left out). */
export function termAliases(locale: LocaleCode): Readonly<Record<string, readonly string[]>> {
  return Object.fromEntries(
    GLOSSARY_TERMS.flatMap(({ id }) => {
      const aliases = GLOSSARY[locale][id].aliases ?? [];
      return aliases.length ? [[id, aliases]] : [];
    }),
  );
}

/** The paragraphs in which each term occurs (counted term by term, so a term inside a longer one counts too). */
export function termParagraphs(
  locale: LocaleCode,
  paragraphs: readonly { readonly number: number; readonly text: string }[],
): Record<string, number[]> {
  return Object.fromEntries(
    GLOSSARY_TERMS.map(({ id }) => {
      const pattern = termPattern(locale, GLOSSARY[locale][id].match);
      return [id, paragraphs.filter(({ text }) => text.search(pattern) !== -1).map((p) => p.number)];
    }),
  );
}
