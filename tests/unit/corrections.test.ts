import { describe, expect, it } from 'vitest';

import { correctionProblems, lastRevision, withCorrections } from '../../src/statement/corrections';
import type { FrozenIds } from '../../src/statement/frozenIds';

const frozen = (text: string): FrozenIds => ({
  locale: 'ru',
  paragraphs: [{ id: 'p6', sentenceCount: 1, sentences: [{ id: 'p6-4', sha256: 'x', text }] }],
});
const empty = { locale: 'ru', corrections: [] };

describe('the corrections record', () => {
  it('adds a change at its head, and refuses one without a reason', () => {
    const first = withCorrections(empty, [{ id: 'p6-4', before: 'A', after: 'B' }], '2026-11-28', 'why');
    const second = withCorrections(first, [{ id: 'p6-4', before: 'B', after: 'C' }], '2026-12-04', 'why not');
    expect(second.corrections.map((c) => [c.date, c.after])).toEqual([
      ['2026-12-04', 'C'],
      ['2026-11-28', 'B'],
    ]);
    expect(lastRevision(second)).toBe('2026-12-04');
    expect(lastRevision(empty)).toBe('2026-11-28');
    expect(() => withCorrections(empty, [{ id: 'p6-4', before: 'A', after: 'B' }], '2026-12-04', ' ')).toThrow();
    expect(correctionProblems(frozen('C'), second)).toEqual([]);
  });

  it('disagrees with frozen ids whose text is not the newest correction, or a record out of order or without a reason', () => {
    const record = {
      locale: 'ru',
      corrections: [
        { id: 'p6-4', date: '2026-11-28', before: 'A', after: 'B', reason: '' },
        { id: 'p6-4', date: '2026-12-04', before: 'B', after: 'C', reason: 'x' },
      ],
    };
    expect(correctionProblems(frozen('C'), record)).toEqual([
      'p6-4 (2026-11-28): no reason',
      "p6-4: the text now is not the newest correction's (2026-11-28)",
      'p6-4 (2026-12-04): not newest first',
      'p6-4 (2026-12-04): its text is not what the next change began from',
    ]);
  });
});
