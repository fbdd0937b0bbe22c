import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readSourceParagraphs } from '../../src/statement/source';

import {
  checkDocStructure,
  checkParagraphPlacement,
  checkSourceFidelity,
  checkTranslationParity,
  frontMatterValue,
  numbersIn,
  parseDoc,
} from '../../src/statement/validate';

const doc = (docId: string, source: string) => parseDoc({ file: `docs/${docId}.mdx`, docId, source });

const SOURCE = Array.from({ length: 15 }, (_, i) => `Paragraph ${i + 1} says one thing. It says another.`);
const marked = (n: number) => `{/* p${n} */}\n${SOURCE[n - 1]}\n`;

/** A complete, valid edition built from the fixture source. */
function edition(overrides: Record<string, string> = {}) {
  const pages: Record<string, string> = {
    'context': `## The meeting {/* #the-meeting */}\n\n${marked(1)}\n${marked(2)}\n${marked(3)}`,
    'five-points/index': '<Editorial title="Overview">\n\nOne line per point.\n\n</Editorial>\n',
    ...Object.fromEntries([1, 2, 3, 4, 5].map((p) => [`five-points/point-${p}`, marked(p + 3)])),
    'closing-remarks': `${marked(9)}\n${marked(10)}`,
    'leaders-consensus': marked(11),
    'outcomes': [12, 13, 14, 15].map(marked).join('\n'),
    'full-text': '## Context {/* #context */}\n',
    ...overrides,
  };
  return Object.entries(pages).map(([id, source]) => doc(id, source));
}

const allProblems = (docs: ReturnType<typeof edition>) => [
  ...docs.flatMap(checkDocStructure),
  ...checkParagraphPlacement(docs),
  ...checkSourceFidelity(docs, SOURCE),
];

describe('statement edition checks', () => {
  it('accept a valid edition', () => {
    expect(allProblems(edition())).toEqual([]);
  });

  it('name the id of a missing marker', () => {
    const problems = allProblems(
      edition({ 'leaders-consensus': `<Editorial title="x">\n\n${SOURCE[10]}\n\n</Editorial>\n` }),
    );
    expect(problems).toContainEqual(expect.stringContaining('p11 is missing'));
  });

  it('name both files of a duplicated marker', () => {
    const problems = allProblems(edition({ 'leaders-consensus': `${marked(11)}\n${marked(10)}` }));
    expect(problems).toContainEqual(expect.stringMatching(/p10 is marked 2 times.*closing-remarks.*leaders-consensus/));
    expect(problems).toContainEqual('docs/leaders-consensus.mdx: p10 belongs on closing-remarks');
  });

  it('name the file and line of a heading without an explicit id', () => {
    const problems = allProblems(edition({ context: `## The meeting\n\n${marked(1)}\n${marked(2)}\n${marked(3)}` }));
    expect(problems).toContainEqual('docs/context.mdx:1: heading "The meeting" has no explicit id {/* #id */}');
  });

  it('name the paragraph and sentence that drift from the source', () => {
    const drifted = `{/* p7 */}\nParagraph 7 says one thing. It says another thing.\n`;
    const problems = allProblems(edition({ 'five-points/point-4': drifted }));
    expect(problems).toEqual([
      expect.stringMatching(
        /^docs\/five-points\/point-4\.mdx: p7 differs from the source in sentence p7-2 at character 43/,
      ),
    ]);
  });

  it('reject a detached marker and unmarked prose outside <Editorial>', () => {
    const problems = allProblems(edition({ 'leaders-consensus': `{/* p11 */}\n\n${SOURCE[10]}\n` }));
    expect(problems).toContainEqual(
      'docs/leaders-consensus.mdx: marker p11 is not on the line directly above a paragraph',
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /leaders-consensus\.mdx:3: paragraph "Paragraph 11.*neither a marked statement paragraph nor inside <Editorial>/,
      ),
    );
  });

  it('reject paragraphs out of order', () => {
    const problems = allProblems(edition({ 'closing-remarks': `${marked(10)}\n${marked(9)}` }));
    expect(problems).toContain('docs/closing-remarks.mdx: paragraphs out of order (p10, p9)');
  });
});

describe('numbersIn', () => {
  it('normalizes thousands separators one way and keeps dates apart', () => {
    expect(numbersIn('1,000 and 3,000')).toEqual(['1000', '3000']);
    expect(numbersIn('1 000 и 3\u00a0000')).toEqual(['1000', '3000']);
    expect(numbersIn('1000个名额')).toEqual(['1000']);
    expect(numbersIn('第二十三次会议、第十三届、第一百零五号、第三届')).toEqual(['23', '13', '105', '3']);
    expect(numbersIn('一带一路，二十三')).toEqual([]);
    expect(numbersIn('July 4, 2023')).toEqual(['4', '2023']);
    expect(numbersIn('2023-2024 / 2023—2024年')).toEqual(['2023', '2024', '2023', '2024']);
  });
});

describe('translation parity', () => {
  const english = edition();
  const translate = (docId: string, source: string) =>
    english
      .map((d) => (d.docId === docId ? doc(docId, source) : d))
      .map((d) => ({ ...d, file: d.file.replace('docs/', 'i18n/ru/') }));

  it('accepts an edition with the same pages, ids, ¶, sentences and numbers', () => {
    expect(
      checkTranslationParity(
        english,
        translate('leaders-consensus', '{/* p11 */}\nАбзац 11 говорит одно. И другое.\n'),
        'ru',
      ),
    ).toEqual([]);
  });

  it('names a merged sentence, a lost number, a changed heading id and a missing page', () => {
    const merged = translate('leaders-consensus', '{/* p11 */}\nАбзац 11 говорит одно и другое.\n');
    expect(checkTranslationParity(english, merged, 'ru')).toEqual([
      'i18n/ru/leaders-consensus.mdx: p11 has 1 sentences, English has 2',
    ]);
    const lost = translate('leaders-consensus', '{/* p11 */}\nАбзац говорит одно. И другое.\n');
    expect(checkTranslationParity(english, lost, 'ru')).toEqual([
      'i18n/ru/leaders-consensus.mdx: p11 lacks the number(s) 11',
    ]);
    const renamed = translate('full-text', '## Контекст {/* #kontekst */}\n');
    expect(checkTranslationParity(english, renamed, 'ru')).toEqual([
      'i18n/ru/full-text.mdx: heading ids [kontekst] differ from English [context]',
    ]);
    const missing = english.filter((d) => d.docId !== 'outcomes');
    expect(checkTranslationParity(english, missing, 'ru')).toEqual([
      'ru: outcomes is not translated (no counterpart of docs/outcomes.mdx)',
    ]);
  });

  it('names a changed slug', () => {
    const english = [doc('context', '---\nid: context\nslug: /context\n---\n')];
    const translated = [doc('context', '---\nid: context\nslug: /kontekst\n---\n')];
    expect(checkTranslationParity(english, translated, 'ru')).toEqual([
      'docs/context.mdx: front matter slug is /kontekst, English has /context',
    ]);
  });
});

describe('line endings: a checkout with CRLF (core.autocrlf) reads as LF does', () => {
  const crlf = (text: string) => text.replace(/\n/g, '\r\n');
  const page =
    '---\ntitle: Point 3\ndescription: Practical cooperation\n---\n\n## The text {/* #the-text */}\n\n{/* p6 */}\nThird, cooperate. Then recover.\n';

  it('finds the front matter, the markers and their text', () => {
    const parsed = doc('five-points/point-3', crlf(page));
    expect(frontMatterValue(crlf(page), 'title')).toBe('Point 3');
    expect(frontMatterValue(parsed.source, 'description')).toBe('Practical cooperation');
    expect(parsed.paragraphs.map(({ number, text }) => ({ number, text }))).toEqual([
      { number: 6, text: 'Third, cooperate. Then recover.' },
    ]);
    expect(parsed.detached).toEqual([]);
    expect(checkDocStructure(parsed)).toEqual([]);
  });

  it('accepts a whole valid edition written with CRLF', () => {
    const docs = edition().map((d) => doc(d.docId, crlf(d.source)));
    expect(allProblems(docs)).toEqual([]);
  });

  it('splits the source text into its paragraphs', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'source-'));
    const file = path.join(dir, 'statement.en.txt');
    writeFileSync(file, crlf('Headline\n\nFirst paragraph. Two sentences.\n\nSecond paragraph.\n'));
    try {
      expect(readSourceParagraphs(file)).toEqual(['First paragraph. Two sentences.', 'Second paragraph.']);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
