import { describe, expect, it } from 'vitest';

import { cleanUrl, excerptParts, hitUrl, matchedAnchor } from '../../src/search/pagefind';

describe('matchedAnchor', () => {
  // ¶6 starts at word 0; its sentences at words 0, 14, 60, 85, 120.
  const anchors = [
    { id: 'p6', location: 0 },
    { id: 'p6-1', location: 0 },
    { id: 'p6-2', location: 14 },
    { id: 'p6-3', location: 60 },
    { id: 'p6-4', location: 85 },
    { id: 'p6-5', location: 120 },
    { id: 'the-text', location: 0 },
  ];

  it('picks the sentence with the phrase over earlier scattered words', () => {
    expect(matchedAnchor(anchors, [20, 70, 140, 141])).toEqual({ paragraph: 6, sentence: 5 });
  });

  it('picks the earliest sentence on a tie, and the sentence rather than the paragraph at the same location', () => {
    expect(matchedAnchor(anchors, [3, 90])).toEqual({ paragraph: 6, sentence: 1 });
  });

  it('falls back to the paragraph without sentence anchors, and to nothing without anchors', () => {
    expect(matchedAnchor([{ id: 'p9', location: 0 }], [5])).toEqual({ paragraph: 9 });
    expect(matchedAnchor([], [5])).toBeNull();
  });
});

describe('result URLs', () => {
  it('are the site’s clean URLs with the terms to mark and the sentence', () => {
    expect(cleanUrl('/ru/statement/outcomes.html')).toBe('/ru/statement/outcomes');
    expect(hitUrl('/statement/five-points/point-3.html', { paragraph: 6, sentence: 5 }, 'development bank')).toBe(
      '/statement/five-points/point-3?highlight=development%20bank#p6-5',
    );
    expect(hitUrl('/statement/context.html', { paragraph: 2 }, '"x"')).toBe('/statement/context?highlight=%22x%22#p2');
  });
});

describe('excerptParts', () => {
  it('keeps only <mark> as markup and decodes entities into plain text', () => {
    expect(excerptParts('an SCO <mark>development</mark> <mark>bank</mark>.')).toEqual([
      { text: 'an SCO ', marked: false },
      { text: 'development', marked: true },
      { text: ' ', marked: false },
      { text: 'bank', marked: true },
      { text: '.', marked: false },
    ]);
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; &amp; <mark>&quot;x&quot;</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> & ', marked: false },
      { text: '"x"', marked: true },
    ]);
  });
});
