import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { ReactNode } from 'react';

interface Props {
  /** `p6-3`, from the statement model via the remark plugin. */
  readonly id: string;
  readonly children: ReactNode;
}

/** One sentence of the statement, addressable as `#p{n}-{k}`. */
export default function Sentence({ id, children }: Props): ReactNode {
  useBrokenLinks().collectAnchor(id);
  return (
    <span id={id} className="statement-sentence">
      {children}
    </span>
  );
}
