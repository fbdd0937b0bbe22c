import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
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
  const { selectMessage } = usePluralForm();
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
    // A result is a paragraph of the statement.
    message = selectMessage(
      state.hits.length,
      translate(
        {
          id: 'search.status.paragraphs',
          message: 'Found in one paragraph|Found in {count} paragraphs',
          description:
            'Status after a search: how many paragraphs matched (plural forms separated by |, as the locale has them)',
        },
        { count: state.hits.length },
      ),
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
