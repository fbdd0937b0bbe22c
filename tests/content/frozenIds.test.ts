import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { LOCALE_CODES } from '../../src/locales';
import { editionOf } from '../../src/statement/editions';
import { idMapOf, idProblems, idsFile, readFrozenIds, serializeIds } from '../../src/statement/frozenIds';
import { segmentSentences, type SentenceSpan } from '../../src/statement/model';
import { readDocs } from '../support/docs';

/** A segmenter as a newer ICU might be: it also ends a sentence after a semicolon. */
function semicolonSegmenter(text: string, locale: string): SentenceSpan[] {
  return segmentSentences(text, locale).flatMap((span) => {
    let offset = 0;
    return span.text.split(/(?<=; )/).map((part) => {
      const piece = {
        start: span.start + offset,
        end: span.start + offset + part.trimEnd().length,
        text: part.trimEnd(),
      };
      offset += part.length;
      return piece;
    });
  });
}

describe('the frozen sentence ids (src/statement/ids/)', () => {
  it.each(LOCALE_CODES.map((code) => code))('hold every published id of %s with its text', (locale) => {
    const edition = editionOf(locale, readDocs(locale));
    expect(idProblems(readFrozenIds(locale), edition)).toEqual([]);
    // The committed file is exactly what `npm run ids:freeze` writes: no hand edit slips through.
    expect(readFileSync(idsFile(locale), 'utf8')).toBe(serializeIds(idMapOf(edition)));
  });

  it('are the ids the tests expect in a few known places', () => {
    const en = readFrozenIds('en');
    const p6 = en.paragraphs.find((p) => p.id === 'p6')!;
    expect(p6.sentences[2].id).toBe('p6-3');
    expect(p6.sentences[0].text).toBe(
      'Third, the SCO member states should focus on practical cooperation and expedite economic recovery.',
    );
    expect(en.paragraphs.map((p) => p.sentenceCount)).toEqual(
      readFrozenIds('ru').paragraphs.map((p) => p.sentenceCount),
    );
  });

  it('catch a segmentation that splits differently, naming the id, the locale and both texts', () => {
    const edition = editionOf('en', readDocs('en'), semicolonSegmenter);
    const problems = idProblems(readFrozenIds('en'), edition);
    expect(problems).toContain('p3 (en): 4 sentences were published, now 6');
    expect(problems).toContain(
      'p3-1 (en) changed: published “Xi Jinping stressed that the world today is undergoing both transformation and upheaval; changes unseen in a century are unfolding at a faster pace; human society faces unprecedented challenges.”, now “Xi Jinping stressed that the world today is undergoing both transformation and upheaval;”',
    );
    expect(problems).toContain(
      "p3-5 (en) is new: “Xi Jinping said his answer is this: the people's wish for a happy life is China's goal, and peace, development and win-win cooperation are the unstoppable trends of the times.” (published as p3-3)",
    );
  });
});
