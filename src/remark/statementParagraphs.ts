/**
 * Turns each marked statement paragraph into addressable markup:
 *
 *   {/* p6 *\/}               →   <StatementParagraph number="6">
 *   Third, the SCO … Facts …        <p><Sentence id="p6-1">Third, the SCO …</Sentence> <Sentence id="p6-2">…</Sentence></p>
 *                                 </StatementParagraph>
 *
 * Sentence boundaries come from the statement model (Intl.Segmenter in the page's locale), so sentence k has
 * the same id in every language. Inline markup inside a sentence is kept; a node that would straddle two
 * sentences stays whole in the one where it starts, and the next sentence begins after it, so every id exists.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';

import { findStatementMarkers } from '../statement/markdown';
import { segmentSentences, sentenceId, type SentenceSpan } from '../statement/model';

export interface StatementParagraphsOptions {
  /** The locale whose sentence rules segment the text. */
  readonly locale: string;
}

interface Piece {
  readonly node: PhrasingContent;
  readonly start: number;
}

/** Cuts text nodes at every sentence boundary, so each piece lies within one sentence or one gap. */
function cutAtBoundaries(content: PhrasingContent[], spans: SentenceSpan[]): Piece[] {
  const boundaries = spans.flatMap((span) => [span.start, span.end]);
  const pieces: Piece[] = [];
  let offset = 0;
  for (const node of content) {
    const length = toString(node).length;
    if (node.type === 'text') {
      const cuts = [0, ...boundaries.map((b) => b - offset).filter((b) => b > 0 && b < length), length];
      for (let i = 0; i < cuts.length - 1; i++) {
        if (cuts[i] < cuts[i + 1]) {
          pieces.push({ node: { type: 'text', value: node.value.slice(cuts[i], cuts[i + 1]) }, start: offset + cuts[i] });
        }
      }
    } else {
      pieces.push({ node, start: offset });
    }
    offset += length;
  }
  return pieces;
}

const jsxText = (name: string, attributes: Record<string, string>, children: PhrasingContent[]): MdxJsxTextElement => ({
  type: 'mdxJsxTextElement',
  name,
  attributes: Object.entries(attributes).map(([attribute, value]) => ({ type: 'mdxJsxAttribute', name: attribute, value })),
  children,
});

export function wrapSentences(number: number, content: PhrasingContent[], text: string, locale: string): PhrasingContent[] {
  const spans = segmentSentences(text, locale);
  const wrapped: PhrasingContent[] = [];
  let current: { index: number; element: MdxJsxTextElement } | undefined;
  for (const piece of cutAtBoundaries(content, spans)) {
    const index = spans.findIndex((span) => piece.start >= span.start && piece.start < span.end);
    if (index === -1) {
      current = undefined;
      wrapped.push(piece.node);
    } else if (current?.index === index) {
      current.element.children.push(piece.node);
    } else {
      current = { index, element: jsxText('Sentence', { id: sentenceId(number, index + 1) }, [piece.node]) };
      wrapped.push(current.element);
    }
  }
  return wrapped;
}

export default function statementParagraphs({ locale }: StatementParagraphsOptions) {
  return (tree: Root): void => {
    for (const marked of findStatementMarkers(tree).paragraphs) {
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: wrapSentences(marked.number, marked.node.children, marked.text, locale),
      };
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'StatementParagraph',
        attributes: [{ type: 'mdxJsxAttribute', name: 'number', value: String(marked.number) }],
        children: [paragraph],
      };
      // Swap the node's identity in place so the tree keeps its parent links and positions.
      Object.assign(marked.node, element, { children: element.children });
    }
  };
}
