// Copied from @docusaurus/theme-classic 3.10.2 (lib/theme/DocSidebar/Mobile/index.js), changed as decisions/ejected-theme-components.md says.
import { NavbarSecondaryMenuFiller, ThemeClassNames } from '@docusaurus/theme-common';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import type { Props } from '@theme/DocSidebar/Mobile';
import DocSidebarItems from '@theme/DocSidebarItems';
import clsx from 'clsx';
import { memo, type ReactNode } from 'react';

function DocSidebarMobileSecondaryMenu({ sidebar }: { readonly sidebar: Props }): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={sidebar.sidebar}
        activePath={sidebar.path}
        onItemClick={(item) => {
          // As the theme does: a link closes the menu, a category without a page only expands.
          if (item.type === 'link' || (item.type === 'category' && item.href)) mobileSidebar.toggle();
        }}
        level={1}
      />
    </ul>
  );
}

/**
 * The theme's mobile docs sidebar, with its props handed to the navbar menu as one object: the filler memoizes
 * props by sorting their keys with `localeCompare`, and that first call sets up a collator, about 36 ms of one
 * long task on every phone's first load. With a single key there is nothing to sort.
 */
function DocSidebarMobile(props: Props): ReactNode {
  return <NavbarSecondaryMenuFiller component={DocSidebarMobileSecondaryMenu} props={{ sidebar: props }} />;
}

export default memo(DocSidebarMobile);
