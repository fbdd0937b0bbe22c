import { describe, expect, it } from 'vitest';

import { LOCALE_CODES } from '../../src/locales';
import { statementJsonLd } from '../../src/statement/structuredData';
import { preferredLocale } from '../../src/components/LanguageSuggestion/preferredLocale';
import { redirectPageHtml } from '../../src/plugins/short-links/redirectPage';
import { sitemapIndexXml } from '../../src/plugins/sitemap-index';
import { shortLinks } from '../../src/statement/shortLinks';
import { SENTENCE_COUNTS } from '../support/frozenMap';

describe('shortLinks', () => {
  const links = shortLinks(SENTENCE_COUNTS);

  it('gives every paragraph, every sentence and every point a short path to its passage', () => {
    expect(links).toHaveLength(15 + 60 + 5);
    expect(links).toContainEqual({ path: 'p/6', target: '/statement/five-points/point-3#p6' });
    expect(links).toContainEqual({ path: 'p/6-5', target: '/statement/five-points/point-3#p6-5' });
    expect(links).toContainEqual({ path: 'p/2-14', target: '/statement/context#p2-14' });
    expect(links).toContainEqual({ path: 'point/5', target: '/statement/five-points/point-5' });
    expect(links.map((l) => l.path)).not.toContain('p/6-6');
    expect(new Set(links.map((l) => l.path)).size).toBe(links.length);
  });
});

describe('redirectPageHtml', () => {
  const html = redirectPageHtml({
    lang: 'ru',
    title: 'Переход…',
    linkText: 'Перейти к фрагменту',
    target: '/ru/statement/five-points/point-3#p6-3',
  });

  it('sends the reader on at once, in the page’s language, with a link as a fallback, and keeps it out of search engines', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="ru">/);
    expect(html).toContain('<meta http-equiv=refresh content="0; url=/ru/statement/five-points/point-3#p6-3">');
    expect(html).toContain('<title>Переход…</title>');
    expect(html).toContain('<a href="/ru/statement/five-points/point-3#p6-3">Перейти к фрагменту</a>');
    expect(html).toContain('<meta name=robots content=noindex>');
    expect(html).not.toContain('<script');
  });

  it('escapes what it is given', () => {
    const odd = redirectPageHtml({ lang: 'en', title: 'A <b> & "c"', linkText: '<i>', target: '/x?a="1"&b=<2>' });
    expect(odd).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(odd).toContain('url=/x?a=&quot;1&quot;&amp;b=&lt;2&gt;"');
    expect(odd).not.toMatch(/<(b|i)>/);
  });
});

describe('preferredLocale', () => {
  it('maps the browser’s languages to the first locale the site serves', () => {
    expect(preferredLocale(['ru-RU', 'en-US'])).toBe('ru');
    expect(preferredLocale(['zh-CN'])).toBe('zh-Hans');
    expect(preferredLocale(['zh-TW', 'en'])).toBe('zh-Hans');
    expect(preferredLocale(['de-DE', 'en-GB', 'ru'])).toBe('en');
    expect(preferredLocale(['de', 'fr'])).toBeUndefined();
    expect(preferredLocale([])).toBeUndefined();
  });
});

/** What the test reads of the JSON-LD. */
interface JsonLd {
  '@type': string;
  'inLanguage': string;
  'dateCreated': string;
  'url': string;
  'translationOfWork'?: object;
}

describe('statementJsonLd', () => {
  it('describes the statement in each language, the translations as translations of the English work', () => {
    for (const locale of LOCALE_CODES) {
      const data = JSON.parse(JSON.stringify(statementJsonLd(locale, 'https://example.org'))) as JsonLd;
      expect(data['@type']).toBe('CreativeWork');
      expect(data.inLanguage).toBe(locale);
      expect(data.dateCreated).toBe('2023-07-04');
      expect(data.url).toBe(locale === 'en' ? 'https://example.org/' : `https://example.org/${locale}/`);
      expect(Boolean(data.translationOfWork)).toBe(locale !== 'en');
    }
    // The readout's publisher is the author (it reports the speaker's words and the meeting); he is mentioned.
    expect(statementJsonLd('ru', '').author).toMatchObject({
      '@type': 'Organization',
      'name': 'Министерство иностранных дел Китайской Народной Республики',
    });
    expect(statementJsonLd('ru', '').mentions).toMatchObject({ '@type': 'Person', 'name': 'Си Цзиньпин' });
    // What the Chinese text is based on, and no address that is not the text's own.
    const zh = statementJsonLd('zh-Hans', '') as { isBasedOn: { name: string; url?: string }[] };
    expect(zh.isBasedOn.map((work) => work.name)).toEqual([
      '牢记初心使命 坚持团结协作 实现更大发展——在上海合作组织成员国元首理事会第二十三次会议上的讲话',
      '习近平出席上海合作组织成员国元首理事会第二十三次会议并发表重要讲话',
      'Xi Jinping Attends the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization and Delivers Important Statement',
    ]);
    expect(zh.isBasedOn.every((work) => work.url === undefined)).toBe(true);
  });
});

describe('sitemapIndexXml', () => {
  it('lists one sitemap per locale', () => {
    const xml = sitemapIndexXml('https://example.org');
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://example.org/sitemap.xml',
      'https://example.org/zh-Hans/sitemap.xml',
      'https://example.org/ru/sitemap.xml',
    ]);
  });
});
