import type { Footer } from '@docusaurus/theme-common';

import { GLOSSARY_PATH, PARALLEL_PATH } from '../src/sitePaths';
import { DEFAULT_LOCALE, writesWithSpaces, type LocaleCode } from '../src/locales';
import { CORRECTIONS_PATH } from '../src/statement/correctionsFeed';
import { PROVENANCE } from '../src/statement/metadata';
import { OUTLINE, ROUTE_BASE } from '../src/statement/model';
import { sectionTitles } from '../src/statement/sectionTitles';

// The statement's pages by their sidebar labels, in English: i18n/<locale>/docusaurus-theme-classic/footer.json
// translates them (tests/unit/structure.test.ts holds each translation to the page's own label).
const english = sectionTitles(DEFAULT_LOCALE);

/**
 * The footer of the locale being built. Its copyright line says what the text is, from the provenance record
 * (so no footer.json translation carries a copy of it).
 */
export const footerFor = (locale: LocaleCode) =>
  ({
    style: 'dark',
    links: [
      {
        title: 'The statement',
        items: OUTLINE.map(({ section }) => ({ label: english[section.id].sidebarLabel, to: section.path })),
      },
      {
        title: 'Compare and reuse',
        items: [
          { label: 'Parallel view', to: PARALLEL_PATH },
          { label: 'Glossary', to: GLOSSARY_PATH },
          { label: 'Downloads', to: `/${ROUTE_BASE}/full-text#downloads` },
          { label: 'Corrections', to: CORRECTIONS_PATH },
        ],
      },
    ],
    copyright: `${PROVENANCE[locale].about}${writesWithSpaces(locale) ? ' ' : ''}${PROVENANCE[locale].editorial}`,
  }) satisfies Footer;
