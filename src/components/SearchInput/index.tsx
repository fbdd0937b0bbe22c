import { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import type { ComponentPropsWithRef, ReactNode } from 'react';

import { MAX_QUERY_LENGTH } from '@site/src/search/text';

import styles from './styles.module.css';

/** The search field of the navbar dialog and of the search page: labelled, capped, styled once. */
export default function SearchInput({ className, ...props }: ComponentPropsWithRef<'input'>): ReactNode {
  return (
    <input
      type="search"
      aria-label={translate({ id: 'search.input.ariaLabel', message: 'Search the statement' })}
      placeholder={translate({ id: 'search.input.placeholder', message: 'Search the statement…' })}
      maxLength={MAX_QUERY_LENGTH}
      {...props}
      className={clsx(styles.input, className)}
    />
  );
}
