/**
 * The glossary as data: each term's entry in each language (i18next resources, one `glossary` namespace) and
 * finding the terms in the statement's text. The remark plugin marks terms with it, the build plugin lists
 * where each term occurs, the glossary page shows the entries.
 */
import { localeConfig, writesWithSpaces, type LocaleCode } from '../locales';
import en from '../i18next/locales/en/glossary.json';
import ru from '../i18next/locales/ru/glossary.json';
import zhHans from '../i18next/locales/zh-Hans/glossary.json';
import { GLOSSARY_TERMS } from './terms';

export { GLOSSARY_TERMS, TERM_CATEGORIES, type TermCategory } from './terms';

/**
 * Where an official rendering is published: the entry's `term` is written as this source writes it. `url` only
 * when it is the verified https address of that text itself, never a publisher's home page.
 */
export interface OfficialSource {
  readonly publisher: string;
  readonly title: string;
  readonly url?: string;
  /** The publication's date, ISO 8601 (YYYY-MM-DD). */
  readonly date: string;
}

export interface GlossaryEntry {
  /** The term as this language writes it. */
  readonly term: string;
  readonly note: string;
  /**
   * A regular expression (source) that finds the term in this language's statement text. For a Russian term
   * with an official rendering it finds the official form and its declensions only.
   */
  readonly match: string;
  /** Present when `term` is the official rendering, published in this source. */
  readonly official?: OfficialSource;
  /**
   * A standard name or spelling this site did not translate (a person, a place, an organization as this
   * language conventionally writes it). Neither `official` nor this: the site's own rendering.
   */
  readonly conventional?: boolean;
  /**
   * Other words readers use for the term in this language (colloquial forms, abbreviations, other
   * translations). Search finds the term's passages by them; they are never shown in the text.
   */
  readonly aliases?: readonly string[];
}

const REQUIRED_FIELDS = ['publisher', 'title', 'date'] as const;
const SOURCE_FIELDS: readonly string[] = [...REQUIRED_FIELDS, 'url'];

/**
 * What is wrong with an entry's official source, if it has one: a missing field, an address that is not a
 * text's own (not https, or a site's home page), a date; or an entry both official and conventional.
 */
export function officialSourceProblems(id: string, entry: GlossaryEntry): string[] {
  const { official } = entry;
  if (official === undefined) return [];
  const problems = REQUIRED_FIELDS.filter(
    (field) => typeof official[field] !== 'string' || !official[field].trim(),
  ).map((field) => `${id}: the official source has no ${field}`);
  const extra = Object.keys(official).filter((key) => !SOURCE_FIELDS.includes(key));
  if (extra.length > 0) problems.push(`${id}: the official source has unknown fields: ${extra.join(', ')}`);
  if (entry.conventional) problems.push(`${id}: an official rendering is not also a conventional one`);
  if (official.url !== undefined) {
    let url: URL | null = null;
    try {
      url = new URL(official.url);
    } catch {
      url = null;
    }
    if (!url || url.protocol !== 'https:') problems.push(`${id}: the official source's url is not an https address`);
    else if (url.pathname.replace(/\/+$/, '') === '' && !url.search)
      problems.push(`${id}: the official source's url is a home page, not the text`);
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(official.date ?? '');
  const day = date ? new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]))) : null;
  if (!day || day.toISOString().slice(0, 10) !== official.date)
    problems.push(`${id}: the official source's date is not an ISO date (YYYY-MM-DD)`);
  return problems;
}

/**
 * Does a form found in the text write the official form, allowing (in Russian) for declension: the same words,
 * each keeping its stem: at most its last three letters changed, for an ending of at most four (один → одного)?
 */
export function writesOfficialForm(locale: string, official: string, found: string): boolean {
  if (!localeConfig(locale).typography.declines) return found === official;
  const words = (text: string) =>
    text
      .toLocaleLowerCase('ru')
      .replace(/[^\p{L}\p{N}\s\u00a0-]/gu, '')
      .split(/[\s\u00a0]+/u)
      .filter(Boolean);
  const a = words(official);
  const b = words(found);
  if (a.length !== b.length) return false;
  return a.every((word, i) => {
    const other = b[i];
    if (word === other) return true;
    let common = 0;
    while (common < word.length && word[common] === other[common]) common += 1;
    return common >= 2 && word.length - common <= 3 && other.length - common <= 4;
  });
}

export type GlossaryResources = Readonly<Record<string, GlossaryEntry>>;

export const GLOSSARY: Readonly<Record<LocaleCode, GlossaryResources>> = { en, 'zh-Hans': zhHans, ru };

export interface TermOccurrence {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The pattern that finds a term. In a language written with spaces the term's words must stand alone (“SCO”
 * is not found inside “SCOs”), hence the letter boundaries; Chinese is written without spaces and has none.
 */
export function termPattern(locale: string, match: string): RegExp {
  const source = writesWithSpaces(locale) ? `(?<![\\p{L}\\p{N}])(?:${match})(?![\\p{L}\\p{N}])` : match;
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

/**
 * The ¶ of each term's first occurrence in the statement, found as the remark plugin finds terms (the finder,
 * paragraph by paragraph in ¶ order): where the full text links it.
 */
export function firstTermParagraphs(
  findTerms: TermFinder,
  paragraphs: readonly { readonly number: number; readonly text: string }[],
): Record<string, number> {
  const first: Record<string, number> = {};
  for (const { number, text } of [...paragraphs].sort((a, b) => a.number - b.number)) {
    for (const { id } of findTerms(text)) first[id] ??= number;
  }
  return first;
}
