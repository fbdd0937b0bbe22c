import Translate, { translate } from '@docusaurus/Translate';
import { lazy, Suspense, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';

import styles from './styles.module.css';

// The dialog and the search code load when the reader first reaches for the search (pointer over the button,
// focus, Ctrl/⌘+K), never with the page.
const loadDialog = () => import('./SearchDialog');
const SearchDialog = lazy(loadDialog);

const noSubscription = () => () => {};

/** True on Apple systems, where the shortcut is written ⌘K. */
function isApple(): boolean {
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform;
  return /mac|iphone|ipad|ipod/i.test(platform || navigator.userAgent);
}

/**
 * The navbar search: a button (and Ctrl/⌘+K) opening the search dialog (./SearchDialog). The keyboard hints are
 * hidden on touch screens (CSS).
 */
export default function SearchBar(): ReactNode {
  // How many times the reader has asked for the dialog: it opens at each (and loads at the first).
  const [openings, setOpenings] = useState(0);
  const open = () => setOpenings((count) => count + 1);
  const control = translate({
    id: 'search.button.shortcut',
    message: 'Ctrl+K',
    description: 'The keyboard shortcut, as the keys are labelled',
  });
  // The server's HTML (and hydration) says Ctrl+K; on a Mac the shortcut is then shown as ⌘K.
  const shortcut = useSyncExternalStore(
    noSubscription,
    () => (isApple() ? '⌘K' : control),
    () => control,
  );
  const otherShortcut = shortcut === control ? '⌘K' : control;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const preload = () => void loadDialog();
  return (
    <>
      <button
        type="button"
        className={styles.button}
        onClick={open}
        onPointerEnter={preload}
        onFocus={preload}
        aria-keyshortcuts="Control+K Meta+K">
        <svg className={styles.icon} viewBox="0 0 20 20" aria-hidden="true">
          <path
            d="M8.5 3a5.5 5.5 0 0 1 4.38 8.83l3.9 3.9-1.06 1.06-3.9-3.9A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z"
            fill="currentColor"
          />
        </svg>
        <span className={styles.label}>
          <Translate id="search.button">Search</Translate>
        </span>
        <kbd className={styles.shortcut}>
          {/* Both labels, one invisible, in the same cell: the key is as wide on every system, and when a Mac's
              ⌘K replaces the server's Ctrl+K, the keys make React swap which one shows, not rewrite the text:
              nothing in the navbar moves (no layout shift). */}
          <span key={shortcut} data-search-shortcut="">
            {shortcut}
          </span>
          <span key={otherShortcut} className={styles.otherShortcut} aria-hidden="true">
            {otherShortcut}
          </span>
        </kbd>
      </button>
      {openings > 0 && (
        <Suspense fallback={null}>
          <SearchDialog openings={openings} />
        </Suspense>
      )}
    </>
  );
}
