/**
 * The statement model: paragraph numbers, the pages that hold them, sentence segmentation and the ids that
 * make every paragraph and sentence addressable in every language. The remark plugin, the components, the
 * tests and the scripts import it; nothing else defines an id.
 */

export const PARAGRAPH_COUNT = 15;

/** Where the statement's pages live: /statement/..., /zh-Hans/statement/..., /ru/statement/... */
export const ROUTE_BASE = 'statement';

export type SectionKind = 'context' | 'overview' | 'point' | 'closing' | 'consensus' | 'outcomes' | 'full-text';

export interface Section {
  /** How the data (editions, downloads, the parallel view) names the page. */
  readonly id: string;
  /** Its path under docs/ without extension. */
  readonly docId: string;
  /** Site path without locale prefix. Frozen: links in the wild depend on it. */
  readonly path: string;
  readonly kind: SectionKind;
  /** The statement paragraphs this page holds, in order. */
  readonly paragraphs: readonly number[];
  /** 1–5 for the five point pages. */
  readonly point?: number;
  /** The id of its heading in the full text. Frozen. */
  readonly fullTextId: string;
}

const section = (
  id: string,
  docId: string,
  kind: SectionKind,
  paragraphs: readonly number[],
  point?: number,
  fullTextId: string = id,
): Section => ({
  id,
  docId,
  path: `/${ROUTE_BASE}/${docId.replace(/\/index$/, '')}`,
  kind,
  paragraphs,
  point,
  fullTextId,
});

/**
 * Every page of the statement, in reading order: the one list the sidebar, the footer, the landing page and the
 * full text are made from. A page's titles are in its doc's front matter, in each language.
 */
export const SECTIONS: readonly Section[] = [
  section('context', 'context', 'context', [1, 2, 3]),
  section('five-points', 'five-points/index', 'overview', [], undefined, 'the-five-points'),
  ...[1, 2, 3, 4, 5].map((point) =>
    section(`point-${point}`, `five-points/point-${point}`, 'point', [point + 3], point),
  ),
  section('closing-remarks', 'closing-remarks', 'closing', [9, 10]),
  section('leaders-consensus', 'leaders-consensus', 'consensus', [11]),
  section('outcomes', 'outcomes', 'outcomes', [12, 13, 14, 15]),
  section('full-text', 'full-text', 'full-text', []),
];

/**
 * Whose words a paragraph gives. The readout reports Xi Jinping's statement in the third person in ¶2–¶10;
 * ¶1 and ¶11–¶15 are the readout's own report of the meeting. Only the speaker's paragraphs may name him as
 * the author of a passage (quote cards, their alt text, link previews).
 */
export type Voice = 'speaker' | 'readout';

export const SPEAKER_PARAGRAPHS = { first: 2, last: 10 } as const;

export function voiceOf(paragraph: number): Voice {
  return paragraph >= SPEAKER_PARAGRAPHS.first && paragraph <= SPEAKER_PARAGRAPHS.last ? 'speaker' : 'readout';
}

export const POINT_SECTIONS: readonly Section[] = SECTIONS.filter((s) => s.kind === 'point');

/** The pages as the sidebar, the footer and the full text list them: an overview holds the points that follow it. */
export interface OutlineEntry {
  readonly section: Section;
  readonly points: readonly Section[];
}

export const OUTLINE: readonly OutlineEntry[] = SECTIONS.reduce<{ section: Section; points: Section[] }[]>(
  (outline, section) => {
    const last = outline.at(-1);
    if (section.kind === 'point' && last?.section.kind === 'overview') last.points.push(section);
    else outline.push({ section, points: [] });
    return outline;
  },
  [],
);

/** The page that holds paragraph n (the full text holds them all, but each has one home page). */
export function sectionOfParagraph(n: number): Section | undefined {
  return SECTIONS.find((s) => s.paragraphs.includes(n));
}

export function isParagraphNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= PARAGRAPH_COUNT;
}

/** `p6`: the anchor of paragraph 6. */
export function paragraphId(n: number): string {
  return `p${n}`;
}

/** `p6-3`: the anchor of the third sentence of paragraph 6. */
export function sentenceId(n: number, k: number): string {
  return `p${n}-${k}`;
}

export interface StatementAnchor {
  readonly paragraph: number;
  readonly sentence?: number;
}

/** Reads `p6` or `p6-3` (with or without `#`); anything else, or ¶ out of range, gives null. */
export function parseAnchor(anchor: string): StatementAnchor | null {
  const match = /^#?p(\d+)(?:-(\d+))?$/.exec(anchor);
  if (!match) return null;
  const paragraph = Number(match[1]);
  if (!isParagraphNumber(paragraph)) return null;
  return match[2] === undefined ? { paragraph } : { paragraph, sentence: Number(match[2]) };
}

/** The id of a parsed anchor: `p6` or `p6-3`. */
export function anchorId(anchor: StatementAnchor): string {
  return anchor.sentence ? sentenceId(anchor.paragraph, anchor.sentence) : paragraphId(anchor.paragraph);
}

/** The marker that tags a paragraph in Markdown: `{/* p6 *\/}` at the start of the paragraph. */
export function parseParagraphMarker(expression: string): number | null {
  const match = /^\/\*\s*p(\d+)\s*\*\/$/.exec(expression.trim());
  return match ? Number(match[1]) : null;
}

export interface SentenceSpan {
  /** Offsets into the paragraph text; the span excludes the whitespace that separates sentences. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Splits a paragraph into sentences with the Unicode sentence rules (Intl.Segmenter), which handle English,
 * Chinese (。！？ and closing quotes) and Russian alike. Translations keep one sentence per source sentence,
 * so the k-th span is sentence k in every language.
 */
export function segmentSentences(text: string, locale: string): SentenceSpan[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const leading = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed) spans.push({ start: index + leading, end: index + leading + trimmed.length, text: trimmed });
  }
  return spans;
}

/** One language's text of the statement, read from that locale's pages (src/statement/editions.ts). */
export interface Edition {
  readonly locale: string;
  /** The pages that hold statement paragraphs, in reading order, with their titles in this language. */
  readonly sections: readonly { readonly id: string; readonly path: string; readonly title: string }[];
  readonly paragraphs: readonly EditionParagraph[];
}

export interface EditionParagraph {
  readonly number: number;
  /** The section (page) that holds it. */
  readonly section: string;
  readonly text: string;
  readonly sentences: readonly { readonly id: string; readonly text: string }[];
}

/** One sentence id with its text in every language given. */
export interface AlignedSentence {
  readonly id: string;
  readonly paragraph: number;
  readonly sentence: number;
  readonly text: Readonly<Record<string, string>>;
}

/**
 * Pairs the editions sentence by sentence through their shared ids. Throws when the editions do not have the
 * same paragraphs and the same number of sentences in each: then there is no alignment to show.
 */
export function alignSentences(editions: readonly Edition[]): AlignedSentence[] {
  const [first, ...others] = editions;
  if (!first) return [];
  const aligned: AlignedSentence[] = [];
  for (const paragraph of first.paragraphs) {
    const counterparts = others.map((edition) => {
      const counterpart = edition.paragraphs.find((p) => p.number === paragraph.number);
      if (counterpart?.sentences.length !== paragraph.sentences.length) {
        throw new Error(
          `p${paragraph.number}: ${first.locale} has ${paragraph.sentences.length} sentences, ${edition.locale} has ${counterpart?.sentences.length ?? 'no such paragraph'}`,
        );
      }
      return counterpart;
    });
    paragraph.sentences.forEach((sentence, index) => {
      const text: Record<string, string> = { [first.locale]: sentence.text };
      others.forEach((edition, e) => {
        text[edition.locale] = counterparts[e].sentences[index].text;
      });
      aligned.push({ id: sentence.id, paragraph: paragraph.number, sentence: index + 1, text });
    });
  }
  if (others.some((edition) => edition.paragraphs.length !== first.paragraphs.length)) {
    throw new Error('The editions do not have the same paragraphs');
  }
  return aligned;
}

/** The statement in several languages at once, page by page: what the parallel view shows. */
export interface ParallelSection {
  readonly id: string;
  readonly path: string;
  readonly title: Readonly<Record<string, string>>;
  readonly paragraphs: readonly { readonly number: number; readonly sentences: readonly AlignedSentence[] }[];
}

export function parallelSections(editions: readonly Edition[]): ParallelSection[] {
  const aligned = alignSentences(editions);
  const [first] = editions;
  if (!first) return [];
  return first.sections.map((section) => ({
    id: section.id,
    path: section.path,
    title: Object.fromEntries(
      editions.map((edition) => [
        edition.locale,
        edition.sections.find((s) => s.id === section.id)?.title ?? section.title,
      ]),
    ),
    paragraphs: first.paragraphs
      .filter((p) => p.section === section.id)
      .map((p) => ({ number: p.number, sentences: aligned.filter((s) => s.paragraph === p.number) })),
  }));
}
