import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';

import { createTermFinder, firstTermParagraphs, type TermFinder } from '../../src/glossary';
import statementParagraphs from '../../src/remark/statementParagraphs';
import { parseMdx } from '../../src/statement/markdown';

function transform(
  source: string,
  locale = 'en',
  findTerms?: TermFinder,
  firstParagraphOfTerm?: Record<string, number>,
): Root {
  const tree = parseMdx(source);
  statementParagraphs({ locale, findTerms, firstParagraphOfTerm })(tree);
  return tree;
}

/** A compact rendering of the tree: JSX elements as tags with their attributes, text as is. */
function render(node: unknown): string {
  const n = node as {
    type: string;
    name?: string;
    value?: string;
    children?: unknown[];
    attributes?: { name: string; value: string | null }[];
  };
  const inner = (n.children ?? []).map(render).join('');
  if (n.type === 'text') return n.value ?? '';
  if (n.type === 'emphasis') return `*${inner}*`;
  if (n.type === 'paragraph') return `<p>${inner}</p>`;
  if (n.type.startsWith('mdxJsx'))
    return `<${n.name}${(n.attributes ?? []).map((a) => (a.value === null ? ` ${a.name}` : ` ${a.name}="${a.value}"`)).join('')}>${inner}</${n.name}>`;
  if (n.type === 'mdxFlowExpression') return '';
  return inner;
}

describe('statementParagraphs remark plugin', () => {
  it('wraps a marked paragraph and each of its sentences', () => {
    const tree = transform('{/* p6 */}\nThird, one thing. Two things. Three.\n');
    expect(render(tree)).toBe(
      '<StatementParagraph number="6"><p><Sentence id="p6-1">Third, one thing.</Sentence> <Sentence id="p6-2">Two things.</Sentence> <Sentence id="p6-3">Three.</Sentence></p></StatementParagraph>',
    );
  });

  it('keeps inline markup inside its sentence, whole where it straddles two, with every id present', () => {
    const tree = transform('{/* p2 */}\nOne *big* idea. A *second. Third* one.\n');
    expect(render(tree)).toBe(
      '<StatementParagraph number="2"><p><Sentence id="p2-1">One *big* idea.</Sentence> <Sentence id="p2-2">A *second. Third*</Sentence><Sentence id="p2-3"> one.</Sentence></p></StatementParagraph>',
    );
  });

  it('segments Chinese by its own punctuation', () => {
    const tree = transform('{/* p10 */}\n大道不孤，众行致远。上合组织发展符合时代潮流。\n', 'zh-Hans');
    expect(render(tree)).toBe(
      '<StatementParagraph number="10"><p><Sentence id="p10-1">大道不孤，众行致远。</Sentence><Sentence id="p10-2">上合组织发展符合时代潮流。</Sentence></p></StatementParagraph>',
    );
  });

  it('leaves unmarked paragraphs and detached markers alone', () => {
    const tree = transform('Plain prose.\n\n{/* p3 */}\n\nNot attached.\n');
    expect(render(tree)).toBe('<p>Plain prose.</p><p>Not attached.</p>');
  });

  const terms = createTermFinder('en', [
    { id: 'sco', match: 'SCO' },
    { id: 'sco-development-bank', match: 'SCO Development Bank' },
  ]);

  it('links the first occurrence of each glossary term on the page, inside its sentence, text unchanged', () => {
    const tree = transform(
      '{/* p6 */}\nThe SCO met. The SCO Development Bank and the SCO.\n\n{/* p7 */}\nThe SCO again.\n',
      'en',
      terms,
    );
    expect(render(tree)).toBe(
      '<StatementParagraph number="6"><p><Sentence id="p6-1">The <GlossaryTerm id="sco">SCO</GlossaryTerm> met.</Sentence> ' +
        '<Sentence id="p6-2">The <GlossaryTerm id="sco-development-bank">SCO Development Bank</GlossaryTerm> and the SCO.</Sentence></p></StatementParagraph>' +
        '<StatementParagraph number="7"><p><Sentence id="p7-1">The SCO again.</Sentence></p></StatementParagraph>',
    );
  });

  it('finds a term only as a whole word in English, and anywhere in Chinese', () => {
    expect(terms('SCOs and NASCO')).toEqual([]);
    expect(createTermFinder('zh-Hans', [{ id: 'sco', match: '上合组织' }])('推动上合组织发展')).toEqual([
      { id: 'sco', start: 2, end: 6 },
    ]);
  });

  it('says which linked occurrence is the first in the whole statement, for the full text', () => {
    const first = firstTermParagraphs(terms, [
      { number: 7, text: 'The SCO Development Bank.' },
      { number: 6, text: 'The SCO met.' },
    ]);
    expect(first).toEqual({ 'sco': 6, 'sco-development-bank': 7 });
    const page = '{/* p6 */}\nThe SCO met.\n\n{/* p7 */}\nThe SCO Development Bank.\n';
    expect(render(transform(page, 'en', terms, first))).toBe(
      '<StatementParagraph number="6"><p><Sentence id="p6-1">The <GlossaryTerm id="sco" firstInStatement>SCO</GlossaryTerm> met.</Sentence></p></StatementParagraph>' +
        '<StatementParagraph number="7"><p><Sentence id="p7-1">The <GlossaryTerm id="sco-development-bank" firstInStatement>SCO Development Bank</GlossaryTerm>.</Sentence></p></StatementParagraph>',
    );
    // A later page's first SCO is linked on its own page, but not in the full text.
    expect(render(transform('{/* p9 */}\nThe SCO again.\n', 'en', terms, first))).toBe(
      '<StatementParagraph number="9"><p><Sentence id="p9-1">The <GlossaryTerm id="sco">SCO</GlossaryTerm> again.</Sentence></p></StatementParagraph>',
    );
  });

  it('gives every sentence in which a term occurs that term’s aliases, once each, text unchanged', () => {
    const tree = parseMdx('{/* p6 */}\nThe SCO met. The SCO Development Bank and the SCO. Nothing here.\n');
    statementParagraphs({
      locale: 'en',
      findTerms: terms,
      termAliases: { 'sco-development-bank': ['SCO bank', 'development fund'], 'sco': ['Shanghai Pact'] },
    })(tree);
    const bank = 'SCO Development Bank';
    expect(render(tree)).toBe(
      `<StatementParagraph number="6"><p><Sentence id="p6-1" aliases="Shanghai Pact" aliasTerms="${JSON.stringify({ shanghai: 'SCO', pact: 'SCO' })}">` +
        'The <GlossaryTerm id="sco">SCO</GlossaryTerm> met.</Sentence> ' +
        `<Sentence id="p6-2" aliases="SCO bank, development fund, Shanghai Pact" aliasTerms="${JSON.stringify({ sco: bank, bank, development: bank, fund: bank, shanghai: 'SCO', pact: 'SCO' })}">` +
        'The <GlossaryTerm id="sco-development-bank">SCO Development Bank</GlossaryTerm> and the SCO.</Sentence> ' +
        '<Sentence id="p6-3">Nothing here.</Sentence></p></StatementParagraph>',
    );
  });

  it('marks nothing outside statement paragraphs', () => {
    expect(render(transform('The SCO in prose.\n', 'en', terms))).toBe('<p>The SCO in prose.</p>');
  });
});
