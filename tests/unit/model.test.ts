import { describe, expect, it } from 'vitest';

import {
  PARAGRAPH_COUNT,
  SECTIONS,
  paragraphId,
  parseAnchor,
  parseParagraphMarker,
  sectionOfParagraph,
  segmentSentences,
  sentenceId,
} from '../../src/statement/model';

describe('ids', () => {
  it('names paragraphs and sentences', () => {
    expect(paragraphId(6)).toBe('p6');
    expect(sentenceId(6, 3)).toBe('p6-3');
  });

  it('parses anchors and rejects anything else', () => {
    expect(parseAnchor('#p6')).toEqual({ paragraph: 6 });
    expect(parseAnchor('p6-3')).toEqual({ paragraph: 6, sentence: 3 });
    expect(parseAnchor('#p15-1')).toEqual({ paragraph: 15, sentence: 1 });
    for (const bad of ['#p0', '#p16', '#p99', 'p6-', '#pabc', '#the-meeting', '', '#p6-3-1', '#P6']) {
      expect(parseAnchor(bad), bad).toBeNull();
    }
  });

  it('reads paragraph markers', () => {
    expect(parseParagraphMarker('/* p6 */')).toBe(6);
    expect(parseParagraphMarker(' /*p12*/ ')).toBe(12);
    expect(parseParagraphMarker('/* #the-meeting */')).toBeNull();
    expect(parseParagraphMarker('/* note p6 */')).toBeNull();
  });
});

describe('sections', () => {
  it('places every paragraph on exactly one page, in reading order', () => {
    const placed = SECTIONS.flatMap((s) => s.paragraphs);
    expect(placed).toEqual(Array.from({ length: PARAGRAPH_COUNT }, (_, i) => i + 1));
  });

  it('gives the five points ¶4–¶8 and frozen paths', () => {
    expect([4, 5, 6, 7, 8].map((n) => sectionOfParagraph(n)?.point)).toEqual([1, 2, 3, 4, 5]);
    expect(sectionOfParagraph(6)?.path).toBe('/statement/five-points/point-3');
    expect(SECTIONS.map((s) => s.path)).toEqual([
      '/statement/context',
      '/statement/five-points',
      '/statement/five-points/point-1',
      '/statement/five-points/point-2',
      '/statement/five-points/point-3',
      '/statement/five-points/point-4',
      '/statement/five-points/point-5',
      '/statement/closing-remarks',
      '/statement/leaders-consensus',
      '/statement/outcomes',
      '/statement/full-text',
    ]);
  });
});

describe('segmentSentences', () => {
  const texts = (text: string, locale: string) => segmentSentences(text, locale).map((s) => s.text);

  it('splits English without breaking inside quotes, dashes or lowercase continuations', () => {
    expect(
      texts(
        'Unity or split, peace or conflict—these are the questions. Xi said "path of happiness" twice. It ends.',
        'en',
      ),
    ).toEqual([
      'Unity or split, peace or conflict—these are the questions.',
      'Xi said "path of happiness" twice.',
      'It ends.',
    ]);
  });

  it('splits Chinese at 。 and keeps a closing quote with its sentence', () => {
    expect(texts('他说：“大道不孤。”众行致远。上合组织不断发展壮大！', 'zh-Hans')).toEqual([
      '他说：“大道不孤。”',
      '众行致远。',
      '上合组织不断发展壮大！',
    ]);
  });

  it('splits Russian and keeps «» and em dashes inside the sentence', () => {
    expect(texts('Единство или раскол\u00a0— вот вопрос. Он назвал это «путём счастья». Конец.', 'ru')).toEqual([
      'Единство или раскол\u00a0— вот вопрос.',
      'Он назвал это «путём счастья».',
      'Конец.',
    ]);
  });

  it('gives offsets that slice back to each sentence', () => {
    const text = 'First, one.  Second, two. Third.';
    for (const span of segmentSentences(text, 'en')) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
