import type { Navbar } from '@docusaurus/theme-common';

import { ROUTE_BASE } from '../src/statement/model';
import { LOCALES } from './locales';

export const navbar = {
  title: LOCALES[0].siteTitle,
  hideOnScroll: false,
  items: [
    { type: 'docSidebar', sidebarId: 'statement', position: 'left', label: 'The statement' },
    { to: `/${ROUTE_BASE}/five-points`, position: 'left', label: 'The five points' },
    { to: `/${ROUTE_BASE}/full-text`, position: 'left', label: 'Full text' },
    { type: 'search', position: 'right' },
    { type: 'localeDropdown', position: 'right' },
  ],
} satisfies Navbar;
