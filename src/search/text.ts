/**
 * What search shows and marks, as plain data and text: small enough for the first load (the search field,
 * the results list and the page highlight import it), while Pagefind and `./pagefind` load only with a query.
 */
import type { LocaleCode } from '../locales';
import type { StatementAnchor } from '../statement/model';

/** Longer queries are cut to this many characters. */
export const MAX_QUERY_LENGTH = 200;

export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

export interface SearchHit {
  /** Site path in the page's language, with the anchor of the matched sentence (and the words to mark there). */
  readonly url: string;
  readonly title: string;
  /** The matched sentence (or Pagefind's excerpt), as text with the matched words marked. */
  readonly excerpt: readonly ExcerptPart[];
  readonly anchor: StatementAnchor | null;
  /** Set when the query matched another language's text: the excerpt is in that language. */
  readonly language?: { readonly code: LocaleCode; readonly htmlLang: string; readonly label: string };
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

/** Undoes the HTML escaping of Pagefind's content and excerpts. */
export function unescapeHtml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity]);
}

/**
 * Splits an excerpt into plain text and marked words, so it renders as text: nothing in it, not even a
 * crafted query echoed back, can become markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = part.startsWith('<mark>');
      return { text: unescapeHtml(marked ? part.slice(6, -7) : part), marked };
    });
}

const HAN = /\p{Script=Han}/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern that finds any of the given words or phrases as they stand in a text, ignoring case and how the
 * words of a phrase are spaced: in a language written with spaces only whole words (“bank” is not found in
 * “banking”), Chinese anywhere. Null without words.
 */
export function wordsPattern(words: readonly string[]): RegExp | null {
  const unique = [...new Set(words.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!unique.length) return null;
  const alternatives = unique.map((word) => {
    const source = escapeRegExp(word).replace(/\s+/g, '\\s+');
    return HAN.test(word) ? source : `(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`;
  });
  return new RegExp(`(${alternatives.join('|')})`, 'giu');
}

/** A text with the given words marked. */
export function markWords(text: string, words: readonly string[]): ExcerptPart[] {
  const pattern = wordsPattern(words);
  if (!pattern) return [{ text, marked: false }];
  return text
    .split(pattern)
    .map((part, index) => ({ text: part, marked: index % 2 === 1 }))
    .filter((part) => part.text);
}
