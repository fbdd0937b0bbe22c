import { useLocation } from '@docusaurus/router';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

/** The page's address, shown only on paper, so a printout says where it came from. */
export default function PrintAddress(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const { pathname } = useLocation();
  const address = translate(
    { id: 'print.source', message: 'Printed from {url}', description: 'Line at the end of a printed page' },
    { url: `${siteConfig.url}${pathname}` },
  );
  // The 404 page is rendered once at /404.html and served at every unknown path, so there alone the server's
  // text differs from the browser's; it is never worth a hydration error.
  return (
    <p className={styles.address} suppressHydrationWarning>
      {address}
    </p>
  );
}
