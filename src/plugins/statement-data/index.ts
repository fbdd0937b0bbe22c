/**
 * The statement in all three languages at once, read at build from every locale's pages (never a second copy):
 * - the parallel view's page (`/parallel`), with the aligned text as its data;
 * - the glossary page (`/glossary`), with the paragraphs where each term occurs in this locale;
 * - the downloads (`/downloads/statement.<locale>.json|md|txt`, `statement.aligned.json|tsv`, the e-books
 *   `statement.<locale>.epub` and `statement.parallel.epub`, the translation memory `statement.tmx`, and for
 *   citation managers `statement.<locale>.bib|ris|csl.json`, accessed on the build's day);
 * - the embeddable passages of this locale (`/embed/p/6`, `/embed/p/6-3`), each with its oEmbed file, and the
 *   stylesheet they share;
 * - the CSL styles the ¶ menu formats citations with, fetched on first use (`/citation/<style>.json`);
 * - the JSON-LD description of the statement in every page's head (a plugin's tag, not the config's `headTags`,
 *   which the browser bundle would carry too).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { LoadContext, Plugin } from '@docusaurus/types';
import citeproc from 'citeproc';

import { CITATION_STYLES, defaultStyle } from '../../citation/styles';
import { formatCitation } from '../../citation/format';
import { cslItem } from '../../citation/item';
import { LOCALE_CODES, localeConfig, writesWithSpaces, type LocaleCode } from '../../locales';
import { termParagraphs } from '../../glossary';
import { glossaryHead } from '../../i18next/glossaryPage';
import { parallelViewStrings } from '../../i18next/parallelView';
import { GLOSSARY_PATH, PARALLEL_PATH } from '../../sitePaths';
import {
  DOWNLOADS_PATH,
  alignedJson,
  alignedTsv,
  editionFile,
  editionJson,
  editionMarkdown,
  editionText,
  ebookFile,
  TMX_FILE,
} from '../../statement/downloads';
import {
  EMBED_CSS,
  EMBED_STYLESHEET,
  embedHeight,
  embedPageHtml,
  embedPath,
  oembedJson,
  oembedPath,
} from '../../statement/embed';
import { editionBook, parallelBook } from '../../statement/epub/book';
import { packEpub } from '../../statement/epub/zip';
import { textNotice } from '../../statement/notice';
import { passages } from '../../statement/passages';
import { statementTmx } from '../../statement/tmx';
import { messagesOf, passageReference } from '../short-links';
import { cslLocale, cslStyle } from '../../citation/cslData';
import { citationFiles } from '../../citation/files';
import { lastRevision } from '../../statement/corrections';
import { CORRECTIONS_FEED_PATH, CORRECTIONS_PATH, correctionsAtom } from '../../statement/correctionsFeed';
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
  const absolute = (sitePath: string) => `${context.siteConfig.url}${route(sitePath)}`;
  const message = messagesOf(context.codeTranslations);
  const readEditions = (): Edition[] => LOCALE_CODES.map((code) => readEdition(code, context.siteDir));
  /** This locale's corrections as Atom, in its language, with the same words as its corrections page. */
  const correctionsFeed = (siteUrl: string) => {
    const absolute = (sitePath: string) => `${siteUrl}${route(sitePath)}`;
    const { colon } = localeConfig(locale).typography;
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

  /** Every passage of this locale's edition as an embed page and an oEmbed file, with the stylesheet they share. */
  async function writeEmbeds(outDir: string, edition: Edition): Promise<void> {
    const style = defaultStyle(locale);
    const data = styleData(locale, cslStyle(CITATION_STYLES.find((s) => s.id === style)!.csl), cslLocale);
    const { siteTitle } = localeConfig(locale);
    await mkdir(path.join(outDir, path.dirname(EMBED_STYLESHEET)), { recursive: true });
    await writeFile(path.join(outDir, EMBED_STYLESHEET), EMBED_CSS);
    for (const passage of passages(edition)) {
      const url = absolute(passage.target);
      const reference = passageReference(passage, message);
      const title = message('shortLink.preview.title', '{title} — {reference}', {
        title: passage.sectionTitle,
        reference,
      });
      const citation = formatCitation(citeproc, data, style, locale, cslItem(locale, url), {
        paragraph: passage.paragraph,
        sentence: passage.sentence,
      });
      const notice = textNotice(locale);
      const linkText = message('embed.link', 'Read {reference} on {site}', { reference, site: siteTitle });
      const file = path.join(outDir, `${embedPath(passage)}.html`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(
        file,
        embedPageHtml({
          lang: localeConfig(locale).htmlLang,
          title,
          text: passage.text,
          citation,
          notice,
          linkText,
          url,
          stylesheet: route(EMBED_STYLESHEET),
          oembed: route(oembedPath(passage)),
        }),
      );
      await writeFile(
        path.join(outDir, oembedPath(passage)),
        oembedJson({
          title,
          providerName: siteTitle,
          providerUrl: absolute('/'),
          src: absolute(embedPath(passage)),
          height: embedHeight(passage.text, `${citation}${notice}${linkText}`, writesWithSpaces(locale)),
        }),
      );
    }
  }

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
          strings: await actions.createData('parallel-strings.json', JSON.stringify(parallelViewStrings(locale))),
        },
      });
      actions.addRoute({
        path: route(GLOSSARY_PATH),
        component: '@site/src/components/Glossary',
        exact: true,
        modules: {
          occurrences: await actions.createData('glossary-occurrences.json', JSON.stringify(occurrences)),
          head: await actions.createData('glossary-head.json', JSON.stringify(glossaryHead(locale))),
        },
      });
    },
    async postBuild({ outDir }) {
      const editions = readEditions();
      const dir = path.join(outDir, DOWNLOADS_PATH);
      const siteUrl = context.siteConfig.url;
      const aligned = alignSentences(editions);
      const built = new Date();
      await mkdir(dir, { recursive: true });
      const revised = (code: LocaleCode) => lastRevision(readCorrections(code));
      const ebooks: [string, Uint8Array][] = [
        ...editions.map((edition): [string, Uint8Array] => [
          ebookFile(edition.locale as LocaleCode),
          packEpub(editionBook(edition, siteUrl, built), built),
        ]),
        [ebookFile('parallel'), packEpub(parallelBook(editions, siteUrl, built), built)],
      ];
      const files: [string, string | Uint8Array][] = [
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
        [TMX_FILE, statementTmx(aligned, LOCALE_CODES, built)],
        ...LOCALE_CODES.flatMap((code) =>
          citationFiles(code, siteUrl, built.toISOString().slice(0, 10), revised(code)),
        ),
        ...ebooks,
      ];
      await Promise.all(files.map(([name, content]) => writeFile(path.join(dir, name), content)));
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
      await writeEmbeds(
        outDir,
        editions.find((edition) => edition.locale === locale)!,
      );
    },
  };
}
