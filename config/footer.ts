import type { Footer } from '@docusaurus/theme-common';

import { GLOSSARY_PATH, PARALLEL_PATH } from '../src/sitePaths';
import { writesWithSpaces, type LocaleCode } from '../src/locales';
import { CORRECTIONS_PATH } from '../src/statement/correctionsFeed';
import { PROVENANCE } from '../src/statement/metadata';
import { ROUTE_BASE } from '../src/statement/model';

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
        items: [
          { label: 'Context', to: `/${ROUTE_BASE}/context` },
          { label: 'The five points', to: `/${ROUTE_BASE}/five-points` },
          { label: 'Closing remarks', to: `/${ROUTE_BASE}/closing-remarks` },
          { label: 'Leaders’ consensus', to: `/${ROUTE_BASE}/leaders-consensus` },
          { label: 'Outcomes', to: `/${ROUTE_BASE}/outcomes` },
          { label: 'Full text', to: `/${ROUTE_BASE}/full-text` },
        ],
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
