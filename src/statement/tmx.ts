/**
 * The statement as a translation memory (TMX 1.4b), for CAT tools (OmegaT, Trados, memoQ, Phrase): one
 * translation unit per sentence, its `tuid` the sentence id (`p6-3`), with the sentence in every language.
 * English is the source language. Pure: the build plugin writes what it returns to `downloads/statement.tmx`.
 */
import { localeConfig, type LocaleCode } from '../locales';
import type { AlignedSentence } from './model';
import { textNotice } from './notice';

/** The tool that made the memory, as the header names it (TMX requires a name and a version). */
export const TMX_CREATION_TOOL = { name: 'sco-2023-statement', version: '1.0' } as const;

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** TMX's date form: 20230704T000000Z. */
export function tmxDate(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/**
 * The memory of the aligned sentences, `locales[0]` as source. `revised` is when the texts were written into it
 * (the build's time): the header's creation date.
 */
export function statementTmx(
  aligned: readonly AlignedSentence[],
  locales: readonly LocaleCode[],
  revised: Date,
): string {
  const lang = (locale: LocaleCode) => localeConfig(locale).htmlLang;
  const [source] = locales;
  if (!source) throw new Error('A translation memory needs at least one language');
  const header = [
    `  <header creationtool="${TMX_CREATION_TOOL.name}" creationtoolversion="${TMX_CREATION_TOOL.version}"`,
    `    datatype="plaintext" segtype="sentence" adminlang="en" srclang="${lang(source)}" o-tmf="markdown"`,
    `    creationdate="${tmxDate(revised)}">`,
    ...locales.map((locale) => `    <note xml:lang="${lang(locale)}">${escapeXml(textNotice(locale))}</note>`),
    '  </header>',
  ];
  const units = aligned.map(({ id, text }) => {
    const variants = locales.map((locale) => {
      const segment = text[locale];
      if (segment === undefined) throw new Error(`${id} has no ${locale} text`);
      return `      <tuv xml:lang="${lang(locale)}"><seg>${escapeXml(segment)}</seg></tuv>`;
    });
    return [`    <tu tuid="${id}">`, ...variants, '    </tu>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    ...header,
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}
