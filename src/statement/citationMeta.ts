/**
 * Highwire Press (`citation_*`, read by Google Scholar and Zotero) and Dublin Core (`DC.*`) tags for a page of
 * the statement at `pageUrl`: the same title, author, date, language and publisher as the JSON-LD
 * (structuredData.ts), and the readout it is based on as the source. Browser-safe: every statement page renders
 * them (src/components/CitationMeta), from facts its first load already holds.
 */
import { localeConfig, type LocaleCode } from '../locales';
import { SOURCE, STATEMENT, STATEMENT_DATE } from './metadata';

export function citationMetaTags(locale: LocaleCode, pageUrl: string): [string, string][] {
  const statement = STATEMENT[locale];
  const language = localeConfig(locale).htmlLang;
  return [
    ['citation_title', statement.title],
    ['citation_author', statement.speaker],
    ['citation_publication_date', STATEMENT_DATE.replace(/-/g, '/')],
    ['citation_language', language],
    ['citation_public_url', pageUrl],
    ['citation_publisher', SOURCE.publisher],
    ['DC.title', statement.title],
    ['DC.creator', statement.speaker],
    ['DC.date', STATEMENT_DATE],
    ['DC.language', language],
    ['DC.source', `${SOURCE.publisher}: ${SOURCE.title}`],
    ['DC.type', 'Text'],
  ];
}
