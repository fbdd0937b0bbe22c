/**
 * The passages a short link can name (/p/6 and /p/6-3, see ./shortLinks.ts) with their text in one edition, and
 * the excerpt of a passage that a link preview shows. Pure: the short-link plugin and the tests use it.
 */
import { writesWithSpaces } from '../locales';
import { paragraphId, sentenceId, type Edition } from './model';
import { shortLinkPath } from './shortLinks';

export interface Passage {
  /** The short link, without locale prefix or leading slash: `p/6`, `p/6-3`. */
  readonly path: string;
  /** `p6` or `p6-3`. */
  readonly id: string;
  readonly paragraph: number;
  readonly sentence?: number;
  /** The passage's own text in this edition. */
  readonly text: string;
  /** The title of the page that holds it, in this edition's language. */
  readonly sectionTitle: string;
  /** Site path without locale prefix, with its anchor: `/statement/five-points/point-3#p6-3`. */
  readonly target: string;
}

/** Every paragraph and every sentence of an edition, as the passages its short links name, in ¶ order. */
export function passages(edition: Edition): Passage[] {
  return edition.paragraphs.flatMap((paragraph) => {
    const n = paragraph.number;
    const section = edition.sections.find((s) => s.id === paragraph.section)!;
    return [
      {
        path: shortLinkPath(n),
        id: paragraphId(n),
        paragraph: n,
        text: paragraph.text,
        sectionTitle: section.title,
        target: `${section.path}#${paragraphId(n)}`,
      },
      ...paragraph.sentences.map((sentence, index) => ({
        path: shortLinkPath(n, index + 1),
        id: sentenceId(n, index + 1),
        paragraph: n,
        sentence: index + 1,
        text: sentence.text,
        sectionTitle: section.title,
        target: `${section.path}#${sentenceId(n, index + 1)}`,
      })),
    ];
  });
}

/** Chinese (and the other languages written without spaces) sets the ellipsis as two full-width ones (……). */
export function ellipsisOf(locale: string): string {
  return writesWithSpaces(locale) ? '…' : '……';
}

/**
 * The text cut to fewer than `max` characters (code points) with an ellipsis: at a word boundary in spaced
 * languages, between characters in Chinese; never after a space or a comma. Short enough texts come back as
 * they are.
 */
export function excerpt(text: string, locale: string, max = 300): string {
  const chars = [...text];
  if (chars.length < max) return text;
  const ellipsis = ellipsisOf(locale);
  // Room for the ellipsis, and the whole stays under max.
  let cut = chars.slice(0, max - 1 - ellipsis.length).join('');
  if (writesWithSpaces(locale) && !/[\s,;:.!?)»”]/u.test(chars[max - 2]!)) {
    // Back to the last space, unless the cut falls at a word's end or the text before it has none.
    const space = cut.search(/\s\S*$/);
    if (space > 0) cut = cut.slice(0, space);
  }
  return `${cut.replace(/[\s,;:，、；：—–-]+$/u, '')}${ellipsis}`;
}
