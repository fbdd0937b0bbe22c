import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import clsx from 'clsx';
import type { ReactNode } from 'react';

import { excerptParts, type SearchHit } from '@site/src/search/pagefind';

import styles from './styles.module.css';

interface Props {
  readonly hits: readonly SearchHit[];
  /** The id of the list, for an input's aria-controls; options get `${id}-${index}`. */
  readonly id: string;
  /** Index of the keyboard-selected option, if the list is driven by an input (combobox). */
  readonly active?: number;
  readonly onNavigate?: () => void;
}

/** Search results: title, ¶ number, excerpt with the matched words marked, linking to the matched sentence. */
export default function SearchResults({ hits, id, active, onNavigate }: Props): ReactNode {
  return (
    <ul id={id} className={styles.results} role={active === undefined ? undefined : 'listbox'}>
      {hits.map((hit, index) => (
        <li
          key={hit.url}
          id={`${id}-${index}`}
          role={active === undefined ? undefined : 'option'}
          aria-selected={active === undefined ? undefined : index === active}
          className={clsx(styles.hit, index === active && styles.active)}>
          <Link
            to={hit.url}
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
            <span className={styles.excerpt}>
              {excerptParts(hit.excerpt).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
