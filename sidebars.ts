import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars = {
  statement: [
    'context',
    {
      type: 'category',
      label: 'The five points',
      link: { type: 'doc', id: 'five-points/index' },
      collapsed: false,
      items: [1, 2, 3, 4, 5].map((point) => `five-points/point-${point}`),
    },
    'closing-remarks',
    'leaders-consensus',
    'outcomes',
    'full-text',
  ],
} satisfies SidebarsConfig;

export default sidebars;
