import { translate } from '@docusaurus/Translate';
import clsx from 'clsx';
import type { ComponentPropsWithRef, ReactNode } from 'react';

import { MAX_QUERY_LENGTH } from '@site/src/search/text';

import styles from './styles.module.css';

/**
 * The search field of the navbar dialog and of the search page: labelled, capped, styled once. HTML allows no
 * ARIA role on `type=search`, so a field given one (the dialog's combobox) is `type=text`, still with the
 * search keyboard (`inputmode`, `enterkeyhint`).
 */
export default function SearchInput({ className, role, ...props }: ComponentPropsWithRef<'input'>): ReactNode {
  return (
    <input
      type={role ? 'text' : 'search'}
      role={role}
      inputMode="search"
      enterKeyHint="search"
      aria-label={translate({ id: 'search.input.ariaLabel', message: 'Search the statement' })}
      placeholder={translate({ id: 'search.input.placeholder', message: 'Search the statement…' })}
      maxLength={MAX_QUERY_LENGTH}
      {...props}
      className={clsx(styles.input, className)}
    />
  );
}
