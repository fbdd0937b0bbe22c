/**
 * Short links: /p/6 → the page holding ¶6 at #p6, /p/6-3 → that sentence, /point/3 → the Point 3 page.
 * The same under /zh-Hans/ and /ru/, since sentence k is the same sentence in every language.
 */
import { POINT_SECTIONS, paragraphId, sectionOfParagraph, sentenceId } from './model';

export interface ShortLink {
  /** Without locale prefix or leading slash: `p/6`, `p/6-3`, `point/3`. */
  readonly path: string;
  /** Site path without locale prefix, with its anchor. */
  readonly target: string;
}

/** A paragraph's or sentence's short link, without locale prefix or leading slash: `p/6`, `p/6-3`. */
export function shortLinkPath(paragraph: number, sentence?: number): string {
  return sentence === undefined ? `p/${paragraph}` : `p/${paragraph}-${sentence}`;
}

/** Every short link, given how many sentences each paragraph has (`sentenceCounts[n - 1]` for ¶n). */
export function shortLinks(sentenceCounts: readonly number[]): ShortLink[] {
  const links: ShortLink[] = [];
  sentenceCounts.forEach((count, index) => {
    const n = index + 1;
    const page = sectionOfParagraph(n)!.path;
    links.push({ path: shortLinkPath(n), target: `${page}#${paragraphId(n)}` });
    for (let k = 1; k <= count; k++) links.push({ path: shortLinkPath(n, k), target: `${page}#${sentenceId(n, k)}` });
  });
  for (const point of POINT_SECTIONS) links.push({ path: `point/${point.point}`, target: point.path });
  return links;
}
