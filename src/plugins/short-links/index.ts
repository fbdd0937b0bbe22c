/**
 * Writes a small static page for every short link (src/statement/shortLinks.ts) in the locale being built.
 * Each redirects at once by meta refresh, so it works without JavaScript, on any static host. They are files,
 * not routes: as routes, their 80 entries per locale made every page's JavaScript larger and slower to start.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { LoadContext, Plugin } from '@docusaurus/types';

import { localeConfig } from '../../locales';
import { SOURCE } from '../../statement/metadata';
import { segmentSentences } from '../../statement/model';
import { shortLinks } from '../../statement/shortLinks';
import { readSourceParagraphs } from '../../statement/source';
import { redirectPageHtml } from './redirectPage';

export default function shortLinksPlugin(context: LoadContext): Plugin {
  const message = (id: string, fallback: string) => context.codeTranslations[id] ?? fallback;
  return {
    name: 'short-links',
    async postBuild({ outDir }) {
      const sentenceCounts = readSourceParagraphs().map(
        (paragraph) => segmentSentences(paragraph, SOURCE.language).length,
      );
      const page = {
        lang: localeConfig(context.i18n.currentLocale).htmlLang,
        title: message('shortLink.title', 'Redirecting…'),
        linkText: message('shortLink.link', 'Go to the passage'),
      };
      await Promise.all(
        shortLinks(sentenceCounts).map(async (link) => {
          const file = path.join(outDir, `${link.path}.html`);
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, redirectPageHtml({ ...page, target: `${context.baseUrl}${link.target.slice(1)}` }));
        }),
      );
    },
  };
}
