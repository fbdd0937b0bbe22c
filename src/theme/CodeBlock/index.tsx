import type { Props } from '@theme/CodeBlock';
import type { ReactNode } from 'react';

/** A code block without syntax highlighting: the site has no code to show, so no highlighter ships with it. */
export default function CodeBlock({ children, className }: Props): ReactNode {
  return (
    <pre className={className}>
      <code>{children}</code>
    </pre>
  );
}
