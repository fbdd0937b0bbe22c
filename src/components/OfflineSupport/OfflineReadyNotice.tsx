import Translate, { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

/** A small, quiet note that the whole site is now cached and readable without a connection; it can be closed. */
export default function OfflineReadyNotice({ onDismiss }: { readonly onDismiss: () => void }): ReactNode {
  return (
    <aside
      className={styles.ready}
      aria-label={translate({
        id: 'offline.ready.label',
        message: 'Offline reading',
        description: 'The accessible name of the notice that the site is now available offline',
      })}
      data-offline-ready="">
      <p className={styles.message} role="status">
        <Translate
          id="offline.ready.message"
          description="Said once, when the whole site has been saved in the browser and can be read without a connection">
          Available offline
        </Translate>
      </p>
      <button
        type="button"
        className="button button--secondary button--sm"
        onClick={onDismiss}
        aria-label={translate({
          id: 'offline.ready.dismiss',
          message: 'Close',
          description: 'The accessible name of the button that closes the offline notice',
        })}>
        <span aria-hidden="true">×</span>
      </button>
    </aside>
  );
}
