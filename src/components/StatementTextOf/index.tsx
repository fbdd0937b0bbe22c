import type { MDXComponents } from 'mdx/types';
import { createContext, type ComponentType, type ReactNode } from 'react';

import { SearchIndexed } from '@site/src/components/StatementParagraph';

interface Props {
  /** An imported statement page (`import Context from './context.mdx'`). */
  readonly doc: ComponentType<{ components?: MDXComponents }>;
}

/** True inside another page's paragraphs (the full text): there a glossary term links only where the statement first has it. */
export const InStatementTextOf = createContext(false);

const hidden = (): null => null;

// A statement page holds only headings, editorial notes and statement paragraphs (the content tests enforce
// it), so hiding the first two leaves the statement's own text.
const statementOnly: MDXComponents = {
  h2: hidden,
  h3: hidden,
  Editorial: hidden,
};

/**
 * Renders only the statement paragraphs of another page, so the full text is assembled from the section
 * pages themselves and there is no second copy of the text to keep in sync. Search indexes the section
 * pages, not this repetition of them.
 */
export default function StatementTextOf({ doc: Doc }: Props): ReactNode {
  return (
    <SearchIndexed.Provider value={false}>
      <InStatementTextOf.Provider value>
        <Doc components={statementOnly} />
      </InStatementTextOf.Provider>
    </SearchIndexed.Provider>
  );
}
