import { inflateSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { messagesOf, passageReference, quoteCardOf } from '../../src/plugins/short-links';
import { renderQuoteCard } from '../../src/plugins/short-links/quoteCard';
import { redirectPageHtml } from '../../src/plugins/short-links/redirectPage';
import type { Edition } from '../../src/statement/model';
import { excerpt, passages } from '../../src/statement/passages';

const EDITION: Edition = {
  locale: 'ru',
  sections: [
    { id: 'context', path: '/statement/context', title: 'Контекст' },
    { id: 'point-3', path: '/statement/five-points/point-3', title: 'Предложение 3' },
  ],
  paragraphs: [
    {
      number: 1,
      section: 'context',
      text: 'Раз. Два.',
      sentences: [
        { id: 'p1-1', text: 'Раз.' },
        { id: 'p1-2', text: 'Два.' },
      ],
    },
    { number: 6, section: 'point-3', text: 'Шесть.', sentences: [{ id: 'p6-1', text: 'Шесть.' }] },
  ],
};

describe('passages', () => {
  it('gives each paragraph and each sentence of an edition, with its text, page title and target', () => {
    expect(passages(EDITION)).toEqual([
      {
        path: 'p/1',
        id: 'p1',
        paragraph: 1,
        text: 'Раз. Два.',
        sectionTitle: 'Контекст',
        target: '/statement/context#p1',
      },
      {
        path: 'p/1-1',
        id: 'p1-1',
        paragraph: 1,
        sentence: 1,
        text: 'Раз.',
        sectionTitle: 'Контекст',
        target: '/statement/context#p1-1',
      },
      {
        path: 'p/1-2',
        id: 'p1-2',
        paragraph: 1,
        sentence: 2,
        text: 'Два.',
        sectionTitle: 'Контекст',
        target: '/statement/context#p1-2',
      },
      {
        path: 'p/6',
        id: 'p6',
        paragraph: 6,
        text: 'Шесть.',
        sectionTitle: 'Предложение 3',
        target: '/statement/five-points/point-3#p6',
      },
      {
        path: 'p/6-1',
        id: 'p6-1',
        paragraph: 6,
        sentence: 1,
        text: 'Шесть.',
        sectionTitle: 'Предложение 3',
        target: '/statement/five-points/point-3#p6-1',
      },
    ]);
  });

  it('names a passage in the locale’s words', () => {
    const message = messagesOf({ 'shortLink.reference.sentence': '第{paragraph}段第{sentence}句' });
    const [, sentence] = passages(EDITION);
    expect(passageReference(sentence!, message)).toBe('第1段第1句');
    expect(passageReference(passages(EDITION)[0]!, message)).toBe('¶1');
  });
});

describe('excerpt', () => {
  const words = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(8);

  it('leaves a text under 300 characters as it is', () => {
    expect(excerpt('China proposes that the SCO scale up local currency settlement.', 'en')).toBe(
      'China proposes that the SCO scale up local currency settlement.',
    );
  });

  it('cuts a longer one at a word boundary, under 300 characters, with an ellipsis', () => {
    const cut = excerpt(words, 'en');
    expect(cut).toBe(`${words.slice(0, 285)}Lorem ipsum…`);
    expect([...cut].length).toBeLessThan(300);
    expect(excerpt('Один, два, три, четыре', 'ru', 16)).toBe('Один, два, три…');
  });

  it('cuts Chinese between characters, never leaves a comma before the ellipsis, and writes it ……', () => {
    expect(excerpt('中方建议扩大上合组织成员国间本币结算份额，推动建立上合组织开发银行。', 'zh-Hans', 12)).toBe(
      '中方建议扩大上合组……',
    );
    expect(excerpt('中方建议扩大上合组织成员国间本币结算份额，推动建立上合组织开发银行。', 'zh-Hans', 23)).toBe(
      '中方建议扩大上合组织成员国间本币结算份额……',
    );
  });
});

describe('redirectPageHtml with a preview', () => {
  const html = redirectPageHtml({
    lang: 'ru',
    title: 'Предложение 3\u00a0— ¶6, фраза 5',
    linkText: 'Перейти к фрагменту',
    target: '/ru/statement/five-points/point-3#p6-5',
    preview: {
      title: 'Предложение 3\u00a0— ¶6, фраза 5',
      text: 'Китай «предлагает» & содействует.',
      description: 'Китай «предлагает» & содействует.',
      url: 'https://example.org/ru/statement/five-points/point-3#p6-5',
      siteName: 'ШОС-2023',
      locale: 'ru_RU',
      alternateLocales: ['en_US', 'zh_CN'],
      image: { url: 'https://example.org/ru/img/quote/p6-5.png?v=1', width: 1200, height: 630, alt: 'Карточка "6-5"' },
    },
  });

  it('carries Open Graph and Twitter tags, escaped, and the passage text, still without a script', () => {
    for (const tag of [
      '<title>Предложение 3\u00a0— ¶6, фраза 5</title>',
      '<link rel="canonical" href="https://example.org/ru/statement/five-points/point-3#p6-5">',
      '<meta property="og:title" content="Предложение 3\u00a0— ¶6, фраза 5">',
      '<meta property="og:description" content="Китай «предлагает» &amp; содействует.">',
      '<meta name="description" content="Китай «предлагает» &amp; содействует.">',
      '<meta property="og:url" content="https://example.org/ru/statement/five-points/point-3#p6-5">',
      '<meta property="og:image" content="https://example.org/ru/img/quote/p6-5.png?v=1">',
      '<meta property="og:image:width" content="1200">',
      '<meta property="og:image:height" content="630">',
      '<meta property="og:image:alt" content="Карточка &quot;6-5&quot;">',
      '<meta property="og:locale" content="ru_RU">',
      '<meta property="og:locale:alternate" content="en_US">',
      '<meta property="og:locale:alternate" content="zh_CN">',
      '<meta name="twitter:card" content="summary_large_image">',
      '<blockquote><p>Китай «предлагает» &amp; содействует.</p></blockquote>',
      '<meta http-equiv=refresh content="0; url=/ru/statement/five-points/point-3#p6-5">',
    ]) {
      expect(html).toContain(tag);
    }
    expect(html).not.toContain('<script');
  });
});

/** IHDR size, colour type, and the iTXt chunks of a PNG. */
function readPng(png: Buffer) {
  const texts: Record<string, string> = {};
  let header = { width: 0, height: 0, colourType: -1 };
  let pixels = 0;
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), colourType: data[9]! };
    if (type === 'IDAT') pixels += inflateSync(data).length;
    if (type === 'iTXt') {
      const keyword = data.toString('latin1', 0, data.indexOf(0));
      texts[keyword] = data.subarray(keyword.length + 5).toString('utf8');
    }
    at += 12 + length;
  }
  return { ...header, pixels, texts };
}

describe('renderQuoteCard', () => {
  const message = messagesOf({});
  const passage = {
    path: 'p/6-5',
    id: 'p6-5',
    paragraph: 6,
    sentence: 5,
    sectionTitle: '第三点：聚焦务实合作，加快经济复苏',
    target: '/statement/five-points/point-3#p6-5',
  };

  it('draws a 1200 × 630 indexed PNG under 60 KB that names the text it was drawn from', async () => {
    const text = '中方建议扩大上合组织成员国间本币结算份额，推动建立上合组织开发银行。';
    const card = quoteCardOf({ ...passage, text }, 'zh-Hans', message);
    expect(card.byline).toBe('习近平 · 2023年7月4日');
    const png = await renderQuoteCard(card);
    expect(png.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
    const read = readPng(png);
    expect(read).toMatchObject({ width: 1200, height: 630, colourType: 3, pixels: 630 * 1201 });
    expect(read.texts).toEqual({ Description: text });
    expect(png.length).toBeLessThanOrEqual(60 * 1024);
  });

  it('fits a text far too long for the card (cut at its smallest size), and stays under 60 KB', async () => {
    const text = 'Cooperation and development for all member states. '.repeat(60).trim();
    const png = await renderQuoteCard(quoteCardOf({ ...passage, text }, 'en', message));
    expect(readPng(png)).toMatchObject({ width: 1200, height: 630, texts: { Description: text } });
    expect(png.length).toBeLessThanOrEqual(60 * 1024);
  });
});
