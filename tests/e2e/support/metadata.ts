import type { Page } from 'playwright-core';
import { expect } from 'vitest';

import { DEFAULT_LOCALE, localePrefix, type LocaleDefinition } from '../../../src/locales';
import { baseUrl } from './browser';
import { builtSiteUrl } from '../../support/pages';

interface Head {
  canonical: string | null;
  alternates: Record<string, string>;
  meta: Record<string, string>;
  jsonLd: string[];
}

/** What the test reads of a page's schema.org JSON-LD. */
interface JsonLd {
  '@type': string;
  '@context': string;
  'name': string;
  'inLanguage': string;
  'dateCreated': string;
  'author': { '@type': string; 'name': string };
  'mentions': { '@type': string; 'name': string };
  'description': string;
  'publisher': { name: string };
  'isBasedOn': { name: string; url?: string; publisher: { name: string } }[];
  'about': { '@type': string };
  'translationOfWork'?: object;
}

/**
 * A reading page's head, read after hydration (which rewrites it once): canonical, hreflang, Open Graph, Twitter
 * and JSON-LD, all pointing at real pages, and on statement pages the Highwire Press and Dublin Core tags for
 * Zotero and Google Scholar, saying what the JSON-LD says. `path` is the page's path without locale prefix.
 */
export async function expectSharingMetadata(page: Page, locale: LocaleDefinition, path: string): Promise<void> {
  const siteUrl = await builtSiteUrl(baseUrl());
  const local = (url: string) => url.replace(siteUrl, baseUrl());
  const pagePath = `${localePrefix(locale.code)}${path === '/' && locale.code !== DEFAULT_LOCALE ? '/' : path}`;
  // Helmet settles the title a frame after hydration: the page title must come to equal og:title.
  await page.waitForFunction(
    () => document.title === document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
  );
  const head: Head = await page.evaluate(() => ({
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    alternates: Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute('hreflang')!,
        l.getAttribute('href')!,
      ]),
    ),
    meta: Object.fromEntries(
      [...document.querySelectorAll('meta[property], meta[name]')].map((m) => [
        m.getAttribute('property') ?? m.getAttribute('name')!,
        m.getAttribute('content')!,
      ]),
    ),
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
  }));

  expect(head.canonical).toBe(`${siteUrl}${pagePath}`);
  expect(Object.keys(head.alternates).sort()).toEqual(['en', 'ru', 'x-default', 'zh-Hans']);
  expect(head.alternates['x-default']).toBe(head.alternates.en);
  for (const href of Object.values(head.alternates)) {
    expect((await fetch(local(href))).status, href).toBe(200);
  }

  expect(head.meta['og:title']).toBe(await page.title());
  expect(head.meta['og:description']).toBe(head.meta.description);
  expect(head.meta['og:url']).toBe(head.canonical);
  expect(head.meta['og:type']).toBe('article');
  expect(head.meta['og:image']).toBe(`${siteUrl}${localePrefix(locale.code)}/img/social-card.${locale.code}.png`);
  expect(head.meta['twitter:card']).toBe('summary_large_image');
  const image = await fetch(local(head.meta['og:image']));
  expect(image.headers.get('content-type')).toBe('image/png');

  const works = head.jsonLd
    .map((json) => JSON.parse(json) as JsonLd)
    .filter((data) => data['@type'] === 'CreativeWork');
  expect(works).toHaveLength(1);
  const [work] = works;
  expect(work['@context']).toBe('https://schema.org');
  expect(work.inLanguage).toBe(locale.htmlLang);
  expect(work.dateCreated).toBe('2023-07-04');
  // The readout's publisher is the author; the speaker, whose words it reports in ¶2–¶10, is mentioned.
  expect(work.author['@type']).toBe('Organization');
  expect(work.mentions['@type']).toBe('Person');
  expect(work.isBasedOn.length).toBeGreaterThan(0);
  expect(work.isBasedOn.filter((basis) => basis.url !== undefined)).toEqual([]);
  expect(work.about['@type']).toBe('Event');
  if (locale.code === DEFAULT_LOCALE) expect(work.translationOfWork).toBeUndefined();
  else expect(work.translationOfWork).toMatchObject({ inLanguage: 'en', url: `${siteUrl}/` });

  // Statement pages: Highwire Press and Dublin Core tags for Zotero and Google Scholar, saying what the
  // JSON-LD says.
  const citationTags = Object.keys(head.meta).filter((name) => /^(citation_|DC\.)/.test(name));
  if (path === '/') {
    expect(citationTags).toEqual([]);
  } else {
    expect(citationTags.sort()).toEqual(
      [
        'citation_title',
        'citation_author',
        'citation_publication_date',
        'citation_language',
        'citation_public_url',
        'citation_publisher',
        'DC.title',
        'DC.creator',
        'DC.date',
        'DC.description',
        'DC.language',
        'DC.source',
        'DC.type',
      ].sort(),
    );
    expect(head.meta.citation_title).toBe(work.name);
    expect(head.meta['DC.title']).toBe(work.name);
    expect(head.meta.citation_author).toBe(work.author.name);
    expect(head.meta['DC.creator']).toBe(work.author.name);
    expect(head.meta.citation_publication_date).toBe('2023/07/04');
    expect(head.meta['DC.date']).toBe(work.dateCreated);
    expect(head.meta.citation_language).toBe(work.inLanguage);
    expect(head.meta['DC.language']).toBe(work.inLanguage);
    expect(head.meta.citation_public_url).toBe(head.canonical);
    expect(head.meta.citation_publisher).toBe(work.publisher.name);
    // One DC.source per text the edition is based on (the map holds the last).
    const basis = work.isBasedOn.at(-1)!;
    expect(head.meta['DC.source']).toBe(`${basis.publisher.name}: ${basis.name}`);
    expect(head.meta['DC.description']).toBe(work.description);
    expect(head.meta['DC.type']).toBe('Text');
  }
}
