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
 *
 * With a term finder, the first occurrence of each glossary term on the page becomes a link to its entry:
 * `<GlossaryTerm id="shanghai-spirit">Shanghai Spirit</GlossaryTerm>` (the text itself is unchanged). The one
 * that is also the term's first in the whole statement says so (`firstInStatement`): the full text, which shows
 * every page's paragraphs, links the term there and nowhere else.
 *
 * With the terms' aliases as well, every sentence in which a term occurs carries that term's aliases for the
 * search index: `<Sentence id="p5-4" aliases="наркотрафик, наркоторговля">` (an attribute Pagefind indexes and
 * nobody reads; see `Sentence`), so a search for an alias finds the sentence.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';

import type { TermFinder } from '../glossary';
import { findStatementMarkers } from '../statement/markdown';
import { segmentSentences, sentenceId, type SentenceSpan } from '../statement/model';

export interface StatementParagraphsOptions {
  /** The locale whose sentence rules segment the text. */
  readonly locale: string;
  /** Finds glossary terms in a text; without it no term is marked. */
  readonly findTerms?: TermFinder;
  /** The ¶ of each term's first occurrence in the whole statement (`firstTermParagraphs`). */
  readonly firstParagraphOfTerm?: Readonly<Record<string, number>>;
  /** Each term's aliases, by term id (needs `findTerms`); without it no sentence carries aliases. */
  readonly termAliases?: Readonly<Record<string, readonly string[]>>;
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
          pieces.push({
            node: { type: 'text', value: node.value.slice(cuts[i], cuts[i + 1]) },
            start: offset + cuts[i],
          });
        }
      }
    } else {
      pieces.push({ node, start: offset });
    }
    offset += length;
  }
  return pieces;
}

const jsxText = (
  name: string,
  attributes: Record<string, string | null>,
  children: PhrasingContent[],
): MdxJsxTextElement => ({
  type: 'mdxJsxTextElement',
  name,
  attributes: Object.entries(attributes).map(([attribute, value]) => ({
    type: 'mdxJsxAttribute',
    name: attribute,
    value,
  })),
  children,
});

export function wrapSentences(
  number: number,
  content: PhrasingContent[],
  text: string,
  locale: string,
): PhrasingContent[] {
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

/**
 * Links the first occurrence of each term not yet in `marked` (which it updates), in text and in sentences;
 * `firstInStatement` tells which terms this paragraph holds the statement's first occurrence of.
 */
export function markTerms(
  content: PhrasingContent[],
  findTerms: TermFinder,
  marked: Set<string>,
  firstInStatement: (id: string) => boolean = () => false,
): PhrasingContent[] {
  return content.flatMap((node): PhrasingContent[] => {
    if (node.type === 'mdxJsxTextElement' && node.name === 'Sentence') {
      node.children = markTerms(node.children, findTerms, marked, firstInStatement);
      return [node];
    }
    if (node.type !== 'text') return [node];
    const pieces: PhrasingContent[] = [];
    let offset = 0;
    for (const { id, start, end } of findTerms(node.value)) {
      if (marked.has(id)) continue;
      marked.add(id);
      if (start > offset) pieces.push({ type: 'text', value: node.value.slice(offset, start) });
      const attributes: Record<string, string | null> = { id, ...(firstInStatement(id) && { firstInStatement: null }) };
      pieces.push(jsxText('GlossaryTerm', attributes, [{ type: 'text', value: node.value.slice(start, end) }]));
      offset = end;
    }
    if (offset < node.value.length) pieces.push({ type: 'text', value: node.value.slice(offset) });
    return pieces;
  });
}

/**
 * Gives each sentence in which terms with aliases occur an `aliases` attribute (those aliases, once each, for
 * the index) and an `aliasTerms` attribute: JSON mapping each word of an alias (lowercased) to the term as the
 * sentence writes it, so the words a search for an alias led to can be marked.
 */
export function addAliases(
  content: PhrasingContent[],
  findTerms: TermFinder,
  termAliases: Readonly<Record<string, readonly string[]>>,
): void {
  for (const node of content) {
    if (node.type !== 'mdxJsxTextElement' || node.name !== 'Sentence') continue;
    const text = toString(node);
    const aliases = new Set<string>();
    const terms: Record<string, string> = {};
    for (const { id, start, end } of findTerms(text)) {
      for (const alias of termAliases[id] ?? []) {
        aliases.add(alias);
        for (const word of alias.toLowerCase().split(/\s+/)) terms[word] ??= text.slice(start, end);
      }
    }
    if (!aliases.size) continue;
    node.attributes.push(
      { type: 'mdxJsxAttribute', name: 'aliases', value: [...aliases].join(', ') },
      { type: 'mdxJsxAttribute', name: 'aliasTerms', value: JSON.stringify(terms) },
    );
  }
}

export default function statementParagraphs({
  locale,
  findTerms,
  firstParagraphOfTerm,
  termAliases,
}: StatementParagraphsOptions) {
  return (tree: Root): void => {
    const markedTerms = new Set<string>();
    for (const marked of findStatementMarkers(tree).paragraphs) {
      const sentences = wrapSentences(marked.number, marked.node.children, marked.text, locale);
      if (findTerms && termAliases) addAliases(sentences, findTerms, termAliases);
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: findTerms
          ? markTerms(sentences, findTerms, markedTerms, (id) => firstParagraphOfTerm?.[id] === marked.number)
          : sentences,
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
