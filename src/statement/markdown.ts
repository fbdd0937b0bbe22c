/**
 * Reading the statement out of Markdown: which paragraphs carry a `{/* pN *\/}` marker and what text they
 * hold. The remark plugin renders what this finds; the content tests check it against the source.
 */
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

import { parseParagraphMarker } from './model';

export interface MarkedParagraph {
  readonly number: number;
  readonly node: Paragraph;
  /** The paragraph's plain text, as a reader sees it. */
  readonly text: string;
}

export interface StatementMarkers {
  /** Markers on the line directly above a paragraph, in document order. */
  readonly paragraphs: MarkedParagraph[];
  /** Markers with no paragraph right below them (a blank line between, or nothing). */
  readonly detached: number[];
}

/**
 * Finds the markers: a `{/* pN *\/}` comment on its own line, directly above its paragraph (no blank line),
 * at the top level of the page or inside a JSX block.
 */
export function findStatementMarkers(tree: Root): StatementMarkers {
  const paragraphs: MarkedParagraph[] = [];
  const detached: number[] = [];
  visit(tree, 'mdxFlowExpression', (marker, index, parent) => {
    const number = parseParagraphMarker(marker.value);
    if (number === null) return;
    const next = index === undefined ? undefined : parent?.children[index + 1];
    const adjacent =
      next?.type === 'paragraph' &&
      marker.position !== undefined &&
      next.position?.start.line === marker.position.end.line + 1;
    if (adjacent) paragraphs.push({ number, node: next, text: toString(next) });
    else detached.push(number);
  });
  return { paragraphs, detached };
}

/**
 * A text with Windows (CRLF) or old Mac (CR) line endings as LF only. A checkout with `core.autocrlf` gives CRLF
 * despite .gitattributes; every reader of the statement's files goes through this, so it reads the same text.
 */
export function withLf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Parses an .mdx file as Docusaurus does (front matter blanked so line numbers stay true), whatever its line endings. */
export function parseMdx(source: string): Root {
  const blanked = withLf(source).replace(/^---\n[\s\S]*?\n---\n/, (frontMatter) => frontMatter.replace(/[^\n]/g, ''));
  return unified().use(remarkParse).use(remarkMdx).parse(blanked);
}
