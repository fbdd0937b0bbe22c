/**
 * The site's search: Pagefind's indexes (written into build/pagefind/ by `npm run build`, one per language,
 * chosen by each page's <html lang>), loaded only when a reader starts to search. A result is a paragraph, not a
 * page: Pagefind finds the pages, and each page's word locations, read against its paragraph and sentence anchors,
 * give every paragraph that matched, linked at its best-matching sentence (`#p{n}-{k}`).
 *
 * The page's own language is searched first, and its hits shown. When the query is written in another language's
 * script, that language's index is loaded and searched next (every other language's, when the page's language
 * found nothing and the script names no other), each in its own Pagefind instance (its own stemmer and word
 * segmentation): such a hit links to the same sentence in the page's language and shows the sentence that
 * matched, in the language that matched. Own-language hits always come first.
 *
 * A failed load is forgotten, so the next query tries again.
 */
import { LOCALES, localeConfig, localePrefix, type LocaleCode } from '../locales';
import { anchorId, PARAGRAPH_COUNT, parseAnchor, type StatementAnchor } from '../statement/model';
import { excerptParts, markWords, MAX_QUERY_LENGTH, unescapeHtml, type SearchHit } from './text';

interface PagefindAnchor {
  readonly id: string;
  readonly location: number;
  /** The element's text (Pagefind keeps it for every element with an id). */
  readonly text?: string;
}

interface PagefindData {
  readonly url: string;
  readonly excerpt: string;
  /** The indexed text, HTML-escaped; Chinese words are separated by U+200B. */
  readonly raw_content?: string;
  readonly meta: { readonly title?: string };
  readonly anchors: readonly PagefindAnchor[];
  readonly locations: readonly number[];
}

interface PagefindResult {
  readonly score: number;
  data(): Promise<PagefindData>;
}

interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** Each of the statement's paragraphs is at most one result. */
const MAX_HITS = PARAGRAPH_COUNT;

const instances = new Map<LocaleCode, Promise<PagefindInstance>>();
/** Failed loads so far: a retry imports Pagefind from a new URL, as a browser remembers a failed import. */
let failures = 0;

/**
 * Pagefind chooses the index by the document's <html lang> when an instance is created, and offers no other
 * way to choose; so for another language the attribute names that language for the moment the instance is
 * created (synchronously: nothing renders in between). Each such instance comes from its own copy of the module
 * (`?language=…`) and runs on the main thread, so it has its own WebAssembly, with that language's stemmer.
 */
function createInstance(pagefind: PagefindModule, locale: LocaleCode, own: boolean): PagefindInstance {
  if (own) return pagefind.createInstance({});
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', localeConfig(locale).htmlLang);
  try {
    return pagefind.createInstance({ noWorker: true });
  } finally {
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }
}

function loadInstance(bundleUrl: string, locale: LocaleCode, own: boolean): Promise<PagefindInstance> {
  let loading = instances.get(locale);
  if (!loading) {
    const query = [own ? '' : `language=${locale}`, failures ? `attempt=${failures}` : ''].filter(Boolean).join('&');
    const url = query ? `${bundleUrl}?${query}` : bundleUrl;
    loading = (import(/* webpackIgnore: true */ url) as Promise<PagefindModule>).then(async (pagefind) => {
      const instance = createInstance(pagefind, locale, own);
      await instance.options({ excerptLength: 24 });
      await instance.init();
      return instance;
    });
    instances.set(locale, loading);
    loading.catch(() => forget(locale, loading));
  }
  return loading;
}

/** Drops a failed instance (if it is still the current one), so the next query loads it afresh. */
function forget(locale: LocaleCode, loading: Promise<PagefindInstance> | undefined): void {
  if (instances.get(locale) !== loading) return;
  instances.delete(locale);
  failures++;
}

/** Searches one language's index; a failure (of the import, or of the index, which shows at the search) is forgotten. */
async function searchIn(bundleUrl: string, locale: LocaleCode, own: boolean, query: string) {
  const loading = loadInstance(bundleUrl, locale, own);
  try {
    const instance = await loading;
    return { instance, results: (await instance.search(query))?.results ?? [] };
  } catch (error) {
    forget(locale, loading);
    throw error;
  }
}

/** The page's indexed words (Chinese words are separated by U+200B). */
function pageWords(page: Pick<PagefindData, 'raw_content'>): { words: string[]; chinese: boolean } {
  const content = page.raw_content ?? '';
  const chinese = content.includes('\u200B');
  return { words: chinese ? content.split('\u200B') : content.split(/[^\S\uFEFF]+/), chinese };
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

/**
 * What Pagefind matched inside the element `id`, as it is written there (a Russian inflection, a Chinese
 * word): its match locations index the page's words; words that follow each other make one phrase
 * (“development bank”, “托卡耶夫” from 托 + 卡 + 耶夫), without the punctuation around it. The sentence's
 * glossary aliases are indexed before its text (see `Sentence`): a match there counts only when the text
 * itself has none (then it names the term the alias stands for). Where some phrases hold the whole query,
 * only those are kept: Pagefind also matches parts (卡 and 耶夫 of 托卡耶夫 elsewhere in a list of names).
 */
export function matchedWords(
  page: Pick<PagefindData, 'raw_content' | 'anchors' | 'locations'>,
  id: string,
  query = '',
): string[] {
  const { words, chinese } = pageWords(page);
  const start = page.anchors.find((anchor) => anchor.id === id)?.location ?? 0;
  const end = Math.min(
    ...page.anchors.filter((anchor) => anchor.location > start && parseAnchor(anchor.id)).map((a) => a.location),
    words.length,
  );
  // The text is the range's last words: as many as it takes to spell the element's text.
  const spelled = (page.anchors.find((anchor) => anchor.id === id)?.text ?? '').replace(/\s/g, '').length;
  let text = end;
  for (let length = 0; text > start && length < spelled;)
    length += unescapeHtml(words[--text]).replace(/\s/g, '').length;
  if (!spelled) text = start;
  const inRange = (from: number, to: number) =>
    [...new Set(page.locations)].filter((l) => l >= from && l < to).sort((a, b) => a - b);
  const inText = inRange(text, end);
  const locations = inText.length ? inText : inRange(start, text);
  const phrases: number[][] = [];
  for (const location of locations) {
    const last = phrases.at(-1);
    if (last && last.at(-1) === location - 1) last.push(location);
    else phrases.push([location]);
  }
  const found = phrases
    .map((phrase) =>
      unescapeHtml(phrase.map((location) => words[location] ?? '').join(chinese ? '' : ' '))
        .trim()
        .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
    )
    .filter(Boolean);
  const squeeze = (text: string) => text.replace(/\s+/g, '').toLowerCase();
  const whole = found.filter((phrase) => query.trim() && squeeze(phrase).includes(squeeze(query)));
  return [...new Set(whole.length ? whole : found)];
}

/** `/statement/context.html` → `/statement/context`: the site's clean URLs. */
export function cleanUrl(url: string): string {
  return url.replace(/\.html$/, '').replace(/\/index$/, '/');
}

/** A hit's address: the page, the words to mark (if any; one `highlight` parameter each) and the sentence. */
export function hitUrl(url: string, anchor: StatementAnchor | null, words: readonly string[]): string {
  const highlight = words.map((word) => `highlight=${encodeURIComponent(word)}`).join('&');
  return `${cleanUrl(url)}${highlight ? `?${highlight}` : ''}${anchor ? `#${anchorId(anchor)}` : ''}`;
}

/** A page's path in another locale: the same path under that locale's prefix. */
export function localizedPath(url: string, from: LocaleCode, to: LocaleCode): string {
  const prefix = localePrefix(from);
  const path = cleanUrl(url);
  return `${localePrefix(to)}${prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path}`;
}

/** The scripts that tell a query's language; a locale without one is searched only when nothing else matches. */
const SCRIPTS: readonly (readonly [RegExp, LocaleCode])[] = [
  [/\p{Script=Han}/u, 'zh-Hans'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Latin}/u, 'en'],
];

/** The languages whose script the query is written in. */
export function queryLanguages(query: string): Set<LocaleCode> {
  return new Set(SCRIPTS.filter(([script]) => script.test(query)).map(([, locale]) => locale));
}

/**
 * The query as another language's index is asked it: the words written in that language's script, and those with
 * no letters at all (figures). A mixed query (`ШОС development bank`) then finds each language's part in it.
 */
export function queryIn(query: string, locale: LocaleCode): string {
  const script = SCRIPTS.find(([, code]) => code === locale)?.[0];
  return query
    .split(/\s+/)
    .filter((word) => !/\p{L}/u.test(word) || (script?.test(word) ?? true))
    .join(' ');
}

/**
 * Which other languages to search, each index loaded only when asked for: those whose script the query is written
 * in; and all of them only when the page's language found nothing and the script names no other language (a
 * word of the page's own script, figures).
 */
export function otherLanguages(query: string, own: LocaleCode, ownHits: number): LocaleCode[] {
  const scripts = queryLanguages(query);
  const others = LOCALES.map((locale) => locale.code).filter((code) => code !== own);
  const asked = others.filter((code) => scripts.has(code));
  return asked.length || ownHits > 0 ? asked : others;
}

function sentenceExcerpt(page: PagefindData, anchor: StatementAnchor | null, words: readonly string[]) {
  const text = anchor && page.anchors.find((a) => a.id === anchorId(anchor))?.text;
  return text ? markWords(text, words) : excerptParts(page.excerpt);
}

/** A paragraph that matched: its best sentence (or the paragraph itself), and how well it matched. */
interface ParagraphMatch {
  readonly anchor: StatementAnchor;
  readonly locations: readonly number[];
  readonly score: number;
}

const fold = (text: string) =>
  unescapeHtml(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Whether the words at these locations hold every word of the query, as Pagefind requires of a page: a Chinese
 * word as one run of consecutive words (上合组织 is 上合 + 组织), another word as a word that shares all but its
 * last two letters with it (Pagefind stems: стипендия finds стипендий).
 */
function holdsQuery(words: readonly string[], locations: readonly number[], query: string): boolean {
  const located = new Set(locations);
  const runs: string[] = [];
  for (const location of [...located].sort((a, b) => a - b))
    if (located.has(location - 1)) runs[runs.length - 1] += fold(words[location] ?? '');
    else runs.push(fold(words[location] ?? ''));
  const single = [...located].map((location) => fold(words[location] ?? ''));
  return query
    .split(/\s+/)
    .map(fold)
    .filter(Boolean)
    .every((term) => {
      if (/\p{Script=Han}/u.test(term)) return runs.some((run) => run.includes(term));
      return single.some((word) => {
        let common = 0;
        while (common < Math.min(word.length, term.length) && word[common] === term[common]) common++;
        return common >= Math.max(1, Math.min(word.length, term.length) - 2);
      });
    });
}

/**
 * The page's matches, paragraph by paragraph: each location belongs to the paragraph whose anchor comes last at
 * or before it, and a paragraph matches when its words hold the whole query (a page matches when the page does;
 * when no paragraph alone does, each paragraph with a matched word counts). A paragraph scores as `matchedAnchor`
 * counts (a word 1, a word followed by the next matched one 3), so a phrase or a repeated word ranks it above a
 * lone mention.
 */
export function paragraphMatches(
  page: Pick<PagefindData, 'raw_content' | 'anchors' | 'locations'>,
  query: string,
): ParagraphMatch[] {
  const { words } = pageWords(page);
  // A paragraph's range: from its first anchor (its own, or its first sentence's: Pagefind records the ids inside
  // the indexed element) to the next paragraph's first.
  const marks = page.anchors
    .map(({ id, location }) => ({ anchor: parseAnchor(id), location }))
    .filter((mark): mark is { anchor: StatementAnchor; location: number } => mark.anchor !== null)
    .sort((a, b) => a.location - b.location);
  const starts = marks.filter((mark, index) => mark.anchor.paragraph !== marks[index - 1]?.anchor.paragraph);
  const matched = [...new Set(page.locations)].sort((a, b) => a - b);
  const set = new Set(matched);
  const all = starts.flatMap((start, index) => {
    const end = starts[index + 1]?.location ?? Infinity;
    const own = matched.filter((location) => location >= start.location && location < end);
    if (!own.length) return [];
    const score = own.reduce((sum, location) => sum + 1 + (set.has(location + 1) && location + 1 < end ? 2 : 0), 0);
    const inside = page.anchors.filter(({ location }) => location >= start.location && location < end);
    const anchor = matchedAnchor(inside, own) ?? { paragraph: start.anchor.paragraph };
    return [{ anchor, locations: own, score }];
  });
  const whole = all.filter((match) => holdsQuery(words, match.locations, query));
  return whole.length ? whole : all;
}

/** Best first: the paragraph's own score, then the page's (Pagefind's ranking), then reading order. */
function byRank<T extends { match: ParagraphMatch; pageScore: number }>(a: T, b: T): number {
  return (
    b.match.score - a.match.score || b.pageScore - a.pageScore || a.match.anchor.paragraph - b.match.anchor.paragraph
  );
}

/** Every matching paragraph of the pages found, each with its page, ranked. */
async function matchesOf(results: readonly PagefindResult[], query: string) {
  const pages = await Promise.all(results.map(async (result) => ({ page: await result.data(), score: result.score })));
  return pages
    .flatMap(({ page, score }) => paragraphMatches(page, query).map((match) => ({ page, match, pageScore: score })))
    .sort(byRank);
}

async function ownHits(results: readonly PagefindResult[], query: string): Promise<SearchHit[]> {
  const matches = await matchesOf(results, query);
  if (!matches.length) {
    // A page matched outside any paragraph (none such is indexed today): the page itself is the result.
    const pages = await Promise.all(results.slice(0, MAX_HITS).map((result) => result.data()));
    return pages.map((page) => ({
      url: hitUrl(page.url, null, []),
      title: page.meta.title ?? '',
      excerpt: excerptParts(page.excerpt),
      anchor: null,
    }));
  }
  return matches.slice(0, MAX_HITS).map(({ page, match }) => {
    const words = matchedWords(page, anchorId(match.anchor), query);
    return {
      url: hitUrl(page.url, match.anchor, words),
      title: page.meta.title ?? '',
      excerpt: sentenceExcerpt(page, match.anchor, words),
      anchor: match.anchor,
    };
  });
}

/** The page's own title for a paragraph, from its own index (each paragraph is a Pagefind filter value). */
async function ownTitle(own: PagefindInstance, paragraph: number): Promise<string | undefined> {
  const search = await own.search(null, { filters: { paragraph: String(paragraph) } });
  return (await search?.results[0]?.data())?.meta.title;
}

async function crossHits(
  own: PagefindInstance,
  ownLocale: LocaleCode,
  locale: LocaleCode,
  results: readonly PagefindResult[],
  query: string,
): Promise<(SearchHit & { rank: number })[]> {
  const { htmlLang, label } = localeConfig(locale);
  const matches = (await matchesOf(results, query)).slice(0, MAX_HITS);
  return Promise.all(
    matches.map(async ({ page, match }, rank) => {
      const words = matchedWords(page, anchorId(match.anchor), query);
      return {
        url: `${localizedPath(page.url, locale, ownLocale)}#${anchorId(match.anchor)}`,
        title: (await ownTitle(own, match.anchor.paragraph)) ?? page.meta.title ?? '',
        excerpt: sentenceExcerpt(page, match.anchor, words),
        anchor: match.anchor,
        language: { code: locale, htmlLang, label },
        rank,
      };
    }),
  );
}

/**
 * Searches the index of the page's language, then, when called for, the others'. The page's own hits are handed
 * to `onOwnHits` as soon as they are known, before another language's index is even requested: that index loads
 * only when the query asks for it (written in that language's script) or the page's language found nothing. An
 * empty or blank query finds nothing without loading anything.
 */
export async function searchStatement(
  query: string,
  bundleUrl: string,
  locale: LocaleCode,
  onOwnHits: (hits: SearchHit[]) => void = () => undefined,
): Promise<SearchHit[]> {
  const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH);
  if (!trimmed) return [];
  const { instance: own, results } = await searchIn(bundleUrl, locale, true, trimmed);
  const hits = await ownHits(results, trimmed);
  const others = otherLanguages(trimmed, locale, hits.length);
  if (!others.length || hits.length >= MAX_HITS) return hits;
  onOwnHits(hits);
  const found = await Promise.all(
    others.map(async (other) => {
      const asked = queryIn(trimmed, other);
      if (!asked) return [];
      return crossHits(own, locale, other, (await searchIn(bundleUrl, other, false, asked)).results, asked);
    }),
  );
  // A paragraph is one result: found in the page's language, it is not listed again for another language.
  const seen = new Set(hits.map((hit) => hit.anchor?.paragraph));
  const cross = found
    .flat()
    .sort((a, b) => a.rank - b.rank)
    .filter((hit) => !seen.has(hit.anchor?.paragraph) && seen.add(hit.anchor?.paragraph))
    .map(({ rank: _rank, ...hit }) => hit);
  return [...hits, ...cross].slice(0, MAX_HITS);
}
