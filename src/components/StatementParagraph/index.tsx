import { translate } from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import clsx from 'clsx';
import type { ReactNode } from 'react';

import { paragraphId } from '@site/src/statement/model';

import styles from './styles.module.css';

interface Props {
  /** The citation number, 1–15 (a string: the remark plugin writes it as a JSX attribute). */
  readonly number: string;
  readonly children: ReactNode;
}

/** A statement paragraph: its ¶ number in the margin, linking to itself, and the text with its sentences. */
export default function StatementParagraph({ number, children }: Props): ReactNode {
  const id = paragraphId(Number(number));
  useBrokenLinks().collectAnchor(id);
  return (
    <div id={id} className={clsx('statement-paragraph', styles.paragraph)} data-paragraph={number}>
      <a
        className={styles.number}
        href={`#${id}`}
        aria-label={translate(
          { id: 'statement.paragraph.link.ariaLabel', message: 'Paragraph {number}', description: 'Accessible name of the ¶ number link' },
          { number },
        )}>
        <span aria-hidden="true">¶</span>
        {number}
      </a>
      <div className={styles.text}>{children}</div>
    </div>
  );
}
