import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';

import { correctionsAtom, type CorrectionsFeed } from '../../src/statement/correctionsFeed';

const RECORD = {
  locale: 'ru',
  corrections: [
    { id: 'p6-4', date: '2026-12-04', before: 'Б <старое> & «x»', after: 'В', reason: 'Смысл' },
    { id: 'p6-4', date: '2026-11-28', before: 'А', after: 'Б <старое> & «x»', reason: 'Термин' },
  ],
};

const FEED: CorrectionsFeed = {
  lang: 'ru',
  title: 'Исправления: сайт',
  subtitle: 'Все изменения',
  author: 'Сайт',
  pageUrl: 'https://example.org/ru/corrections',
  feedUrl: 'https://example.org/ru/corrections.atom',
  sentenceUrl: (id) => `https://example.org/ru/statement/five-points/point-3#${id}`,
  entryTitle: ({ id }) => `¶6, фраза ${id.split('-')[1]}`,
  entryText: ({ before, after, reason }) => `Было: ${before}\nСтало: ${after}\nПричина: ${reason}`,
};

describe('the corrections feed', () => {
  it('parses as Atom (a real feed parser), newest first, each entry linking its sentence with its old and new text', () => {
    const xml = correctionsAtom(RECORD, FEED);
    const feed = parseFeed(xml);
    expect(feed.meta).toEqual({ type: 'atom', version: '1.0' });
    expect(feed.title).toBe('Исправления: сайт');
    expect(feed.updated?.toISOString()).toBe('2026-12-04T00:00:00.000Z');
    expect(feed.items.map((item) => [item.id, item.updated?.toISOString(), item.url])).toEqual([
      [
        'https://example.org/ru/corrections#p6-4-2026-12-04',
        '2026-12-04T00:00:00.000Z',
        'https://example.org/ru/statement/five-points/point-3#p6-4',
      ],
      [
        'https://example.org/ru/corrections#p6-4-2026-11-28',
        '2026-11-28T00:00:00.000Z',
        'https://example.org/ru/statement/five-points/point-3#p6-4',
      ],
    ]);
    expect(feed.items[0].content).toBe('Было: Б <старое> & «x»\nСтало: В\nПричина: Смысл');
  });

  it('is a valid feed with no entries for a text without corrections, updated on the day the ids were frozen', () => {
    const feed = parseFeed(correctionsAtom({ locale: 'en', corrections: [] }, FEED));
    expect(feed.items).toEqual([]);
    expect(feed.updated?.toISOString()).toBe('2026-11-28T00:00:00.000Z');
  });
});
