/**
 * Keeps the code highlighter out of the site: the statement has no code, yet the classic theme loads Prism
 * (prism-react-renderer, about 24 KB compressed) on every page through a client module. Bundles resolve the
 * package to an empty stand-in; `src/theme/CodeBlock` renders code blocks without it.
 */
import path from 'node:path';

import type { Plugin } from '@docusaurus/types';

export default function noCodeHighlightingPlugin(): Plugin {
  return {
    name: 'no-code-highlighting',
    configureWebpack() {
      return { resolve: { alias: { 'prism-react-renderer$': path.join(__dirname, 'prismStandIn.ts') } } };
    },
  };
}
