import MDXComponents from '@theme-original/MDXComponents';

import Editorial from '@site/src/components/Editorial';
import Sentence from '@site/src/components/Sentence';
import StatementParagraph from '@site/src/components/StatementParagraph';
import StatementTextOf from '@site/src/components/StatementTextOf';

export default {
  ...MDXComponents,
  Editorial,
  Sentence,
  StatementParagraph,
  StatementTextOf,
};
