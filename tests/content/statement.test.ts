import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';

import { DEFAULT_LOCALE } from '../../src/locales';
import { segmentSentences } from '../../src/statement/model';
import statementParagraphs from '../../src/remark/statementParagraphs';
import {
  checkDocStructure,
  checkParagraphPlacement,
  checkSourceFidelity,
  headingIds,
} from '../../src/statement/validate';
import { readDocs, readSourceParagraphs } from '../support/docs';
import { expectedSentenceIds, SENTENCE_COUNTS } from '../support/frozenMap';

const docs = readDocs(DEFAULT_LOCALE);
const source = readSourceParagraphs();

describe('the project copy of the source', () => {
  it('has the headline and 15 paragraphs, none empty', () => {
    expect(source).toHaveLength(15);
    for (const paragraph of source) expect(paragraph.trim()).not.toBe('');
  });
});

describe('English docs against the source', () => {
  it('reproduce every paragraph exactly once, on its page, character for character', () => {
    const problems = [...checkParagraphPlacement(docs), ...checkSourceFidelity(docs, source)];
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('hold no text that is neither statement nor marked editorial, and give every heading an explicit id', () => {
    const problems = docs.flatMap(checkDocStructure);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('ids', () => {
  it('give each page unique heading ids', () => {
    for (const doc of docs) {
      const ids = headingIds(doc);
      expect(new Set(ids).size, `${doc.file}: ${ids.join(', ')}`).toBe(ids.length);
    }
  });

  it('number the sentences of every paragraph p{n}-1 … p{n}-k, unique and contiguous', () => {
    const seen: string[] = [];
    for (const doc of docs) {
      // The plugin rewrites the tree it is given: give it a copy, so the other tests keep the docs as read.
      const tree = structuredClone(doc.tree);
      statementParagraphs({ locale: DEFAULT_LOCALE })(tree);
      visit(tree, 'mdxJsxTextElement', (node) => {
        if (node.name !== 'Sentence') return;
        const id = node.attributes.find((a) => 'name' in a && a.name === 'id')?.value;
        seen.push(String(id));
      });
    }
    const expected = SENTENCE_COUNTS.flatMap((_, i) => expectedSentenceIds(i + 1));
    expect(expected).toHaveLength(60);
    expect(new Set(seen).size).toBe(seen.length);
    const order = (id: string) => id.slice(1).split('-').map(Number);
    const byPosition = (a: string, b: string) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1];
    expect([...seen].sort(byPosition)).toEqual(expected);
  });
});

describe('sentence segmentation', () => {
  it('splits each source paragraph into the sentences of the committed frozen map', () => {
    expect(source.map((paragraph) => segmentSentences(paragraph, 'en').length)).toEqual(SENTENCE_COUNTS);
  });
});
