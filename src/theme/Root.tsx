import type { ReactNode } from 'react';

import LanguageSuggestion from '@site/src/components/LanguageSuggestion';
import OfflineSupport from '@site/src/components/OfflineSupport';
import PrintAddress from '@site/src/components/PrintAddress';

/**
 * The app's root: every page, the language suggestion that floats over them all, the printed address, and the
 * service worker's registration with its update notice.
 */
export default function Root({ children }: { readonly children: ReactNode }): ReactNode {
  return (
    <>
      {children}
      <PrintAddress />
      <LanguageSuggestion />
      <OfflineSupport />
    </>
  );
}
