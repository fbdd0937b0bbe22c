import { useHistory } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';

import SearchInput from '@site/src/components/SearchInput';
import { SEARCH_PATH } from '@site/src/sitePaths';
import SearchResults from '@site/src/components/SearchResults';
import SearchStatus from '@site/src/components/SearchStatus';
import { useStatementSearch } from '@site/src/search/useStatementSearch';

import styles from './styles.module.css';

const noSubscription = () => () => {};

/** True on Apple systems, where the shortcut is written ⌘K. */
function isApple(): boolean {
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform;
  return /mac|iphone|ipad|ipod/i.test(platform || navigator.userAgent);
}

/**
 * The navbar search: a button (and Ctrl/⌘+K) opening a dialog with results as you type. ↑ ↓ choose a result,
 * Enter opens it (with no result chosen, the search page), Esc or the close button closes. The index and the
 * search code load only with the first query. The keyboard hints are hidden on touch screens (CSS).
 */
export default function SearchBar(): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const state = useStatementSearch(query);
  // The chosen result belongs to one list of hits: a new list starts again at its first.
  const [choice, setChoice] = useState({ hits: state.hits, index: 0 });
  const active = choice.hits === state.hits ? choice.index : 0;
  const setActive = (next: (index: number) => number) => setChoice({ hits: state.hits, index: next(active) });
  const history = useHistory();
  const listId = useId();
  const searchPage = useBaseUrl(SEARCH_PATH);
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

  const open = () => {
    dialog.current?.showModal();
    input.current?.select();
  };
  const close = () => dialog.current?.close();

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = state.hits.length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      setActive((index) => (index + 1) % count);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      setActive((index) => (index - 1 + count) % count);
    } else if (event.key === 'Escape') {
      // A search field would spend the first Escape on clearing itself; here Escape closes, as announced.
      event.preventDefault();
      close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = state.hits[active];
      if (hit) {
        close();
        history.push(hit.url);
      } else if (query.trim()) {
        close();
        history.push(`${searchPage}?q=${encodeURIComponent(query)}`);
      }
    }
  };

  const expanded = state.hits.length > 0;
  return (
    <>
      <button type="button" className={styles.button} onClick={open} aria-keyshortcuts="Control+K Meta+K">
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
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- a click on the backdrop is a pointer's light dismiss; the keyboard's is Esc, which the dialog handles */}
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-label={translate({ id: 'search.dialog.ariaLabel', message: 'Search the statement' })}
        onClick={(event) => event.target === dialog.current && close()}>
        <div className={styles.panel}>
          <div className={styles.header}>
            <SearchInput
              ref={input}
              className={styles.input}
              role="combobox"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
              aria-autocomplete="list"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={onKeyDown}
            />
            <button
              type="button"
              className={styles.close}
              onClick={close}
              aria-label={translate({
                id: 'search.dialog.close',
                message: 'Close search',
                description: 'Accessible name of the button that closes the search dialog',
              })}>
              <svg viewBox="0 0 20 20" aria-hidden="true">
                <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
              </svg>
            </button>
          </div>
          <SearchStatus state={state} className={styles.status} />
          <SearchResults hits={state.hits} id={listId} active={active} onNavigate={close} />
          <p className={styles.help} data-search-help="">
            <Translate id="search.dialog.help">↑ ↓ to choose · Enter to open · Esc to close</Translate>
          </p>
        </div>
      </dialog>
    </>
  );
}
