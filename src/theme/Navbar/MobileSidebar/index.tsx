import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';
import { useState, type ReactNode } from 'react';

/**
 * The phone menu, mounted the first time it opens instead of right after the page hydrates: rendering it
 * (every navbar item, the language list, the docs sidebar) was the largest task of a phone's first load.
 */
export default function NavbarMobileSidebarOnDemand(): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(shown);
  if (shown && !opened) setOpened(true);
  return opened ? <NavbarMobileSidebar /> : null;
}
