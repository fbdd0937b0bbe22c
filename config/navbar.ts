import type { Navbar } from '@docusaurus/theme-common';

import { ROUTE_BASE } from '../src/statement/model';

export const navbar = {
  title: 'SCO 2023 · Xi Jinping’s statement',
  hideOnScroll: false,
  items: [
    { type: 'docSidebar', sidebarId: 'statement', position: 'left', label: 'The statement' },
    { to: `/${ROUTE_BASE}/five-points`, position: 'left', label: 'The five points' },
    { to: `/${ROUTE_BASE}/full-text`, position: 'left', label: 'Full text' },
    { type: 'localeDropdown', position: 'right' },
  ],
} satisfies Navbar;
