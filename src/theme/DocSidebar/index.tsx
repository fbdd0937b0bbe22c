// Copied from @docusaurus/theme-classic 3.10.2 (lib/theme/DocSidebar/index.js), changed as decisions/ejected-theme-components.md says.
import { useWindowSize } from '@docusaurus/theme-common';
import type { Props } from '@theme/DocSidebar';
import DocSidebarDesktop from '@theme/DocSidebar/Desktop';
import DocSidebarMobile from '@theme/DocSidebar/Mobile';
import type { ReactNode } from 'react';

/**
 * The theme's docs sidebar, except that the desktop sidebar stays in the page on phones too (its container is
 * hidden there by the theme's CSS): removing it once a phone hydrated cost a long task on every first load.
 */
export default function DocSidebar(props: Props): ReactNode {
  const windowSize = useWindowSize();
  return (
    <>
      <DocSidebarDesktop {...props} />
      {windowSize === 'mobile' && <DocSidebarMobile {...props} />}
    </>
  );
}
