import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { copiedParagraph, copyDoc, scaleModel, scaleSourceText } from '../../scripts/lib/scaleFixture';
import { SECTIONS, PARAGRAPH_COUNT } from '../../src/statement/model';
import { frontMatterValue, parseDoc } from '../../src/statement/validate';

// A statement of two paragraphs on one page, as the site writes one.
const PAGE = [
  '---',
  'id: "context"',
  'title: "Context"',
  'short_title: "Context"',
  'sidebar_label: "Context"',
  'slug: "/context"',
  '---',
  '',
  '## The meeting {/* #the-meeting */}',
  '',
  '{/* p1 */}',
  'The first paragraph. It has two sentences.',
  '',
  '<Editorial title="Summary (from ¶1)">',
  '',
  'See [the points](./five-points/index.mdx).',
  '',
  '</Editorial>',
  '',
  '{/* p2 */}',
  'The second paragraph.',
  '',
].join('\n');

const paragraphsOf = (source: string) => parseDoc({ file: 'docs/context.mdx', docId: 'context', source }).paragraphs;

describe('scale fixture', () => {
  it('gives factor × the paragraphs, numbered in order without a repeat, each copy with the text unchanged', () => {
    const factor = 3;
    const original = paragraphsOf(PAGE);
    const copies = [PAGE, copyDoc(PAGE, 2, 2), copyDoc(PAGE, 3, 2)].map(paragraphsOf);
    const numbers = copies.flat().map((p) => p.number);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
    expect(numbers).toHaveLength(factor * original.length);
    copies.forEach((copy, c) => {
      expect(copy.map((p) => p.text)).toEqual(original.map((p) => p.text));
      expect(copy.map((p) => p.number)).toEqual(original.map((p) => copiedParagraph(p.number, c + 1, 2)));
    });
  });

  it('moves a copied page under its part, numbers its title, and keeps its headings and editorial text', () => {
    const copy = copyDoc(PAGE, 2, 2);
    expect(frontMatterValue(copy, 'slug')).toBe('/part-2/context');
    expect(frontMatterValue(copy, 'title')).toBe('Context · 2');
    expect(frontMatterValue(copy, 'short_title')).toBe('Context · 2');
    expect(frontMatterValue(copy, 'sidebar_label')).toBe('Context · 2');
    expect(frontMatterValue(copy, 'id')).toBe('context');
    expect(copy).toContain('## The meeting {/* #the-meeting */}');
    expect(copy).toContain('<Editorial title="Summary (from ¶1)">');
    expect(copy).toContain('(./five-points/index.mdx)');
  });

  it('repeats the source text after its headline', () => {
    const source = 'Headline\n\nOne.\n\nTwo.\n';
    expect(scaleSourceText(source, 3)).toBe('Headline\n\nOne.\n\nTwo.\n\nOne.\n\nTwo.\n\nOne.\n\nTwo.\n');
    expect(scaleSourceText(source, 1)).toBe(source);
  });

  it("rewrites the model's count and sections, and fails when the model no longer has them", () => {
    const model = readFileSync('src/statement/model.ts', 'utf8');
    const scaled = scaleModel(model, 3, SECTIONS, PARAGRAPH_COUNT);
    expect(scaled).toContain(`export const PARAGRAPH_COUNT = ${3 * PARAGRAPH_COUNT};`);
    expect(scaled).toContain("section('part-3-outcomes', 'part-3/outcomes', 'outcomes', [42, 43, 44, 45]),");
    expect(scaled).toContain("section('part-3-point-5', 'part-3/five-points/point-5', 'point', [38], 15),");
    expect(scaled.indexOf('part-3-outcomes')).toBeLessThan(scaled.indexOf("section('full-text'"));
    expect(() => scaleModel(model.replace('PARAGRAPH_COUNT = 15', 'PARAGRAPH_COUNT = 16'), 3, SECTIONS, 15)).toThrow(
      /PARAGRAPH_COUNT/,
    );
  });
});
