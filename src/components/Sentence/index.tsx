import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { ReactNode } from 'react';

interface Props {
  /** `p6-3`, from the statement model via the remark plugin. */
  readonly id: string;
  /**
   * The aliases of the glossary terms in the sentence (from the remark plugin), for search only: Pagefind
   * indexes the attribute's words as part of the sentence (`data-pagefind-index-attrs`), while readers and
   * screen readers never meet them.
   */
  readonly aliases?: string;
  /** JSON: each alias word → the term as this sentence writes it (read by the search highlight, not indexed). */
  readonly aliasTerms?: string;
  readonly children: ReactNode;
}

/** One sentence of the statement, addressable as `#p{n}-{k}`. */
export default function Sentence({ id, aliases, aliasTerms, children }: Props): ReactNode {
  useBrokenLinks().collectAnchor(id);
  return (
    <span
      id={id}
      className="statement-sentence"
      data-pagefind-index-attrs={aliases ? 'data-search-aliases' : undefined}
      data-search-aliases={aliases}
      data-search-terms={aliasTerms}>
      {children}
    </span>
  );
}
