import { describe, expect, it } from 'vitest';

import {
  cleanUrl,
  hitUrl,
  localizedPath,
  matchedAnchor,
  matchedWords,
  otherLanguages,
  paragraphMatches,
  queryIn,
  queryLanguages,
} from '../../src/search/pagefind';
import { excerptParts, markWords, wordsPattern } from '../../src/search/text';

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
  it('are the site’s clean URLs with the words to mark and the sentence', () => {
    expect(cleanUrl('/ru/statement/outcomes.html')).toBe('/ru/statement/outcomes');
    expect(hitUrl('/statement/five-points/point-3.html', { paragraph: 6, sentence: 5 }, ['development bank'])).toBe(
      '/statement/five-points/point-3?highlight=development%20bank#p6-5',
    );
    expect(hitUrl('/statement/outcomes.html', { paragraph: 14, sentence: 2 }, ['Tokayev', 'Putin'])).toBe(
      '/statement/outcomes?highlight=Tokayev&highlight=Putin#p14-2',
    );
    expect(hitUrl('/statement/context.html', { paragraph: 2 }, ['"x"'])).toBe(
      '/statement/context?highlight=%22x%22#p2',
    );
    expect(hitUrl('/statement/context.html', { paragraph: 2, sentence: 1 }, [])).toBe('/statement/context#p2-1');
  });

  it('of a hit in another language are the same page in the page’s language', () => {
    expect(localizedPath('/ru/statement/five-points/point-3.html', 'ru', 'en')).toBe('/statement/five-points/point-3');
    expect(localizedPath('/statement/outcomes.html', 'en', 'zh-Hans')).toBe('/zh-Hans/statement/outcomes');
    expect(localizedPath('/zh-Hans/statement/context.html', 'zh-Hans', 'ru')).toBe('/ru/statement/context');
  });
});

describe('the languages searched', () => {
  it('are told by the query’s script', () => {
    expect([...queryLanguages('开发银行')]).toEqual(['zh-Hans']);
    expect([...queryLanguages('банк развития')]).toEqual(['ru']);
    expect([...queryLanguages('Шанхай 上海 zzqx')]).toEqual(['zh-Hans', 'ru', 'en']);
    expect([...queryLanguages('🤝 !!!')]).toEqual([]);
  });

  it('are the others of that script, or all others when the page’s language found nothing and the script names none', () => {
    expect(otherLanguages('development bank', 'en', 3)).toEqual([]);
    expect(queryIn('ШОС development bank', 'en')).toBe('development bank');
    expect(queryIn('ШОС development bank 2030', 'ru')).toBe('ШОС 2030');
    expect(queryIn('Tokayev', 'zh-Hans')).toBe('');
    expect(otherLanguages('development bank', 'ru', 3)).toEqual(['en']);
    expect(otherLanguages('开发银行', 'ru', 0)).toEqual(['zh-Hans']);
    expect(otherLanguages('2030', 'ru', 0)).toEqual(['en', 'zh-Hans']);
    expect(otherLanguages('bank', 'en', 0)).toEqual(['zh-Hans', 'ru']);
  });
});

describe('paragraphMatches', () => {
  // ¶6 (two sentences), then ¶7 (one), as Pagefind records a page: only the sentences' ids are anchors.
  const page = {
    raw_content: 'The SCO development bank. The SCO grows. Development of the SCO bank, and a bank.',
    anchors: [
      { id: 'p6-1', location: 0 },
      { id: 'p6-2', location: 4 },
      { id: 'p7-1', location: 7 },
    ],
  };
  const found = (locations: number[], query: string) =>
    paragraphMatches({ ...page, locations }, query).map(({ anchor, score }) => ({ ...anchor, score }));

  it('gives each paragraph with matched words once, at its best sentence, a phrase scoring above single words', () => {
    // “SCO” at 1, 5 and 10.
    expect(found([1, 5, 10], 'SCO')).toEqual([
      { paragraph: 6, sentence: 1, score: 2 },
      { paragraph: 7, sentence: 1, score: 1 },
    ]);
    // “development bank”: the phrase at 2–3 in ¶6; in ¶7 the two words apart (7, 11, 14).
    expect(found([2, 3, 7, 11, 14], 'development bank')).toEqual([
      { paragraph: 6, sentence: 1, score: 4 },
      { paragraph: 7, sentence: 1, score: 3 },
    ]);
  });

  it('keeps only the paragraphs that hold every word of the query, when some do', () => {
    // “SCO bank”: ¶6 has both, ¶6's second sentence only “SCO”; ¶7 both.
    expect(found([1, 3, 5, 10, 11], 'SCO bank').map((match) => match.paragraph)).toEqual([6, 7]);
    // “grows bank”: no paragraph has both (the page does, across paragraphs): each paragraph with a word counts.
    expect(found([6, 11], 'grows bank').map((match) => match.paragraph)).toEqual([6, 7]);
    expect(found([1, 5], 'SCO grows').map((match) => match.paragraph)).toEqual([6]);
  });
});

describe('matchedWords', () => {
  it('gives what matched inside the sentence, as written, adjacent words as one phrase, without punctuation', () => {
    const page = {
      raw_content: 'First sentence here. An SCO development bank. &lt;Third&gt; one.',
      anchors: [
        { id: 'p6', location: 0 },
        { id: 'p6-1', location: 0 },
        { id: 'p6-2', location: 3 },
        { id: 'p6-3', location: 7 },
      ],
      locations: [1, 4, 6, 5, 7],
    };
    expect(matchedWords(page, 'p6-2')).toEqual(['SCO development bank']);
    expect(matchedWords(page, 'p6-3')).toEqual(['Third']);
  });

  it('joins Chinese segments that follow each other into the word the text writes', () => {
    const page = {
      raw_content: '推动\u200B建立\u200B上合组织\u200B开发\u200B银行\u200B。',
      anchors: [{ id: 'p6-5', location: 0 }],
      locations: [4, 3, 0],
    };
    expect(matchedWords(page, 'p6-5')).toEqual(['推动', '开发银行']);
  });

  it('keeps only the phrases that hold the whole query, when some do', () => {
    const page = {
      raw_content: '卡特\u200B、\u200B托\u200B卡\u200B耶夫\u200B和\u200B米尔济约\u200B耶夫',
      anchors: [{ id: 'p14-2', location: 0 }],
      locations: [0, 2, 3, 4, 7],
    };
    expect(matchedWords(page, 'p14-2', '托卡耶夫')).toEqual(['托卡耶夫']);
    expect(matchedWords(page, 'p14-2')).toEqual(['卡特', '托卡耶夫', '耶夫']);
  });

  it('counts a match in the aliases indexed before the text only when the text has none', () => {
    const anchors = [{ id: 'p5-4', location: 0, text: 'Crack down on drug trafficking.' }];
    const raw_content = 'narcotics, drugs Crack down on drug trafficking.';
    expect(matchedWords({ raw_content, anchors, locations: [0] }, 'p5-4')).toEqual(['narcotics']);
    expect(matchedWords({ raw_content, anchors, locations: [1, 5] }, 'p5-4')).toEqual(['drug']);
  });
});

describe('marking words', () => {
  it('marks whole words ignoring case, Chinese words anywhere, regex characters literally', () => {
    expect(markWords('The SCO’s bank, banking.', ['bank', 'sco'])).toEqual([
      { text: 'The ', marked: false },
      { text: 'SCO', marked: true },
      { text: '’s ', marked: false },
      { text: 'bank', marked: true },
      { text: ', banking.', marked: false },
    ]);
    expect(
      markWords('上合组织开发银行。', ['开发', '银行'])
        .filter((p) => p.marked)
        .map((p) => p.text),
    ).toEqual(['开发', '银行']);
    expect(markWords('a.*b', ['.*'])).toEqual([{ text: 'a.*b', marked: false }]);
    expect(wordsPattern([])).toBeNull();
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
