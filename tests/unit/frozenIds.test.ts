import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { assertFrozenIds, fingerprint, idMapOf, idProblems, serializeIds } from '../../src/statement/frozenIds';
import type { Edition } from '../../src/statement/model';

const edition = (sentences: string[][]): Edition => ({
  locale: 'ru',
  sections: [],
  paragraphs: sentences.map((texts, i) => ({
    number: i + 1,
    section: 'context',
    text: texts.join(' '),
    sentences: texts.map((text, k) => ({ id: `p${i + 1}-${k + 1}`, text })),
  })),
});

const published = edition([['Один.', 'Два.', 'Три.'], ['Четыре.']]);

describe('frozen ids', () => {
  it('fingerprint a text with the first 16 hex digits of its SHA-256', () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(fingerprint('abc')).toBe('ba7816bf8f01cfea');
  });

  it('find nothing when the edition is the published one', () => {
    expect(idProblems(idMapOf(published), published)).toEqual([]);
  });

  it('name a disappeared id, a changed text, a moved one and a new one, with the locale and both texts', () => {
    const now = edition([
      ['Один.', 'Три.'],
      ['Четыре.', 'Пять.'],
    ]);
    expect(idProblems(idMapOf(published), now)).toEqual([
      'p1 (ru): 3 sentences were published, now 2',
      'p1-2 (ru) changed: published “Два.”, now “Три.”',
      'p1-3 (ru) disappeared; it was published as “Три.” (that text is now p1-2)',
      'p2 (ru): 1 sentences were published, now 2',
      'p2-2 (ru) is new: “Пять.”',
    ]);
  });

  it('fail the build with every problem and the command for a deliberate change', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ids-'));
    writeFileSync(path.join(dir, 'ru.json'), serializeIds(idMapOf(published)));
    expect(() => assertFrozenIds([published], dir)).not.toThrow();
    const fixed = edition([['Один.', 'Два!', 'Три.'], ['Четыре.']]);
    expect(() => assertFrozenIds([fixed], dir)).toThrow(
      /p1-2 \(ru\) changed: published “Два\.”, now “Два!”[\s\S]*npm run ids:freeze/,
    );
    expect(() => assertFrozenIds([{ ...published, locale: 'en' }], dir)).toThrow(/no frozen sentence ids for en/);
  });
});
