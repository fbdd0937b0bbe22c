import { useHistory, useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import { useState, type ReactNode } from 'react';

import SearchInput from '@site/src/components/SearchInput';
import SearchResults from '@site/src/components/SearchResults';
import SearchStatus from '@site/src/components/SearchStatus';
import { useStatementSearch } from '@site/src/search/useStatementSearch';

import styles from './search.module.css';

/** The search page: the query lives in the URL (`/search?q=…`), so a search can be linked and shared. */
export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  // Another search arriving in the address (the navbar's, back and forward) replaces the query typed here.
  const [search, setSearch] = useState(location.search);
  if (search !== location.search) {
    setSearch(location.search);
    setQuery(new URLSearchParams(location.search).get('q') ?? '');
  }
  const state = useStatementSearch(query);

  const update = (value: string) => {
    setQuery(value);
    history.replace({ search: value ? `?q=${encodeURIComponent(value)}` : '' });
  };

  return (
    <Layout
      title={translate({ id: 'search.page.title', message: 'Search' })}
      description={translate({
        id: 'search.page.description',
        message: 'Search the statement, its consensus and outcomes in this language.',
      })}>
      <main className={styles.main}>
        <Heading as="h1">
          <Translate id="search.page.heading">Search the statement</Translate>
        </Heading>
        <SearchInput className={styles.input} value={query} onChange={(event) => update(event.target.value)} />
        <SearchStatus state={state} className={styles.status} />
        <SearchResults hits={state.hits} id="search-page-results" />
      </main>
    </Layout>
  );
}
