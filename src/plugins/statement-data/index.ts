/**
 * The statement in all three languages at once, read at build from every locale's pages (never a second copy):
 * - the parallel view's page (`/parallel`), with the aligned text as its data;
 * - the glossary page (`/glossary`), with the paragraphs where each term occurs in this locale;
 * - the downloads (`/downloads/statement.<locale>.json|md|txt`, `statement.aligned.json|tsv`, and for citation
 *   managers `statement.<locale>.bib|ris|csl.json`, accessed on the build's day);
 * - the CSL styles the ¶ menu formats citations with, fetched on first use (`/citation/<style>.json`);
 * - the JSON-LD description of the statement in every page's head (a plugin's tag, not the config's `headTags`,
 *   which the browser bundle would carry too).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { LoadContext, Plugin } from '@docusaurus/types';

import { CITATION_STYLES } from '../../citation/styles';
import { LOCALE_CODES, localeConfig, writesWithSpaces, type LocaleCode } from '../../locales';
import { termParagraphs } from '../../glossary';
import { GLOSSARY_PATH, PARALLEL_PATH } from '../../sitePaths';
import {
  DOWNLOADS_PATH,
  alignedJson,
  alignedTsv,
  editionFile,
  editionJson,
  editionMarkdown,
  editionText,
} from '../../statement/downloads';
import { cslLocale, cslStyle } from '../../citation/cslData';
import { citationFiles } from '../../citation/files';
import { lastRevision } from '../../statement/corrections';
import { CORRECTIONS_FEED_PATH, CORRECTIONS_PATH, correctionsAtom } from '../../statement/correctionsFeed';
import { messagesOf } from '../short-links';
import { CITATION_PATH, citationDataFile, styleData } from '../../citation/data';
import { readEdition } from '../../statement/editions';
import { statementJsonLd } from '../../statement/structuredData';
import { assertFrozenIds, readCorrections } from '../../statement/frozenIds';
import { alignSentences, parallelSections, parseAnchor, sectionOfParagraph, type Edition } from '../../statement/model';

/** Where each term occurs: its paragraphs, each with the page that holds it. */
export type TermOccurrences = Record<string, { readonly number: number; readonly path: string }[]>;

export default function statementDataPlugin(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale as LocaleCode;
  const route = (sitePath: string) => `${context.baseUrl}${sitePath.slice(1)}`;
  const readEditions = (): Edition[] => LOCALE_CODES.map((code) => readEdition(code, context.siteDir));
  const message = messagesOf(context.codeTranslations);

  /** This locale's corrections as Atom, in its language, with the same words as its corrections page. */
  const correctionsFeed = (siteUrl: string) => {
    const absolute = (sitePath: string) => `${siteUrl}${route(sitePath)}`;
    const colon = writesWithSpaces(locale) ? ': ' : '：';
    const site = localeConfig(locale).siteTitle;
    return correctionsAtom(readCorrections(locale), {
      lang: localeConfig(locale).htmlLang,
      title: message('corrections.feed.title', 'Corrections: {site}', { site }),
      subtitle: message(
        'corrections.description',
        'Every change to a published sentence of this text, newest first: its date, its old and new wording and the reason.',
      ),
      author: site,
      pageUrl: absolute(CORRECTIONS_PATH),
      feedUrl: absolute(CORRECTIONS_FEED_PATH),
      sentenceUrl: (id) => absolute(`${sectionOfParagraph(parseAnchor(id)!.paragraph)!.path}#${id}`),
      entryTitle: ({ id }) => {
        const { paragraph, sentence } = parseAnchor(id)!;
        return message('shortLink.reference.sentence', '¶{paragraph}, sentence {sentence}', {
          paragraph,
          sentence: sentence!,
        });
      },
      entryText: ({ before, after, reason }) =>
        [
          `${message('corrections.before', 'Before')}${colon}${before}`,
          `${message('corrections.after', 'After')}${colon}${after}`,
          `${message('corrections.reason', 'Reason')}${colon}${reason}`,
        ].join('\n'),
    });
  };

  return {
    name: 'statement-data',
    injectHtmlTags() {
      return {
        headTags: [
          {
            tagName: 'script',
            attributes: { type: 'application/ld+json' },
            innerHTML: JSON.stringify(statementJsonLd(locale, context.siteConfig.url)),
          },
        ],
      };
    },
    async contentLoaded({ actions }) {
      const editions = readEditions();
      // Published sentence ids never change meaning: fail the build when the computed ids depart from the map.
      assertFrozenIds(editions);
      const edition = editions.find((e) => e.locale === locale)!;
      const occurrences: TermOccurrences = Object.fromEntries(
        Object.entries(termParagraphs(locale, edition.paragraphs)).map(([id, numbers]) => [
          id,
          numbers.map((number) => ({ number, path: sectionOfParagraph(number)!.path })),
        ]),
      );
      actions.addRoute({
        path: route(PARALLEL_PATH),
        component: '@site/src/components/ParallelView',
        exact: true,
        modules: {
          sections: await actions.createData('parallel-sections.json', JSON.stringify(parallelSections(editions))),
        },
      });
      actions.addRoute({
        path: route(GLOSSARY_PATH),
        component: '@site/src/components/Glossary',
        exact: true,
        modules: { occurrences: await actions.createData('glossary-occurrences.json', JSON.stringify(occurrences)) },
      });
    },
    async postBuild({ outDir }) {
      const editions = readEditions();
      const dir = path.join(outDir, DOWNLOADS_PATH);
      const siteUrl = context.siteConfig.url;
      const aligned = alignSentences(editions);
      await mkdir(dir, { recursive: true });
      const revised = (code: LocaleCode) => lastRevision(readCorrections(code));
      const files: [string, string][] = [
        ...editions.flatMap((edition): [string, string][] => {
          const code = edition.locale as LocaleCode;
          return [
            [editionFile(code, 'json'), editionJson(edition, siteUrl, revised(code))],
            [editionFile(code, 'md'), editionMarkdown(edition, siteUrl, revised(code))],
            [editionFile(code, 'txt'), editionText(edition, siteUrl, revised(code))],
          ];
        }),
        ['statement.aligned.json', alignedJson(aligned, LOCALE_CODES)],
        ['statement.aligned.tsv', alignedTsv(aligned, LOCALE_CODES)],
        ...LOCALE_CODES.flatMap((code) =>
          citationFiles(code, siteUrl, new Date().toISOString().slice(0, 10), revised(code)),
        ),
      ];
      await Promise.all(files.map(([name, text]) => writeFile(path.join(dir, name), text)));
      await writeFile(path.join(outDir, `${CORRECTIONS_FEED_PATH.slice(1)}`), correctionsFeed(siteUrl));
      const styles = path.join(outDir, CITATION_PATH);
      await mkdir(styles, { recursive: true });
      await Promise.all(
        CITATION_STYLES.map((style) =>
          writeFile(
            path.join(styles, citationDataFile(style.id)),
            JSON.stringify(styleData(locale, cslStyle(style.csl), cslLocale)),
          ),
        ),
      );
    },
  };
}
