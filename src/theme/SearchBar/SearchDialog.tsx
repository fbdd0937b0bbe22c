import { useHistory } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

import SearchInput from '@site/src/components/SearchInput';
import { SEARCH_PATH } from '@site/src/sitePaths';
import SearchResults from '@site/src/components/SearchResults';
import SearchStatus from '@site/src/components/SearchStatus';
import { useStatementSearch } from '@site/src/search/useStatementSearch';

import styles from './styles.module.css';

/**
 * The navbar search's dialog, with results as you type: ↑ ↓ choose a result, Enter opens it (with no result
 * chosen, the search page), Esc or the close button closes. It opens when mounted and each time `openings`
 * grows (the navbar's button, Ctrl/⌘+K). The index and Pagefind load only with the first query.
 */
export default function SearchDialog({ openings }: { readonly openings: number }): ReactNode {
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
  const close = () => dialog.current?.close();

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    input.current?.select();
  }, [openings]);

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
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- a click on the backdrop is a pointer's light dismiss; the keyboard's is Esc, which the dialog handles
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
  );
}
