import Translate from '@docusaurus/Translate';
import type { ReactNode } from 'react';

import type { SearchState } from '@site/src/search/useStatementSearch';

/**
 * What the search is doing, announced to screen readers, in the page's language. `data-search-status` and
 * `data-search-query` say the same to tests and tools.
 */
export default function SearchStatus({
  state,
  className,
}: {
  readonly state: SearchState;
  readonly className?: string;
}): ReactNode {
  let message: ReactNode = null;
  if (state.status === 'searching') message = <Translate id="search.status.searching">Searching…</Translate>;
  else if (state.status === 'failed')
    message = (
      <Translate
        id="search.status.failed"
        description="Status when the search index failed to load; the next query retries">
        Search could not load. It will try again with your next search.
      </Translate>
    );
  else if (state.status === 'done' && state.hits.length === 0) {
    message = (
      <Translate id="search.status.none" values={{ query: state.query }}>
        {'No results for “{query}”'}
      </Translate>
    );
  } else if (state.status === 'done') {
    message = (
      <Translate id="search.status.count" values={{ count: state.hits.length }}>
        {'Results: {count}'}
      </Translate>
    );
  }
  return (
    <p
      role="status"
      className={className}
      data-search-status={state.status}
      data-search-query={'query' in state ? state.query : undefined}>
      {message}
    </p>
  );
}
