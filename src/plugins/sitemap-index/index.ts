/**
 * Writes /sitemap-index.xml, listing every locale's sitemap.xml (each locale's build writes its own), so one
 * file covers the whole site, and a /robots.txt that points to it. Runs once, in the default locale's build,
 * whose output is the site root.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { LoadContext, Plugin } from '@docusaurus/types';

import { DEFAULT_LOCALE, LOCALE_CODES, localePrefix } from '../../locales';

export function sitemapIndexXml(siteUrl: string): string {
  const entries = LOCALE_CODES.map(
    (locale) => `  <sitemap><loc>${siteUrl}${localePrefix(locale)}/sitemap.xml</loc></sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

export default function sitemapIndexPlugin(context: LoadContext): Plugin {
  return {
    name: 'sitemap-index',
    async postBuild({ outDir }) {
      if (context.i18n.currentLocale !== DEFAULT_LOCALE) return;
      const siteUrl = context.siteConfig.url;
      await writeFile(path.join(outDir, 'sitemap-index.xml'), sitemapIndexXml(siteUrl));
      await writeFile(
        path.join(outDir, 'robots.txt'),
        `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}/sitemap-index.xml\n`,
      );
    },
  };
}
