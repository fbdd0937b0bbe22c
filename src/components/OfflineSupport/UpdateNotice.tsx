import Translate, { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

interface Props {
  readonly onReload: () => void;
  readonly onDismiss: () => void;
}

/** A quiet notice that a new version of the site is ready, with a Reload button; it can be dismissed. */
export default function UpdateNotice({ onReload, onDismiss }: Props): ReactNode {
  return (
    <aside
      className={styles.notice}
      aria-label={translate({
        id: 'offline.update.label',
        message: 'Site update',
        description: 'The accessible name of the notice that a new version of the site is available',
      })}
      data-update-notice="">
      <p className={styles.message} role="status">
        <Translate
          id="offline.update.message"
          description="The notice shown when a new version of the site has been deployed">
          A new version of this site is available.
        </Translate>
      </p>
      <button type="button" className="button button--primary button--sm" onClick={onReload}>
        <Translate
          id="offline.update.reload"
          description="The button that reloads the page to show the new version of the site">
          Reload
        </Translate>
      </button>
      <button type="button" className="button button--secondary button--sm" onClick={onDismiss}>
        <Translate
          id="offline.update.dismiss"
          description="The button that closes the new-version notice without reloading">
          Not now
        </Translate>
      </button>
    </aside>
  );
}
