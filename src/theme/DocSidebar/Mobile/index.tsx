// Copied from @docusaurus/theme-classic 3.10.2 (lib/theme/DocSidebar/Mobile/index.js), changed as decisions/ejected-theme-components.md says.
import { useLocation } from '@docusaurus/router';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { NavbarSecondaryMenuFiller, ThemeClassNames } from '@docusaurus/theme-common';
import { useAlternatePageUtils, useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import type { Props } from '@theme/DocSidebar/Mobile';
import DocSidebarItems from '@theme/DocSidebarItems';
import clsx from 'clsx';
import { memo, type ReactNode } from 'react';

import { LOCALES } from '@site/src/locales';

import styles from './styles.module.css';

/**
 * The languages, one tap away at the top of the phone menu: on a docs page the theme opens the menu on the
 * sidebar and keeps its own language list behind “← Back to main menu”. Same page, query and passage, as the
 * navbar's list gives them.
 */
function LanguageLinks(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const alternates = useAlternatePageUtils();
  const { search, hash } = useLocation();
  return (
    <nav
      className={styles.languages}
      aria-label={translate({
        id: 'theme.navbar.mobileLanguageDropdown.label',
        message: 'Languages',
        description: 'The label for the mobile language switcher dropdown',
      })}>
      {LOCALES.map(({ code, htmlLang, label }) => (
        <a
          key={code}
          className={clsx('menu__link', code === i18n.currentLocale && 'menu__link--active')}
          href={`${alternates.createUrl({ locale: code, fullyQualified: false })}${search}${hash}`}
          lang={htmlLang}
          hrefLang={htmlLang}
          aria-current={code === i18n.currentLocale ? 'page' : undefined}>
          {label}
        </a>
      ))}
    </nav>
  );
}

function DocSidebarMobileSecondaryMenu({ sidebar }: { readonly sidebar: Props }): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <>
      <LanguageLinks />
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
    </>
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
