import type { Footer } from '@docusaurus/theme-common';

import { GLOSSARY_PATH, PARALLEL_PATH } from '../src/sitePaths';
import { ROUTE_BASE } from '../src/statement/model';

export const footer = {
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
      ],
    },
  ],
  copyright:
    'Text: readout published in English by the Ministry of Foreign Affairs of the People’s Republic of China, 4 July 2023. Summaries, tables and key figures marked “Editorial” are this site’s.',
} satisfies Footer;
