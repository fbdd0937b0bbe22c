import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';

import type { LocaleCode } from '@site/src/locales';

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
  const [suggested, setSuggested] = useState<LocaleCode>();

  useEffect(() => {
    const preferred = preferredLocale(navigator.languages ?? [navigator.language]);
    if (preferred && preferred !== i18n.currentLocale && readDismissed() !== preferred) setSuggested(preferred);
  }, [i18n.currentLocale]);

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
          setSuggested(undefined);
        }}
      />
    </Suspense>
  );
}
