/**
 * A crawl over HTTP, as a search engine or a link checker would do it: every URL of every locale's sitemap
 * answers 200; every same-origin link, stylesheet, script and image of every page answers 200 and every
 * `#fragment` is an id on its target page; nothing links to another origin (the canonical, hreflang and Open
 * Graph URLs name the deployed site, and are checked on the test server) but the plain `<a>` links to the official
 * texts and to the sources of the glossary's official renderings, which the site names and never requests;
 * unknown URLs answer each locale's 404.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { GLOSSARY } from '../../src/glossary';
import { DEFAULT_LOCALE, LOCALES, localeConfig, localePrefix, type LocaleCode } from '../../src/locales';
import { OFFICIAL_PUBLICATIONS } from '../../src/statement/metadata';
import { attribute, elementsOf, textOf, type Element } from '../../src/plugins/whole-site/html';
import { ROOT } from '../support/docs';
import { baseUrl } from '../support/server';
import { builtSiteUrl, READING_PAGES } from '../support/pages';

interface Fetched {
  readonly status: number;
  readonly contentType: string;
  /** For an HTML page: its element ids, and the URLs it refers to (unresolved). */
  readonly html?: {
    readonly ids: ReadonlySet<string>;
    readonly links: readonly Link[];
    readonly lang?: string;
    readonly title: string;
  };
}

interface Link {
  readonly url: string;
  /** Where the page names it, for messages: `a[href]`, `link[rel=canonical]`, `meta[og:url]`… */
  readonly where: string;
  /** Canonical, hreflang and Open Graph URLs are absolute, on the deployed site. */
  readonly absolute: boolean;
}

const ABSOLUTE_LINK_RELS = new Set(['canonical', 'alternate']);
const ABSOLUTE_META = new Set(['og:url', 'og:image', 'twitter:image']);

function linkOf(element: Element): Link | undefined {
  const url = (name: string) => attribute(element, name);
  switch (element.tagName) {
    case 'a':
      return url('href') === undefined ? undefined : { url: url('href')!, where: 'a[href]', absolute: false };
    case 'link': {
      const rel = url('rel') ?? '';
      return url('href') === undefined
        ? undefined
        : { url: url('href')!, where: `link[rel=${rel}]`, absolute: ABSOLUTE_LINK_RELS.has(rel) };
    }
    case 'script':
    case 'img':
      return url('src') === undefined
        ? undefined
        : { url: url('src')!, where: `${element.tagName}[src]`, absolute: false };
    case 'meta': {
      const name = url('property') ?? url('name') ?? '';
      return ABSOLUTE_META.has(name) ? { url: url('content')!, where: `meta[${name}]`, absolute: true } : undefined;
    }
    default:
      return undefined;
  }
}

function readHtml(text: string): NonNullable<Fetched['html']> {
  const elements = elementsOf(text);
  const first = (tagName: string) => elements.find((element) => element.tagName === tagName);
  const [html, title] = [first('html'), first('title')];
  return {
    ids: new Set(elements.flatMap((element) => attribute(element, 'id') ?? [])),
    links: elements.flatMap((element) => linkOf(element) ?? []),
    lang: html && attribute(html, 'lang'),
    title: title ? textOf(title) : '',
  };
}

/** Each URL (without fragment) fetched once, however many pages link to it. */
const fetched = new Map<string, Promise<Fetched>>();

function fetchOnce(url: string): Promise<Fetched> {
  const key = url.split('#')[0];
  let result = fetched.get(key);
  if (!result) {
    result = fetch(key).then(async (response) => {
      const contentType = response.headers.get('content-type') ?? '';
      const html = contentType.startsWith('text/html')
        ? readHtml(await response.text())
        : (await response.arrayBuffer(), undefined);
      return { status: response.status, contentType, html };
    });
    fetched.set(key, result);
  }
  return result;
}

/** The 404 page's title in a locale: the theme's translated "Page Not Found", then the site title. */
function notFoundTitle(locale: LocaleCode): string {
  const messages =
    locale === DEFAULT_LOCALE
      ? { 'theme.NotFound.title': { message: 'Page Not Found' } }
      : (JSON.parse(readFileSync(path.join(ROOT, 'i18n', locale, 'code.json'), 'utf8')) as Record<
          string,
          { message: string }
        >);
  return `${messages['theme.NotFound.title'].message} | ${localeConfig(locale).siteTitle}`;
}

let siteUrl = '';
/** A deployed-site URL, on the test server. */
const local = (url: string) => (url.startsWith(siteUrl) ? `${baseUrl()}${url.slice(siteUrl.length)}` : url);

beforeAll(async () => {
  siteUrl = await builtSiteUrl(baseUrl());
  expect(siteUrl).toMatch(/^https?:\/\//);
});

/** The only other origins a page may link to (plain links, never fetched): the official texts and sources. */
const OFFICIAL_LINKS = new Set([
  ...Object.values(OFFICIAL_PUBLICATIONS).flatMap((publications) => publications.flatMap((p) => p.url ?? [])),
  ...Object.values(GLOSSARY).flatMap((entries) => Object.values(entries).flatMap((e) => e.official?.url ?? [])),
]);

interface LinkCheck {
  readonly problems: string[];
  /** Same-origin links fetched, and #fragments looked up on their target. */
  readonly links: number;
  readonly fragments: number;
}

/** Checks the links of the page at `url`: same origin (or the site URL, where that is right), 200, fragment found. */
async function checkLinks(url: string, links: readonly Link[]): Promise<LinkCheck> {
  const check = { problems: [] as string[], links: 0, fragments: 0 };
  for (const link of links) {
    if (link.url.startsWith('mailto:')) continue;
    if (link.where === 'a[href]' && OFFICIAL_LINKS.has(link.url)) continue;
    const target = new URL(link.absolute ? local(link.url) : link.url, url);
    const name = `${url} → ${link.where} ${link.url}`;
    if (target.origin !== new URL(baseUrl()).origin || link.absolute !== link.url.startsWith(siteUrl)) {
      check.problems.push(`${name}: ${link.absolute ? 'not on the site URL' : 'another origin or an absolute URL'}`);
      continue;
    }
    check.links++;
    const fetchedTarget = await fetchOnce(target.href);
    if (fetchedTarget.status !== 200) check.problems.push(`${name}: ${fetchedTarget.status}`);
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment) {
      check.fragments++;
      if (!fetchedTarget.html?.ids.has(fragment)) check.problems.push(`${name}: no id "${fragment}" there`);
    }
  }
  return check;
}

describe('a crawl of the sitemaps', () => {
  it('finds every URL answering 200, and every link, asset and #fragment of every page there', async () => {
    const started = performance.now();
    const locs = async (url: string) =>
      [...(await (await fetch(url)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => local(m[1]));
    const sitemaps = await locs(`${baseUrl()}/sitemap-index.xml`);
    expect(sitemaps).toHaveLength(LOCALES.length);
    const urls = (await Promise.all(sitemaps.map(locs))).flat();

    const problems: string[] = [];
    let [links, fragments] = [0, 0];
    for (const url of urls) {
      // Not only pages: a download listed in a sitemap must answer 200 with its content type.
      const page = await fetchOnce(url);
      if (page.status !== 200 || !page.contentType) problems.push(`${url}: ${page.status} ${page.contentType}`);
      const check = await checkLinks(url, page.html?.links ?? []);
      problems.push(...check.problems);
      links += check.links;
      fragments += check.fragments;
    }
    expect(problems).toEqual([]);
    // Every reading page of every locale, at the least; and the crawl saw links and anchors to check.
    expect(urls.length).toBeGreaterThanOrEqual(LOCALES.length * READING_PAGES.length);
    expect(links).toBeGreaterThan(urls.length * 20);
    expect(fragments).toBeGreaterThan(urls.length);
    console.log(
      `crawl: ${urls.length} sitemap URLs, ${links} links and ${fragments} #fragments checked (${fetched.size} distinct URLs fetched), ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  });

  it('would report a missing page, a missing anchor, a foreign origin and a relative site URL (negative control)', async () => {
    const { links } = readHtml(
      `<link rel=canonical href=/statement/context><a href="/statement/context#no-such-id">a</a><img src=/img/nope.png><a href="https://example.com/">b</a><a href="mailto:a@example.com">c</a>`,
    );
    const check = await checkLinks(`${baseUrl()}/`, links);
    expect(check.problems).toEqual([
      expect.stringMatching(/link\[rel=canonical\] \/statement\/context: not on the site URL$/),
      expect.stringMatching(/no id "no-such-id" there$/),
      expect.stringMatching(/img\[src\] \/img\/nope.png: 404$/),
      expect.stringMatching(/another origin or an absolute URL$/),
    ]);
  });
});

describe.each(LOCALES.map((l) => l))('unknown URLs in $code', ({ code, htmlLang }) => {
  const paths = [
    `${localePrefix(code)}/nope-${code}`,
    `${localePrefix(code)}/statement/nope`,
    // Short links that lead nowhere: no such paragraph, sentence or point.
    ...['/p/0', '/p/16', '/p/abc', '/p/6-99', '/point/6', '/p/'].map((link) => `${localePrefix(code)}${link}`),
  ];

  it.each(paths)('%s answers 404 with the 404 page in this language', async (pathname) => {
    const page = await fetchOnce(`${baseUrl()}${pathname}`);
    expect(page.status).toBe(404);
    expect(page.html?.lang).toBe(htmlLang);
    expect(page.html?.title).toBe(notFoundTitle(code));
  });
});
