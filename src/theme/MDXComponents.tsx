import MDXComponents from '@theme-original/MDXComponents';

import Downloads from '@site/src/components/Downloads';
import Editorial from '@site/src/components/Editorial';
import GlossaryTerm from '@site/src/components/GlossaryTerm';
import Sentence from '@site/src/components/Sentence';
import StatementParagraph from '@site/src/components/StatementParagraph';
import StatementTextOf from '@site/src/components/StatementTextOf';

export default {
  ...MDXComponents,
  Downloads,
  Editorial,
  GlossaryTerm,
  Sentence,
  StatementParagraph,
  StatementTextOf,
};
