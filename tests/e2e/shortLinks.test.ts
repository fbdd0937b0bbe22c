import { describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { shortLinks } from '../../src/statement/shortLinks';
import { SENTENCE_COUNTS } from '../support/frozenMap';
import { baseUrl, openPage, useBrowser } from './support/browser';

const browser = useBrowser();
const LINKS = shortLinks(SENTENCE_COUNTS);

/** The `content` of a `<meta>` named by `attribute=value`, however the minifier quoted the attributes. */
function metaContent(html: string, attribute: string, value: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attributes = Object.fromEntries(
      [...tag.matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => [
        m[1].toLowerCase(),
        m[2] ?? m[3] ?? m[4],
      ]),
    );
    if (attributes[attribute]?.toLowerCase() === value) return attributes.content;
  }
  return undefined;
}

describe('short links', () => {
  it.each(LOCALES.map((l) => l))(
    'every one of them exists in $code, redirects to its passage without JavaScript too, and is kept out of search engines',
    async (locale) => {
      // 15 paragraphs, 60 sentences, 5 points.
      expect(LINKS).toHaveLength(80);
      for (const link of LINKS) {
        const response = await fetch(`${baseUrl()}${localePrefix(locale.code)}/${link.path}`);
        expect(response.status, link.path).toBe(200);
        const html = await response.text();
        expect(metaContent(html, 'http-equiv', 'refresh'), link.path).toBe(
          `0; url=${localePrefix(locale.code)}${link.target}`,
        );
        expect(metaContent(html, 'name', 'robots'), link.path).toBe('noindex');
      }
    },
  );

  it.each([
    { path: '/p/6', target: '/statement/five-points/point-3#p6', highlighted: 'p6' },
    { path: '/p/6-3', target: '/statement/five-points/point-3#p6-3', highlighted: 'p6-3' },
    { path: '/p/15-1', target: '/statement/outcomes#p15-1', highlighted: 'p15-1' },
    { path: '/point/3', target: '/statement/five-points/point-3', highlighted: undefined },
  ])('$path lands on $target in a browser, in every locale', async ({ path, target, highlighted }) => {
    for (const { code } of LOCALES) {
      const visit = await openPage(browser());
      try {
        await visit.page.goto(`${baseUrl()}${localePrefix(code)}${path}`);
        await visit.page.waitForURL(`${baseUrl()}${localePrefix(code)}${target}`);
        if (highlighted) {
          await visit.page.waitForFunction(
            (id) => document.getElementById(id)?.matches(':target, .statement-target'),
            highlighted,
          );
        }
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    }
  });
});
