/**
 * Adds a static page for every short link (src/statement/shortLinks.ts) in the locale being built. Each page
 * redirects at once (meta refresh, so it works without JavaScript, on any static host) and shows a link.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';

import { segmentSentences } from '../../statement/model';
import { shortLinks } from '../../statement/shortLinks';
import { readSourceParagraphs } from '../../statement/source';

export default function shortLinksPlugin(context: LoadContext): Plugin {
  return {
    name: 'short-links',
    contentLoaded({ actions }) {
      const sentenceCounts = readSourceParagraphs().map((paragraph) => segmentSentences(paragraph, 'en').length);
      for (const link of shortLinks(sentenceCounts)) {
        actions.addRoute({
          path: `${context.baseUrl}${link.path}`,
          component: '@site/src/components/ShortLinkRedirect',
          exact: true,
          props: { target: `${context.baseUrl}${link.target.slice(1)}` },
        });
      }
    },
  };
}
