/**
 * The statement as data, written at build into each locale's `downloads/`: per language a JSON file
 * (metadata, paragraphs, sentences with their ids and addresses), Markdown and plain text; and the three
 * languages aligned sentence by sentence (JSON and TSV). Pure: the build plugin writes what these return.
 */
import { LOCALES, localeConfig, localePrefix, writesWithSpaces, type LocaleCode } from '../locales';
import {
  dateIn,
  isTranslation,
  officialPublications,
  PROVENANCE,
  SOURCE,
  STATEMENT,
  STATEMENT_DATE,
  type Publication,
} from './metadata';
import { PARAGRAPH_COUNT, paragraphId, SECTIONS, type AlignedSentence, type Edition } from './model';

export const DOWNLOADS_PATH = '/downloads';

export type EditionFormat = 'json' | 'md' | 'txt';
export const EDITION_FORMATS: readonly EditionFormat[] = ['json', 'md', 'txt'];
export const ALIGNED_FILES = ['statement.aligned.json', 'statement.aligned.tsv'] as const;

/** The files for citation managers (written from src/citation/files.ts). */
export const CITATION_FORMATS = ['bib', 'ris', 'csl.json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export function editionFile(locale: LocaleCode, format: EditionFormat | CitationFormat): string {
  return `statement.${locale}.${format}`;
}

/** The e-books (written from src/statement/epub/): one per language, and the parallel edition. */
export function ebookFile(edition: LocaleCode | 'parallel'): string {
  return `statement.${edition}.epub`;
}

/** The translation memory, for CAT tools (written from src/statement/tmx.ts). */
export const TMX_FILE = 'statement.tmx';

/** Every file in `downloads/`, in the order the Downloads section lists them. */
export function downloadFiles(): string[] {
  return [
    ...LOCALES.flatMap(({ code }) => [...EDITION_FORMATS.map((format) => editionFile(code, format)), ebookFile(code)]),
    ...ALIGNED_FILES,
    TMX_FILE,
    ebookFile('parallel'),
    ...LOCALES.flatMap(({ code }) => CITATION_FORMATS.map((format) => editionFile(code, format))),
  ];
}

/** The page the citation files cite: the full text, in the locale's language. */
export function fullTextUrl(locale: LocaleCode, siteUrl: string): string {
  return `${siteUrl}${localePrefix(locale)}${SECTIONS.find((s) => s.kind === 'full-text')!.path}`;
}

function metadata(edition: Edition, siteUrl: string, revised: string) {
  const locale = edition.locale as LocaleCode;
  const statement = STATEMENT[locale];
  return {
    title: statement.title,
    speaker: statement.speaker,
    meeting: statement.meeting,
    place: statement.place,
    date: STATEMENT_DATE,
    language: localeConfig(locale).htmlLang,
    /** The English readout is the source; the Chinese and Russian texts are this site's. */
    translation: isTranslation(locale),
    /** What the text is and what it is based on, in its language. */
    note: PROVENANCE[locale].about,
    source: SOURCE,
    basedOn: PROVENANCE[locale].basedOn,
    /** The day this site's text was last revised (YYYY-MM-DD, from its corrections record). */
    revised,
    /** The official texts in this language (the speech and readouts as their publishers published them). */
    official: officialPublications(locale),
    url: `${siteUrl}${localePrefix(locale)}/`,
    citation: `Paragraphs are numbered ¶1–¶${PARAGRAPH_COUNT} and sentences p{n}-{k}; the ids are the same in every language.`,
  };
}

export function editionJson(edition: Edition, siteUrl: string, revised: string): string {
  const base = `${siteUrl}${localePrefix(edition.locale as LocaleCode)}`;
  const pathOf = (section: string) => edition.sections.find((s) => s.id === section)!.path;
  const document = {
    metadata: metadata(edition, siteUrl, revised),
    sections: edition.sections.map(({ id, title }) => ({
      id,
      title,
      url: `${base}${pathOf(id)}`,
      paragraphs: edition.paragraphs.filter((p) => p.section === id).map((p) => p.number),
    })),
    paragraphs: edition.paragraphs.map((p) => ({
      id: paragraphId(p.number),
      number: p.number,
      section: p.section,
      url: `${base}${pathOf(p.section)}#${paragraphId(p.number)}`,
      text: p.text,
      sentences: p.sentences.map((s) => ({ id: s.id, text: s.text, url: `${base}${pathOf(p.section)}#${s.id}` })),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * A publication as its language cites it, with the language's title quotes and commas (《》 and full-width
 * commas in Chinese, «» in Russian, “” in English); its address when it has a verified one, else who published
 * it and when.
 */
function reference({ publisher, title, date, url }: Publication, locale: LocaleCode): string {
  const published = PROVENANCE[locale].publishedBy(publisher, dateIn(locale, date));
  const { titleQuotes, comma } = localeConfig(locale).typography;
  return `${titleQuotes[0]}${title}${titleQuotes[1]}${comma}${published}${url ? `${comma}${url}` : ''}`;
}

/** The lines that name what the text is based on: the English readout and the official texts in its language. */
export function sourceLines(locale: LocaleCode): string[] {
  const { sourceLabel, officialLabel } = PROVENANCE[locale];
  return [
    `${sourceLabel}${reference(SOURCE, locale)}`,
    ...officialPublications(locale).map((publication) => `${officialLabel}${reference(publication, locale)}`),
  ];
}

/** The lines that say what the text is, when it was last revised, and what it is based on. */
function provenance(locale: LocaleCode, revised: string): string[] {
  const { about } = PROVENANCE[locale];
  return [
    `${about}${writesWithSpaces(locale) ? ' ' : ''}${PROVENANCE[locale].revised(revised)}`,
    ...sourceLines(locale),
  ];
}

export function editionMarkdown(edition: Edition, siteUrl: string, revised: string): string {
  const meta = metadata(edition, siteUrl, revised);
  const lines = [
    `# ${meta.title}`,
    '',
    `${meta.speaker} · ${meta.meeting} · ${meta.place} · ${STATEMENT_DATE}`,
    '',
    `<${meta.url}>`,
    '',
    // One quoted paragraph per fact: what the text is, its source, the official texts.
    ...provenance(edition.locale as LocaleCode, revised).flatMap((line, index) =>
      index ? ['>', `> ${line}`] : [`> ${line}`],
    ),
  ];
  for (const section of edition.sections) {
    lines.push('', `## ${section.title}`);
    for (const p of edition.paragraphs.filter((paragraph) => paragraph.section === section.id)) {
      lines.push('', `¶${p.number} ${p.text}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function editionText(edition: Edition, siteUrl: string, revised: string): string {
  const meta = metadata(edition, siteUrl, revised);
  const header = [
    meta.title,
    `${meta.speaker} · ${meta.meeting} · ${meta.place} · ${STATEMENT_DATE}`,
    meta.url,
    ...provenance(edition.locale as LocaleCode, revised),
  ];
  return `${[header.join('\n'), ...edition.paragraphs.map((p) => `[${p.number}] ${p.text}`)].join('\n\n')}\n`;
}

export function alignedJson(aligned: readonly AlignedSentence[], locales: readonly LocaleCode[]): string {
  const document = {
    languages: locales,
    sentences: aligned.map(({ id, paragraph, sentence, text }) => ({
      id,
      paragraph,
      sentence,
      ...Object.fromEntries(locales.map((locale) => [locale, text[locale]])),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Tab-separated, one sentence per row; the text holds no tab or line break (checked, not escaped). */
export function alignedTsv(aligned: readonly AlignedSentence[], locales: readonly LocaleCode[]): string {
  const rows = aligned.map(({ id, text }) => [id, ...locales.map((locale) => text[locale])]);
  for (const cell of rows.flat()) {
    if (/[\t\r\n]/.test(cell)) throw new Error(`A sentence holds a tab or line break: ${cell.slice(0, 60)}`);
  }
  return `${[['id', ...locales], ...rows].map((row) => row.join('\t')).join('\n')}\n`;
}
