/**
 * The site's search: Pagefind's index (written into build/pagefind/ by `npm run build`, one index per
 * language, chosen by the page's <html lang>), loaded only when a reader starts to search. Results point at
 * the sentence that matched: `#p{n}-{k}` is found from Pagefind's anchors and word locations.
 */
import { parseAnchor, type StatementAnchor } from '../statement/model';

interface PagefindAnchor {
  readonly id: string;
  readonly location: number;
}

interface PagefindData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: { readonly title?: string };
  readonly anchors: readonly PagefindAnchor[];
  readonly locations: readonly number[];
}

interface PagefindResult {
  data(): Promise<PagefindData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchHit {
  /** Site path with the anchor of the matched sentence, and the terms to highlight there. */
  readonly url: string;
  readonly title: string;
  /** Pagefind's excerpt: HTML-escaped text in which only <mark> elements are markup. */
  readonly excerpt: string;
  readonly anchor: StatementAnchor | null;
}

export const MAX_QUERY_LENGTH = 200;
const MAX_HITS = 10;

let loading: Promise<Pagefind> | undefined;

function loadPagefind(bundleUrl: string): Promise<Pagefind> {
  loading ??= (import(/* webpackIgnore: true */ bundleUrl) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  });
  return loading;
}

/**
 * The sentence that best matches: the one holding the most matched words, counting words that follow each
 * other (a phrase such as "development bank") double; on a tie, the earliest. Falls back to the paragraph.
 */
export function matchedAnchor(
  anchors: readonly PagefindAnchor[],
  locations: readonly number[],
): StatementAnchor | null {
  const marks = anchors
    .map(({ id, location }) => ({ anchor: parseAnchor(id), location }))
    .filter((mark): mark is { anchor: StatementAnchor; location: number } => mark.anchor !== null)
    // At one location a paragraph starts with its first sentence: the sentence is the finer address.
    .sort(
      (a, b) =>
        a.location - b.location || Number(a.anchor.sentence !== undefined) - Number(b.anchor.sentence !== undefined),
    );
  const containing = (location: number) => marks.filter((mark) => mark.location <= location).at(-1);
  const scores = new Map<(typeof marks)[number], number>();
  const matched = new Set(locations);
  for (const location of matched) {
    const mark = containing(location);
    if (!mark) continue;
    const adjacent = matched.has(location + 1) && containing(location + 1) === mark ? 2 : 0;
    scores.set(mark, (scores.get(mark) ?? 0) + 1 + adjacent);
  }
  let best: (typeof marks)[number] | undefined;
  for (const [mark, score] of scores) {
    const bestScore = best ? scores.get(best)! : -1;
    if (score > bestScore || (score === bestScore && best && mark.location < best.location)) best = mark;
  }
  return best?.anchor ?? null;
}

/** `/statement/context.html` → `/statement/context`: the site's clean URLs. */
export function cleanUrl(url: string): string {
  return url.replace(/\.html$/, '').replace(/\/index$/, '/');
}

export function hitUrl(url: string, anchor: StatementAnchor | null, query: string): string {
  const hash = !anchor ? '' : anchor.sentence ? `#p${anchor.paragraph}-${anchor.sentence}` : `#p${anchor.paragraph}`;
  return `${cleanUrl(url)}?highlight=${encodeURIComponent(query)}${hash}`;
}

/** Searches the index of the page's language; an empty or blank query finds nothing without loading anything. */
export async function searchStatement(query: string, bundleUrl: string): Promise<SearchHit[]> {
  const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH);
  if (!trimmed) return [];
  const pagefind = await loadPagefind(bundleUrl);
  const search = await pagefind.search(trimmed);
  const data = await Promise.all((search?.results ?? []).slice(0, MAX_HITS).map((result) => result.data()));
  return data.map((page) => {
    const anchor = matchedAnchor(page.anchors, page.locations);
    return { url: hitUrl(page.url, anchor, trimmed), title: page.meta.title ?? '', excerpt: page.excerpt, anchor };
  });
}

export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

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
      const text = (marked ? part.slice(6, -7) : part).replace(
        /&(?:amp|lt|gt|quot|#39|#x27);/g,
        (entity) => ENTITIES[entity],
      );
      return { text, marked };
    });
}
