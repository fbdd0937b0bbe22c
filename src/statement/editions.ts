/**
 * Reading each locale's edition of the statement from its pages on disk (Node only): the build plugin that
 * writes the parallel view's corpus and the downloads, and the tests, read the text from here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { DEFAULT_LOCALE, type LocaleCode } from '../locales';
import { SECTIONS, segmentSentences, sentenceId, type Edition, type SentenceSpan } from './model';
import { frontMatterValue, parseDoc, type ParsedDoc } from './validate';

export const SITE_DIR = path.resolve(__dirname, '../..');

export function docsDir(locale: LocaleCode, siteDir: string = SITE_DIR): string {
  return locale === DEFAULT_LOCALE
    ? path.join(siteDir, 'docs')
    : path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current');
}

/** Every .md/.mdx doc of a locale, parsed. */
export function readDocs(locale: LocaleCode, siteDir: string = SITE_DIR): ParsedDoc[] {
  const dir = docsDir(locale, siteDir);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .sort()
    .map((file) =>
      parseDoc({
        file: path.relative(siteDir, path.join(dir, file)),
        docId: file
          .replace(/\.mdx?$/, '')
          .split(path.sep)
          .join('/'),
        source: readFileSync(path.join(dir, file), 'utf8'),
      }),
    );
}

/**
 * The statement as one locale's pages give it: paragraphs in ¶ order, each cut into its sentences (by the
 * model's segmentation; a test passes another to show that the frozen ids catch a change of it).
 */
export function editionOf(
  locale: LocaleCode,
  docs: readonly ParsedDoc[],
  segment: (text: string, locale: string) => SentenceSpan[] = segmentSentences,
): Edition {
  const sections = SECTIONS.filter((section) => section.paragraphs.length > 0).map((section) => {
    const doc = docs.find((d) => d.docId === section.docId);
    if (!doc) throw new Error(`${locale}: no page ${section.docId}`);
    return { section, doc };
  });
  return {
    locale,
    sections: sections.map(({ section, doc }) => ({
      id: section.id,
      path: section.path,
      title: frontMatterValue(doc.source, 'title') ?? section.id,
    })),
    paragraphs: sections.flatMap(({ section, doc }) =>
      doc.paragraphs.map(({ number, text }) => ({
        number,
        section: section.id,
        text,
        sentences: segment(text, locale).map((span, index) => ({
          id: sentenceId(number, index + 1),
          text: span.text,
        })),
      })),
    ),
  };
}

export function readEdition(locale: LocaleCode, siteDir: string = SITE_DIR): Edition {
  return editionOf(locale, readDocs(locale, siteDir));
}
