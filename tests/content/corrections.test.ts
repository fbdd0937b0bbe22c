import { describe, expect, it } from 'vitest';

import { LOCALE_CODES } from '../../src/locales';
import { correctionProblems, lastRevision } from '../../src/statement/corrections';
import { readCorrections, readFrozenIds } from '../../src/statement/frozenIds';

describe.each(LOCALE_CODES)('the corrections record of %s', (locale) => {
  it('agrees with the frozen ids: each changed sentence’s text now is its newest correction’s, newest first, each with a date and a reason', () => {
    expect(correctionProblems(readFrozenIds(locale), readCorrections(locale))).toEqual([]);
  });
});

describe('the corrections since the ids were frozen (b07a148, 2026-11-28)', () => {
  it('record the 12 Russian sentences and the Chinese one changed in 62eca25', () => {
    expect(readCorrections('ru').corrections.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'p1-1',
        'p2-13',
        'p3-3',
        'p4-3',
        'p5-2',
        'p5-6',
        'p6-2',
        'p6-4',
        'p7-4',
        'p10-1',
        'p11-1',
        'p12-1',
      ]),
    );
    expect(readCorrections('zh-Hans').corrections.map((c) => c.id)).toContain('p1-1');
    expect(readCorrections('en').corrections).toEqual([]);
    expect(lastRevision(readCorrections('en'))).toBe('2026-11-28');
  });
});
