/**
 * Highwire Press (`citation_*`, read by Google Scholar and Zotero) and Dublin Core (`DC.*`) tags for a page of
 * the statement at `pageUrl`: the same title, author, date, language and publisher as the JSON-LD
 * (structuredData.ts), and the texts it is based on as its sources. The author is the readout's publisher, as in
 * the citations: the readout reports the speaker's words (¶2–¶10) and the meeting (¶1, ¶11–¶15). Browser-safe: every statement page renders
 * them (src/components/CitationMeta), from facts its first load already holds.
 */
import { localeConfig, type LocaleCode } from '../locales';
import { PROVENANCE, SOURCE, STATEMENT, STATEMENT_DATE } from './metadata';
import { READOUT } from './readout';

export function citationMetaTags(locale: LocaleCode, pageUrl: string): [string, string][] {
  const statement = STATEMENT[locale];
  const language = localeConfig(locale).htmlLang;
  return [
    ['citation_title', statement.title],
    ['citation_author', READOUT[locale].publisher],
    ['citation_publication_date', STATEMENT_DATE.replace(/-/g, '/')],
    ['citation_language', language],
    ['citation_public_url', pageUrl],
    ['citation_publisher', SOURCE.publisher],
    ['DC.title', statement.title],
    ['DC.creator', READOUT[locale].publisher],
    ['DC.date', STATEMENT_DATE],
    ['DC.language', language],
    ...PROVENANCE[locale].basedOn.map(({ publisher, title }): [string, string] => [
      'DC.source',
      `${publisher}: ${title}`,
    ]),
    ['DC.description', PROVENANCE[locale].about],
    ['DC.type', 'Text'],
  ];
}
