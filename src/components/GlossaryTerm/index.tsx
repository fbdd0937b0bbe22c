import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import { useContext, type ReactNode } from 'react';

import { InStatementTextOf } from '@site/src/components/StatementTextOf';
import { GLOSSARY_PATH } from '@site/src/sitePaths';

import styles from './styles.module.css';

interface Props {
  /** The term's id in the glossary (src/glossary/terms.ts), from the remark plugin. */
  readonly id: string;
  /** This is the term's first occurrence in the whole statement (from the remark plugin). */
  readonly firstInStatement?: boolean;
  readonly children: ReactNode;
}

/**
 * A glossary term in the statement's text: a quiet link to its entry, so reading is not interrupted. Linked
 * once per page: the remark plugin marks each page's first occurrence; the full text, which shows them all,
 * keeps the link only where the statement first has the term.
 */
export default function GlossaryTerm({ id, firstInStatement = false, children }: Props): ReactNode {
  const inFullText = useContext(InStatementTextOf);
  if (inFullText && !firstInStatement) return children;
  return (
    <Link
      to={`${GLOSSARY_PATH}#${id}`}
      className={styles.term}
      title={translate({
        id: 'glossaryTerm.title',
        message: 'In the glossary',
        description: 'Tooltip of a term in the statement that links to its glossary entry',
      })}>
      {children}
    </Link>
  );
}
