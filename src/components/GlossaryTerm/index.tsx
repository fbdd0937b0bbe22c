import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';

import { GLOSSARY_PATH } from '@site/src/sitePaths';

import styles from './styles.module.css';

interface Props {
  /** The term's id in the glossary (src/glossary/terms.ts), from the remark plugin. */
  readonly id: string;
  readonly children: ReactNode;
}

/** A glossary term in the statement's text: a quiet link to its entry, so reading is not interrupted. */
export default function GlossaryTerm({ id, children }: Props): ReactNode {
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
