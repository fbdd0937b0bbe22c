import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';

import { CHOSEN_KEY, chosenLocale, DISMISSED_KEY, preferredLocale } from './preferredLocale';

// Only readers who get a suggestion download the banner (and i18next with it).
const LanguageBanner = lazy(() => import('./LanguageBanner'));

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private browsing without storage: the choice holds for this page only.
  }
}

/**
 * Offers the same page and passage in the language the browser prefers, when that is another of the site's
 * locales. Never redirects; a dismissal is remembered. A reader who switches language with a link (the navbar's
 * list, the phone menu's, the banner's own) has answered the question: from then on that language is the one
 * preferred, whatever the browser says. The banner floats over the page, so readers who never see it get no
 * layout shift.
 */
export default function LanguageSuggestion(): ReactNode {
  const { i18n } = useDocusaurusContext();
  // The server and the hydrating render know no browser language: the suggestion appears only after hydration.
  const isBrowser = useIsBrowser();
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const chosen = event.target instanceof Element ? chosenLocale(event.target, i18n.currentLocale) : undefined;
      if (chosen) store(CHOSEN_KEY, chosen);
    };
    document.addEventListener('click', onClick, { capture: true });
    return () => document.removeEventListener('click', onClick, { capture: true });
  }, [i18n.currentLocale]);

  const preferred = isBrowser
    ? (preferredLocale([read(CHOSEN_KEY) ?? '']) ?? preferredLocale(navigator.languages ?? [navigator.language]))
    : undefined;
  const suggested =
    preferred && preferred !== i18n.currentLocale && !dismissed && read(DISMISSED_KEY) !== preferred
      ? preferred
      : undefined;

  if (!suggested) return null;
  return (
    <Suspense fallback={null}>
      <LanguageBanner
        locale={suggested}
        onDismiss={() => {
          store(DISMISSED_KEY, suggested);
          setDismissed(true);
        }}
      />
    </Suspense>
  );
}
