import { describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { baseUrl } from '../support/server';
import { builtSiteUrl, READING_PAGES } from '../support/pages';

describe('sitemaps', () => {
  it('one index lists every locale’s sitemap, which lists every reading page of that locale and nothing broken or noindex', async () => {
    const siteUrl = await builtSiteUrl(baseUrl());
    const local = (url: string) => url.replace(siteUrl, baseUrl());
    const robots = await (await fetch(`${baseUrl()}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`);
    const index = await (await fetch(`${baseUrl()}/sitemap-index.xml`)).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(sitemaps).toEqual(LOCALES.map((l) => `${siteUrl}${localePrefix(l.code)}/sitemap.xml`));
    for (const [i, sitemap] of sitemaps.entries()) {
      const xml = await (await fetch(local(sitemap))).text();
      const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      const prefix = localePrefix(LOCALES[i].code);
      for (const path of READING_PAGES) {
        expect(urls, path).toContain(`${siteUrl}${prefix}${path === '/' ? '/' : path}`);
      }
      for (const url of urls) {
        const response = await fetch(local(url));
        expect(response.status, url).toBe(200);
        // Nothing listed asks search engines to stay away (the short-link pages do, and are left out).
        const robots = [...(await response.text()).matchAll(/<meta\b[^>]*\bname=["']?robots\b[^>]*>/gi)];
        expect(
          robots.map(([tag]) => tag).filter((tag) => /noindex/i.test(tag)),
          url,
        ).toEqual([]);
      }
    }
  });
});
