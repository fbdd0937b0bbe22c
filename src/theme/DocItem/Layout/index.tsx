// Copied from @docusaurus/theme-classic 3.10.2 (lib/theme/DocItem/Layout/index.js), changed as decisions/ejected-theme-components.md says.
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import ContentVisibility from '@theme/ContentVisibility';
import DocBreadcrumbs from '@theme/DocBreadcrumbs';
import DocItemContent from '@theme/DocItem/Content';
import DocItemFooter from '@theme/DocItem/Footer';
import type { Props } from '@theme/DocItem/Layout';
import DocItemPaginator from '@theme/DocItem/Paginator';
import DocItemTOCDesktop from '@theme/DocItem/TOC/Desktop';
import DocItemTOCMobile from '@theme/DocItem/TOC/Mobile';
import DocVersionBadge from '@theme/DocVersionBadge';
import DocVersionBanner from '@theme/DocVersionBanner';
import clsx from 'clsx';
import type { ReactNode } from 'react';

import CitationMeta from '@site/src/components/CitationMeta';
import CiteThisPage from '@site/src/components/CiteThisPage';
import TranslationNotice from '@site/src/components/TranslationNotice';

import styles from './styles.module.css';

/**
 * The theme's doc layout, with the site's notice of what the text is (a translation of the English readout, or
 * the readout itself) above it, and except that the desktop table of contents stays in the page at every width (CSS
 * hides it below 997 px, as it hides the mobile one above). The theme removes it once a phone hydrates; that
 * removal, with the docs sidebar's, was the longest task of a phone's first load. Statement pages also get their
 * citation metadata (`CitationMeta`) and “Cite this page” (`CiteThisPage`).
 */
export default function DocItemLayout({ children }: Props): ReactNode {
  const { frontMatter, toc, metadata } = useDoc();
  const hasToc = !frontMatter.hide_table_of_contents && toc.length > 0;
  return (
    <div className="row">
      <div className={clsx('col', !frontMatter.hide_table_of_contents && styles.docItemCol)}>
        <ContentVisibility metadata={metadata} />
        <DocVersionBanner />
        <div className={styles.docItemContainer}>
          <article>
            <DocBreadcrumbs />
            <DocVersionBadge />
            <TranslationNotice variant="page" />
            {hasToc && <DocItemTOCMobile />}
            <DocItemContent>{children}</DocItemContent>
            <CitationMeta permalink={metadata.permalink} />
            <CiteThisPage permalink={metadata.permalink} />
            <DocItemFooter />
          </article>
          <DocItemPaginator />
        </div>
      </div>
      {hasToc && (
        <div className={clsx('col col--3', styles.tocCol)}>
          <DocItemTOCDesktop />
        </div>
      )}
    </div>
  );
}
