/**
 * The statement as EPUB 3 e-books: one per language, and a parallel edition with each paragraph in every
 * language. This module writes the book's files (the package document, the navigation document and its NCX
 * twin for older readers, a title page, one XHTML document per section, a stylesheet); ./zip.ts packs them.
 * Paragraphs and sentences keep the site's ids (`p6`, `p6-3`), so a reference works in the book as on the site.
 * No font is embedded: the reader's own fonts set the text. Pure: the build plugin writes what these return.
 */
import { LOCALES, localeConfig, localePrefix, writesWithSpaces, type LocaleCode } from '../../locales';
import { DOWNLOADS_PATH, ebookFile, sourceLines } from '../downloads';
import { SOURCE, STATEMENT, STATEMENT_DATE, isTranslation } from '../metadata';
import { paragraphId, type Edition, type EditionParagraph } from '../model';
import { READOUT } from '../readout';
import { textNotice } from '../notice';

export interface BookFile {
  /** Inside the container: `mimetype`, `META-INF/container.xml`, `EPUB/…`. */
  readonly path: string;
  readonly text: string;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `lang` for HTML readers and `xml:lang` for XML ones: EPUB reading systems read either. */
const langAttributes = (locale: LocaleCode) => `lang="${localeConfig(locale).htmlLang}" ${xmlLang(locale)}`;
/** `xml:lang` alone, for the XML documents that are not HTML (the package document, the NCX). */
const xmlLang = (locale: LocaleCode) => `xml:lang="${localeConfig(locale).htmlLang}"`;

const CONTENT_DIR = 'EPUB';

function xhtml(locale: LocaleCode, title: string, body: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE html>',
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" ${langAttributes(locale)}>`,
    '<head>',
    '<meta charset="UTF-8"/>',
    `<title>${escapeXml(title)}</title>`,
    '<link rel="stylesheet" type="text/css" href="style.css"/>',
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A paragraph's sentences, each a span with its id (`p6-3`, or `p6-3-ru` beside another language's). */
function sentencesOf(locale: LocaleCode, paragraph: EditionParagraph, idSuffix = ''): string {
  return paragraph.sentences
    .map((sentence) => `<span id="${sentence.id}${idSuffix}">${escapeXml(sentence.text)}</span>`)
    .join(writesWithSpaces(locale) ? ' ' : '');
}

const STYLESHEET = `body { margin: 0 5%; line-height: 1.6; }
h1 { font-size: 1.4em; line-height: 1.3; margin: 1em 0; }
h2 { font-size: 1.15em; margin: 1.5em 0 0.5em; }
p { margin: 0 0 0.8em; text-indent: 0; }
.number { font-weight: bold; font-size: 0.85em; margin-right: 0.4em; }
.parallel p { margin-bottom: 0.4em; }
.parallel section { margin-bottom: 1.2em; }
.notice { font-style: italic; }
:lang(zh-Hans) .notice { font-style: normal; }
nav ol { list-style: none; padding-left: 0; }
`;

interface Document {
  /** The file name in EPUB/, also its manifest id's base. */
  readonly file: string;
  /** What the navigation document calls it (XHTML, with `lang` where it mixes languages). */
  readonly navLabel: string;
  /** The same, as plain text for the NCX. */
  readonly ncxLabel: string;
  readonly text: string;
}

interface BookPlan {
  /** The language of the book's own words (title page label, contents). */
  readonly locale: LocaleCode;
  readonly languages: readonly LocaleCode[];
  readonly identifier: string;
  readonly title: string;
  readonly creators: readonly { readonly name: string; readonly locale: LocaleCode }[];
  readonly translators: readonly string[];
  readonly description: string;
  readonly documents: readonly Document[];
}

/** `2026-12-04T09:30:00Z`: the form `dcterms:modified` requires. */
const modifiedDate = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

function packageDocument(plan: BookPlan, modified: Date): string {
  const { locale } = plan;
  const manifest = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>',
    '<item id="style" href="style.css" media-type="text/css"/>',
    ...plan.documents.map(
      (document) => `<item id="${document.file}" href="${document.file}.xhtml" media-type="application/xhtml+xml"/>`,
    ),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" ${xmlLang(locale)}>`,
    '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `<dc:identifier id="uid">${escapeXml(plan.identifier)}</dc:identifier>`,
    `<dc:title>${escapeXml(plan.title)}</dc:title>`,
    ...plan.languages.map((language) => `<dc:language>${localeConfig(language).htmlLang}</dc:language>`),
    ...plan.creators.map(
      ({ name, locale: language }) => `<dc:creator ${xmlLang(language)}>${escapeXml(name)}</dc:creator>`,
    ),
    ...plan.translators.flatMap((name, index) => [
      `<dc:contributor id="translator-${index + 1}">${escapeXml(name)}</dc:contributor>`,
      `<meta refines="#translator-${index + 1}" property="role" scheme="marc:relators">trl</meta>`,
    ]),
    `<dc:date>${STATEMENT_DATE}</dc:date>`,
    `<dc:source>${escapeXml(READOUT.en.title)}</dc:source>`,
    `<dc:description>${escapeXml(plan.description)}</dc:description>`,
    `<meta property="dcterms:modified">${modifiedDate(modified)}</meta>`,
    '</metadata>',
    '<manifest>',
    ...manifest,
    '</manifest>',
    '<spine toc="ncx">',
    ...plan.documents.map((document) => `<itemref idref="${document.file}"/>`),
    '</spine>',
    '</package>',
    '',
  ].join('\n');
}

function navigationDocument(plan: BookPlan): string {
  const { contents } = localeConfig(plan.locale).ebook;
  return xhtml(plan.locale, contents, [
    '<nav epub:type="toc" id="toc">',
    `<h1>${escapeXml(contents)}</h1>`,
    '<ol>',
    ...plan.documents.map((document) => `<li><a href="${document.file}.xhtml">${document.navLabel}</a></li>`),
    '</ol>',
    '</nav>',
  ]);
}

function ncx(plan: BookPlan): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" ${xmlLang(plan.locale)}>`,
    '<head>',
    `<meta name="dtb:uid" content="${escapeXml(plan.identifier)}"/>`,
    '<meta name="dtb:depth" content="1"/>',
    '<meta name="dtb:totalPageCount" content="0"/>',
    '<meta name="dtb:maxPageNumber" content="0"/>',
    '</head>',
    `<docTitle><text>${escapeXml(plan.title)}</text></docTitle>`,
    '<navMap>',
    ...plan.documents.map(
      (document, index) =>
        `<navPoint id="nav-${index + 1}" playOrder="${index + 1}"><navLabel><text>${escapeXml(document.ncxLabel)}</text></navLabel><content src="${document.file}.xhtml"/></navPoint>`,
    ),
    '</navMap>',
    '</ncx>',
    '',
  ].join('\n');
}

function bookFiles(plan: BookPlan, modified: Date): BookFile[] {
  return [
    { path: 'mimetype', text: 'application/epub+zip' },
    {
      path: 'META-INF/container.xml',
      text: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">',
        `<rootfiles><rootfile full-path="${CONTENT_DIR}/package.opf" media-type="application/oebps-package+xml"/></rootfiles>`,
        '</container>',
        '',
      ].join('\n'),
    },
    { path: `${CONTENT_DIR}/package.opf`, text: packageDocument(plan, modified) },
    { path: `${CONTENT_DIR}/nav.xhtml`, text: navigationDocument(plan) },
    { path: `${CONTENT_DIR}/toc.ncx`, text: ncx(plan) },
    { path: `${CONTENT_DIR}/style.css`, text: STYLESHEET },
    ...plan.documents.map((document) => ({ path: `${CONTENT_DIR}/${document.file}.xhtml`, text: document.text })),
  ];
}

/**
 * A provenance line, with the English readout's title and publisher marked as English where the line's language
 * is another: `Оригинал: «<span lang="en">Xi Jinping Attends…</span>», опубликовано: <span lang="en">Ministry…</span>`.
 */
function sourceInItsLanguage(locale: LocaleCode, line: string): string {
  if (localeConfig(locale).htmlLang === SOURCE.language) return escapeXml(line);
  const english = `<span ${langAttributes(SOURCE.language as LocaleCode)}>`;
  return [SOURCE.title, SOURCE.publisher].reduce(
    (marked, name) => marked.split(escapeXml(name)).join(`${english}${escapeXml(name)}</span>`),
    escapeXml(line),
  );
}

/** The title page's lines for one language: title, byline, what the text is, its source and the official texts. */
function titleLines(locale: LocaleCode, siteUrl: string, headingLevel: 1 | 2): string[] {
  const { title, speaker, meeting, place, date } = STATEMENT[locale];
  const sources = sourceLines(locale);
  const siteAddress = `${siteUrl}${localePrefix(locale)}/`;
  return [
    `<h${headingLevel}>${escapeXml(title)}</h${headingLevel}>`,
    `<p>${escapeXml([speaker, meeting, place, date].join(' · '))}</p>`,
    `<p class="notice">${escapeXml(textNotice(locale))}</p>`,
    ...sources.map((line) => `<p>${sourceInItsLanguage(locale, line)}</p>`),
    `<p><a href="${escapeXml(siteAddress)}">${escapeXml(siteAddress)}</a></p>`,
  ];
}

const identifierOf = (siteUrl: string, file: string) => `${siteUrl}${DOWNLOADS_PATH}/${file}`;

/** One language's e-book: the title page, then each section with its paragraphs. */
export function editionBook(edition: Edition, siteUrl: string, modified: Date): BookFile[] {
  const locale = edition.locale as LocaleCode;
  const label = localeConfig(locale).ebook;
  const statement = STATEMENT[locale];
  const sections: Document[] = edition.sections.map((section) => ({
    file: section.id,
    navLabel: escapeXml(section.title),
    ncxLabel: section.title,
    text: xhtml(locale, section.title, [
      `<section epub:type="chapter" id="${section.id}">`,
      `<h1>${escapeXml(section.title)}</h1>`,
      ...edition.paragraphs
        .filter((paragraph) => paragraph.section === section.id)
        .map(
          (paragraph) =>
            `<p id="${paragraphId(paragraph.number)}"><span class="number">¶${paragraph.number}</span> ${sentencesOf(locale, paragraph)}</p>`,
        ),
      '</section>',
    ]),
  }));
  return bookFiles(
    {
      locale,
      languages: [locale],
      identifier: identifierOf(`${siteUrl}${localePrefix(locale)}`, ebookFile(locale)),
      title: statement.title,
      creators: [{ name: READOUT[locale].publisher, locale }],
      translators: isTranslation(locale) ? [localeConfig(locale).siteTitle] : [],
      description: textNotice(locale),
      documents: [
        {
          file: 'title',
          navLabel: escapeXml(label.titlePage),
          ncxLabel: label.titlePage,
          text: xhtml(locale, statement.title, [
            '<section epub:type="titlepage">',
            ...titleLines(locale, siteUrl, 1),
            '</section>',
          ]),
        },
        ...sections,
      ],
    },
    modified,
  );
}

/**
 * The parallel edition: each paragraph in every language, one after the other. The paragraph keeps its id
 * (`p6`) and the source language's sentences keep theirs (`p6-3`); a translation's sentence adds its language
 * (`p6-3-ru`), since an id names one element of a document.
 */
export function parallelBook(editions: readonly Edition[], siteUrl: string, modified: Date): BookFile[] {
  const [source] = editions;
  if (!source) throw new Error('The parallel e-book needs at least one edition');
  const sourceLocale = source.locale as LocaleCode;
  const inLanguage = (locale: LocaleCode, html: string, element = 'span') =>
    `<${element} ${langAttributes(locale)}>${html}</${element}>`;
  const editionOf = (locale: LocaleCode) => editions.find((edition) => edition.locale === locale)!;
  const locales = editions.map((edition) => edition.locale as LocaleCode);
  const sectionTitles = (id: string) =>
    locales.map((locale) => ({ locale, title: editionOf(locale).sections.find((s) => s.id === id)!.title }));
  const sections: Document[] = source.sections.map((section) => {
    const titles = sectionTitles(section.id);
    return {
      file: section.id,
      navLabel: titles.map(({ locale, title }) => inLanguage(locale, escapeXml(title))).join(' · '),
      ncxLabel: titles.map(({ title }) => title).join(' · '),
      text: xhtml(sourceLocale, section.title, [
        `<section epub:type="chapter" class="parallel" id="${section.id}">`,
        `<h1>${titles.map(({ locale, title }) => inLanguage(locale, escapeXml(title))).join('<br/>')}</h1>`,
        ...source.paragraphs
          .filter((paragraph) => paragraph.section === section.id)
          .flatMap((paragraph) => [
            `<section id="${paragraphId(paragraph.number)}">`,
            ...locales.map((locale, index) => {
              const counterpart = editionOf(locale).paragraphs.find((p) => p.number === paragraph.number)!;
              const sentences = sentencesOf(locale, counterpart, index === 0 ? '' : `-${locale}`);
              return `<p ${langAttributes(locale)}><span class="number">¶${paragraph.number}</span> ${sentences}</p>`;
            }),
            '</section>',
          ]),
        '</section>',
      ]),
    };
  });
  const titlePage = locales.flatMap((locale, index) => [
    `<section ${langAttributes(locale)}>`,
    ...titleLines(locale, siteUrl, index === 0 ? 1 : 2),
    '</section>',
  ]);
  const languageNames = LOCALES.filter(({ code }) => locales.includes(code)).map(({ label }) => label);
  return bookFiles(
    {
      locale: sourceLocale,
      languages: locales,
      identifier: identifierOf(siteUrl, ebookFile('parallel')),
      title: `${STATEMENT[sourceLocale].title} (${languageNames.join(' · ')})`,
      creators: [{ name: READOUT[sourceLocale].publisher, locale: sourceLocale }],
      translators: locales.some(isTranslation) ? [localeConfig(sourceLocale).siteTitle] : [],
      description: locales.map(textNotice).join(' '),
      documents: [
        {
          file: 'title',
          navLabel: escapeXml(localeConfig(sourceLocale).ebook.titlePage),
          ncxLabel: localeConfig(sourceLocale).ebook.titlePage,
          text: xhtml(sourceLocale, STATEMENT[sourceLocale].title, [
            '<section epub:type="titlepage">',
            ...titlePage,
            '</section>',
          ]),
        },
        ...sections,
      ],
    },
    modified,
  );
}
