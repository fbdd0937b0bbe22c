import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

import { DEFAULT_LOCALE } from './src/locales';
import { OUTLINE } from './src/statement/model';
import { sectionTitles } from './src/statement/sectionTitles';

// A doc's label is its front matter's `sidebar_label` in each language. A category's is given here in English,
// from its overview page, and translated in i18n/<locale>/docusaurus-plugin-content-docs/current.json.
const english = sectionTitles(DEFAULT_LOCALE);

const sidebars = {
  statement: OUTLINE.map(({ section, points }) =>
    points.length === 0
      ? section.docId
      : {
          type: 'category' as const,
          label: english[section.id].sidebarLabel,
          link: { type: 'doc' as const, id: section.docId },
          collapsed: false,
          items: points.map((point) => point.docId),
        },
  ),
} satisfies SidebarsConfig;

export default sidebars;
