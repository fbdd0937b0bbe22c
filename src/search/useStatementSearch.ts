import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useEffect, useState } from 'react';

import { localeConfig, type LocaleCode } from '../locales';
import type { SearchHit } from './text';

export type SearchState =
  | { readonly status: 'idle'; readonly hits: readonly SearchHit[] }
  | { readonly status: 'searching'; readonly hits: readonly SearchHit[] }
  | { readonly status: 'done'; readonly hits: readonly SearchHit[]; readonly query: string }
  | { readonly status: 'failed'; readonly hits: readonly SearchHit[]; readonly query: string };

/** The Pagefind bundle sits at the site root (one index per language), whatever the locale's base URL. */
function useBundleUrl(): string {
  const { siteConfig, i18n } = useDocusaurusContext();
  const root =
    i18n.currentLocale === i18n.defaultLocale
      ? siteConfig.baseUrl
      : siteConfig.baseUrl.replace(new RegExp(`${localeConfig(i18n.currentLocale).path}/$`), '');
  return `${root}pagefind/pagefind.js`;
}

/**
 * Results for a query as the reader types: every keystroke searches at once (a warm index answers in a few
 * milliseconds), the last query wins, nothing loads until there is one (the search code itself included). The
 * page language's hits show while other languages are still being searched (status `searching`).
 * After a failure, the next query tries again.
 */
export function useStatementSearch(query: string): SearchState {
  const bundleUrl = useBundleUrl();
  const locale = useDocusaurusContext().i18n.currentLocale as LocaleCode;
  const [state, setState] = useState<SearchState>({ status: 'idle', hits: [] });
  useEffect(() => {
    if (!query.trim()) {
      setState({ status: 'idle', hits: [] });
      return undefined;
    }
    let current = true;
    setState((previous) => ({ status: 'searching', hits: previous.hits }));
    import('./pagefind')
      .then(({ searchStatement }) =>
        searchStatement(query, bundleUrl, locale, (hits) => current && setState({ status: 'searching', hits })),
      )
      .then(
        (hits) => current && setState({ status: 'done', hits, query }),
        () => current && setState({ status: 'failed', hits: [], query }),
      );
    return () => {
      current = false;
    };
  }, [query, bundleUrl, locale]);
  return state;
}
