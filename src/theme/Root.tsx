import type { ReactNode } from 'react';

import LanguageSuggestion from '@site/src/components/LanguageSuggestion';
import PrintAddress from '@site/src/components/PrintAddress';

/** The app's root: every page, the language suggestion that floats over them all, and the printed address. */
export default function Root({ children }: { readonly children: ReactNode }): ReactNode {
  return (
    <>
      {children}
      <PrintAddress />
      <LanguageSuggestion />
    </>
  );
}
