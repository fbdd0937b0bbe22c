import type { Navbar } from '@docusaurus/theme-common';

import { GLOSSARY_PATH, PARALLEL_PATH } from '../src/sitePaths';
import { ROUTE_BASE, SECTIONS } from '../src/statement/model';
import { LOCALES } from '../src/locales';

export const navbar = {
  title: LOCALES[0].siteTitle,
  hideOnScroll: false,
  items: [
    // A plain link, not the theme's `docSidebar` item: that one is current on every page of the sidebar, the full
    // text included, which has its own item.
    {
      to: SECTIONS[0].path,
      activeBaseRegex: `/${ROUTE_BASE}/(?!full-text)`,
      position: 'left',
      label: 'The statement',
    },
    { to: `/${ROUTE_BASE}/full-text`, position: 'left', label: 'Full text' },
    { to: PARALLEL_PATH, position: 'left', label: 'Parallel view' },
    { to: GLOSSARY_PATH, position: 'left', label: 'Glossary' },
    { type: 'search', position: 'right' },
    { type: 'localeDropdown', position: 'right' },
  ],
} satisfies Navbar;
