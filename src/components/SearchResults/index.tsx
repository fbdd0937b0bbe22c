import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import clsx from 'clsx';
import type { ReactNode } from 'react';

import type { SearchHit } from '@site/src/search/text';

import styles from './styles.module.css';

interface Props {
  readonly hits: readonly SearchHit[];
  /** The id of the list, for an input's aria-controls; options get `${id}-${index}`. */
  readonly id: string;
  /** Index of the keyboard-selected option, if the list is driven by an input (combobox). */
  readonly active?: number;
  readonly onNavigate?: () => void;
}

/**
 * Search results: title, ¶ number, the matched sentence with the matched words marked, linking to that sentence
 * in the page's language. A match in another language shows its sentence in that language, marked as such.
 */
export default function SearchResults({ hits, id, active, onNavigate }: Props): ReactNode {
  return (
    <ul id={id} className={styles.results} role={active === undefined ? undefined : 'listbox'}>
      {hits.map((hit, index) => (
        // In a listbox the link itself is the option (a role `a[href]` may take): an option holding a link would
        // nest one interactive element in another.
        <li
          key={hit.url}
          role={active === undefined ? undefined : 'none'}
          className={clsx(styles.hit, index === active && styles.active)}>
          <Link
            to={hit.url}
            id={`${id}-${index}`}
            role={active === undefined ? undefined : 'option'}
            aria-selected={active === undefined ? undefined : index === active}
            className={styles.link}
            onClick={onNavigate}
            tabIndex={active === undefined ? undefined : -1}>
            <span className={styles.title}>
              {hit.title}
              {hit.anchor && (
                <span className={styles.paragraph}>
                  {' · '}
                  <Translate id="search.result.paragraph" values={{ paragraph: hit.anchor.paragraph }}>
                    {'¶{paragraph}'}
                  </Translate>
                </span>
              )}
            </span>
            {hit.language && (
              <span className={styles.language} data-match-language={hit.language.code}>
                <Translate
                  id="search.result.otherLanguage"
                  description="Above a search result found in another language's text, naming that language"
                  values={{ language: <span lang={hit.language.htmlLang}>{hit.language.label}</span> }}>
                  {'Found in {language}:'}
                </Translate>
              </span>
            )}
            <span className={styles.excerpt} lang={hit.language?.htmlLang}>
              {hit.excerpt.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
