/**
 * The rules a statement edition (the docs of one locale) must keep, as functions that list every problem
 * with the file and the id it concerns. The content tests run them on the real docs; the unit tests run them
 * on broken fixtures, so a rule that stops catching its error fails too.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

import { SOURCE } from './metadata';
import { findStatementMarkers, parseMdx, withLf, type MarkedParagraph } from './markdown';
import { PARAGRAPH_COUNT, SECTIONS, sectionOfParagraph, segmentSentences } from './model';

export interface StatementDoc {
  /** Path as shown in messages, e.g. `docs/context.mdx`. */
  readonly file: string;
  /** Doc id: the path under the docs folder without extension (`five-points/point-3`). */
  readonly docId: string;
  readonly source: string;
}

export interface ParsedDoc extends StatementDoc {
  readonly tree: Root;
  readonly paragraphs: MarkedParagraph[];
  readonly detached: number[];
}

export type Problem = string;

/** Reads a doc; its `source` is kept with LF line endings, whatever the checkout gave. */
export function parseDoc(doc: StatementDoc): ParsedDoc {
  const source = withLf(doc.source);
  const tree = parseMdx(source);
  return { ...doc, source, tree, ...findStatementMarkers(tree) };
}

const HEADING_ID = /^\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/$/;

/** `the-meeting` for `## The meeting {/* #the-meeting *\/}`; null when the heading has no explicit id. */
export function explicitHeadingId(heading: Heading): string | null {
  const last = heading.children[heading.children.length - 1];
  if (last?.type !== 'mdxTextExpression') return null;
  return HEADING_ID.exec(last.value.trim())?.[1] ?? null;
}

export function headingIds(doc: ParsedDoc): string[] {
  const ids: string[] = [];
  visit(doc.tree, 'heading', (heading) => {
    ids.push(explicitHeadingId(heading) ?? '');
  });
  return ids;
}

/** What may stand at the top level of a page besides headings: imports, markers and these components. */
const BLOCK_COMPONENTS = new Set(['Downloads', 'Editorial', 'StatementSections', 'StatementTextOf']);

function isAllowedTopLevel(node: RootContent, marked: Set<RootContent>): boolean {
  switch (node.type) {
    case 'heading':
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
      return true;
    case 'paragraph':
      return marked.has(node);
    case 'mdxJsxFlowElement':
      return node.name !== null && BLOCK_COMPONENTS.has(node.name);
    default:
      return false;
  }
}

/** One page on its own: markers attached, headings with ids, and no text that is neither statement nor editorial. */
export function checkDocStructure(doc: ParsedDoc): Problem[] {
  const problems: Problem[] = [];
  for (const number of doc.detached) {
    problems.push(`${doc.file}: marker p${number} is not on the line directly above a paragraph`);
  }
  const seen = new Set<string>();
  visit(doc.tree, 'heading', (heading) => {
    const id = explicitHeadingId(heading);
    const line = heading.position?.start.line;
    if (id === null)
      problems.push(`${doc.file}:${line}: heading "${toString(heading)}" has no explicit id {/* #id */}`);
    else if (seen.has(id)) problems.push(`${doc.file}:${line}: heading id #${id} is used twice`);
    if (id !== null) seen.add(id);
  });
  const marked = new Set<RootContent>(doc.paragraphs.map((p) => p.node));
  for (const node of doc.tree.children) {
    if (!isAllowedTopLevel(node, marked)) {
      problems.push(
        `${doc.file}:${node.position?.start.line}: ${node.type} "${toString(node).slice(0, 60)}" is neither a marked statement paragraph nor inside <Editorial>`,
      );
    }
  }
  return problems;
}

/** The whole edition: ¶1–¶15 each exactly once, on the page the model assigns, in order. */
export function checkParagraphPlacement(docs: ParsedDoc[]): Problem[] {
  const problems: Problem[] = [];
  for (let n = 1; n <= PARAGRAPH_COUNT; n++) {
    const holders = docs.filter((doc) => doc.paragraphs.some((p) => p.number === n));
    const count = docs.reduce((sum, doc) => sum + doc.paragraphs.filter((p) => p.number === n).length, 0);
    const expected = sectionOfParagraph(n)!;
    if (count === 0)
      problems.push(`p${n} is missing: no marker {/* p${n} */} in any doc (expected in ${expected.docId})`);
    if (count > 1) problems.push(`p${n} is marked ${count} times (${holders.map((d) => d.file).join(', ')})`);
    for (const holder of holders) {
      if (holder.docId !== expected.docId) problems.push(`${holder.file}: p${n} belongs on ${expected.docId}`);
    }
  }
  for (const doc of docs) {
    const numbers = doc.paragraphs.map((p) => p.number);
    if (numbers.some((n, i) => i > 0 && n <= numbers[i - 1])) {
      problems.push(`${doc.file}: paragraphs out of order (${numbers.map((n) => `p${n}`).join(', ')})`);
    }
    if (numbers.some((n) => n < 1 || n > PARAGRAPH_COUNT))
      problems.push(`${doc.file}: paragraph number outside 1–${PARAGRAPH_COUNT}`);
  }
  const known = new Set(SECTIONS.map((s) => s.docId));
  for (const doc of docs)
    if (!known.has(doc.docId)) problems.push(`${doc.file}: not a page of the statement model (SECTIONS)`);
  return problems;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The English edition against the source, character for character and sentence by sentence.
 * `sourceParagraphs[n - 1]` is ¶n.
 */
export function checkSourceFidelity(docs: ParsedDoc[], sourceParagraphs: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const doc of docs) {
    for (const { number, text } of doc.paragraphs) {
      const source = sourceParagraphs[number - 1];
      if (source === undefined) continue;
      if (text === source) continue;
      const at = firstDifference(text, source);
      const sourceSentences = segmentSentences(source, SOURCE.language);
      const docSentences = segmentSentences(text, SOURCE.language);
      const k = sourceSentences.findIndex((s, i) => docSentences[i]?.text !== s.text) + 1;
      problems.push(
        `${doc.file}: p${number} differs from the source` +
          (k > 0 ? ` in sentence p${number}-${k}` : '') +
          ` at character ${at}: doc has "${text.slice(at, at + 40)}", source has "${source.slice(at, at + 40)}"`,
      );
    }
  }
  return problems;
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二十三 → 23, 十三 → 13, 一百零五 → 105: a Chinese numeral below a thousand. */
function chineseNumeral(numeral: string): number {
  let total = 0;
  let digit = 0;
  for (const character of numeral) {
    if (character === '十' || character === '百') {
      total += (digit || 1) * (character === '十' ? 10 : 100);
      digit = 0;
    } else digit = CHINESE_DIGITS[character];
  }
  return total + digit;
}

/**
 * The numbers a text gives, normalized one way: digit groups joined across a thousands separator
 * (1,000 / 1 000 / 1 000 → 1000), Chinese ordinals in characters as official usage writes them
 * (第二十三次 → 23), then every run of digits. "July 4, 2023" stays 4 and 2023.
 */
export function numbersIn(text: string): string[] {
  return (
    text
      .replace(/(\d)[,\u00a0\u202f\u2009 ](?=\d{3}(?!\d))/g, '$1')
      .replace(/第([零一二三四五六七八九十百]+)/gu, (_, numeral: string) => `第${chineseNumeral(numeral)}`)
      .match(/\d+/g) ?? []
  );
}

/** A translated edition against the English one: same pages, same heading ids, same ¶, same sentence counts, same numbers. */
export function checkTranslationParity(english: ParsedDoc[], translated: ParsedDoc[], locale: string): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(translated.map((doc) => [doc.docId, doc]));
  for (const en of english) {
    const doc = byId.get(en.docId);
    if (!doc) {
      problems.push(`${locale}: ${en.docId} is not translated (no counterpart of ${en.file})`);
      continue;
    }
    for (const key of ['id', 'slug'] as const) {
      const want = frontMatterValue(en.source, key);
      const have = frontMatterValue(doc.source, key);
      if (want !== have)
        problems.push(`${doc.file}: front matter ${key} is ${have ?? '(missing)'}, English has ${want}`);
    }
    const enHeadings = headingIds(en).join(', ');
    const headings = headingIds(doc).join(', ');
    if (headings !== enHeadings)
      problems.push(`${doc.file}: heading ids [${headings}] differ from English [${enHeadings}]`);
    const enNumbers = en.paragraphs.map((p) => p.number).join(', ');
    const numbers = doc.paragraphs.map((p) => p.number).join(', ');
    if (numbers !== enNumbers) problems.push(`${doc.file}: paragraphs [${numbers}] differ from English [${enNumbers}]`);
    for (const paragraph of doc.paragraphs) {
      const source = en.paragraphs.find((p) => p.number === paragraph.number);
      if (!source) continue;
      const want = segmentSentences(source.text, SOURCE.language).length;
      const have = segmentSentences(paragraph.text, locale).length;
      if (want !== have) problems.push(`${doc.file}: p${paragraph.number} has ${have} sentences, English has ${want}`);
      const missing = [...new Set(numbersIn(source.text))].filter((n) => !numbersIn(paragraph.text).includes(n));
      if (missing.length) problems.push(`${doc.file}: p${paragraph.number} lacks the number(s) ${missing.join(', ')}`);
    }
  }
  for (const doc of translated) {
    if (!english.some((en) => en.docId === doc.docId)) problems.push(`${doc.file}: no English page ${doc.docId}`);
  }
  return problems;
}

/** A front matter value as written (quotes removed), or undefined. */
export function frontMatterValue(source: string, key: string): string | undefined {
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(withLf(source))?.[1] ?? '';
  const line = new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(frontMatter)?.[1]?.trim();
  return line?.replace(/^(["'])(.*)\1$/, '$2');
}
