import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { lazy, Suspense, useState, type ReactNode } from 'react';

import { DISMISSED_KEY, preferredLocale } from './preferredLocale';

// Only readers who get a suggestion download the banner (and i18next with it).
const LanguageBanner = lazy(() => import('./LanguageBanner'));

function readDismissed(): string | null {
  try {
    return window.localStorage.getItem(DISMISSED_KEY);
  } catch {
    return null;
  }
}

/**
 * Offers the same page and passage in the language the browser prefers, when that is another of the site's
 * locales. Never redirects; a dismissal is remembered. The banner floats over the page, so readers who never
 * see it get no layout shift.
 */
export default function LanguageSuggestion(): ReactNode {
  const { i18n } = useDocusaurusContext();
  // The server and the hydrating render know no browser language: the suggestion appears only after hydration.
  const isBrowser = useIsBrowser();
  const [dismissed, setDismissed] = useState(false);
  const preferred = isBrowser ? preferredLocale(navigator.languages ?? [navigator.language]) : undefined;
  const suggested =
    preferred && preferred !== i18n.currentLocale && !dismissed && readDismissed() !== preferred
      ? preferred
      : undefined;

  if (!suggested) return null;
  return (
    <Suspense fallback={null}>
      <LanguageBanner
        locale={suggested}
        onDismiss={() => {
          try {
            window.localStorage.setItem(DISMISSED_KEY, suggested);
          } catch {
            // Private browsing without storage: the banner still closes for this page.
          }
          setDismissed(true);
        }}
      />
    </Suspense>
  );
}
