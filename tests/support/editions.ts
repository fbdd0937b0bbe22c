import type { Edition } from '../../src/statement/model';

/**
 * A small edition for unit tests: ¶1 in the context section, every other paragraph in the outcomes section,
 * sentences joined as the language writes them (Chinese without spaces).
 */
export const fixtureEdition = (locale: string, sentences: Record<number, string[]>): Edition => ({
  locale,
  sections: [
    { id: 'context', path: '/statement/context', title: `${locale} context` },
    { id: 'outcomes', path: '/statement/outcomes', title: `${locale} outcomes` },
  ],
  paragraphs: Object.entries(sentences).map(([number, texts]) => ({
    number: Number(number),
    section: Number(number) === 1 ? 'context' : 'outcomes',
    text: texts.join(locale === 'zh-Hans' ? '' : ' '),
    sentences: texts.map((text, index) => ({ id: `p${number}-${index + 1}`, text })),
  })),
});
