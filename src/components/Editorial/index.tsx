import Translate, { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

interface Props {
  /** What the note is, e.g. "Key proposals". */
  readonly title: string;
  readonly children: ReactNode;
}

/**
 * The site's own words about the statement (summaries, tables, key figures), set apart from the statement's
 * text and labelled as editorial, so no reader mistakes them for the readout.
 */
export default function Editorial({ title, children }: Props): ReactNode {
  return (
    <aside
      className={styles.editorial}
      data-editorial=""
      aria-label={translate(
        {
          id: 'editorial.ariaLabel',
          message: 'Editorial note: {title}',
          description: 'Accessible name of an editorial block',
        },
        { title },
      )}>
      <p className={styles.heading}>
        <span className={styles.badge}>
          <Translate id="editorial.badge" description="Label on every block written by the site, not by the statement">
            Editorial
          </Translate>
        </span>
        <span className={styles.title}>{title}</span>
      </p>
      {children}
    </aside>
  );
}
