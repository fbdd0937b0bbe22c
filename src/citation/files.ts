/**
 * The statement as files that citation managers import (Zotero, Mendeley, EndNote, JabRef, BibLaTeX): CSL-JSON,
 * BibTeX (BibLaTeX's `@online`) and RIS, one entry each, all from the one CSL item (item.ts). Pure: the build
 * plugin writes what these return into each locale's `downloads/`.
 */
import type { LocaleCode } from '../locales';
import { CITATION_FORMATS, editionFile, fullTextUrl, type CitationFormat } from '../statement/downloads';
import { cslItem, type CslDate, type CslItem } from './item';

const iso = (date: CslDate) => date['date-parts'][0].map((part) => String(part).padStart(2, '0')).join('-');

export function citationCslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}

/** BibTeX's special characters, escaped for a field in braces (the URL field is verbatim). */
function bibtexText(text: string): string {
  return text
    .replace(/[\\{}]/g, '')
    .replace(/([&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}');
}

/**
 * An English title as BibTeX keeps it: the CSL item holds it in sentence case, where a capital marks a proper
 * name; each such word is braced so that no BibTeX style or importer lowercases it.
 */
function bibtexTitle(item: CslItem): string {
  const title = bibtexText(item.title);
  return item.language === 'en' ? title.replace(/\S*[A-Z]\S*/g, (word) => `{${word}}`) : `{${title}}`;
}

export function citationBibtex(item: CslItem): string {
  const fields: [string, string][] = [
    // Double braces: an institution, not a person whose name BibTeX would split into first and last.
    ['author', `{${bibtexText(item.author[0].literal)}}`],
    ['title', bibtexTitle(item)],
    ...(item.translator ? ([['translator', `{${bibtexText(item.translator[0].literal)}}`]] as [string, string][]) : []),
    ...(item['original-title']
      ? ([
          ['origtitle', `{${bibtexText(item['original-title'])}}`],
          ['origlanguage', 'english'],
        ] as [string, string][])
      : []),
    ['organization', bibtexText(item['container-title'])],
    ['date', iso(item.issued)],
    ['year', String(item.issued['date-parts'][0][0])],
    ['url', item.URL],
    ...(item.accessed ? ([['urldate', iso(item.accessed)]] as [string, string][]) : []),
    ['language', item.language],
    ...(item.note ? ([['note', bibtexText(item.note)]] as [string, string][]) : []),
  ];
  const key = `mfa2023readout-${item.language}`;
  return `@online{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
}

export function citationRis(item: CslItem): string {
  const slashes = (date: CslDate) => iso(date).replace(/-/g, '/');
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['AU', item.author[0].literal],
    ['TI', item.title],
    ...(item.translator ? ([['A4', item.translator[0].literal]] as [string, string][]) : []),
    ...(item['original-title'] ? ([['OP', item['original-title']]] as [string, string][]) : []),
    ['T2', item['container-title']],
    ['PY', String(item.issued['date-parts'][0][0])],
    ['DA', slashes(item.issued)],
    ['UR', item.URL],
    // The access date in Y2, as Zotero writes and reads it: its importer reads VL as the volume and M1 as a
    // number, so the RefMan convention for ELEC (VL the access year, M1 the date) imported “Volume 2026”.
    ...(item.accessed ? ([['Y2', slashes(item.accessed)]] as [string, string][]) : []),
    ['LA', item.language],
    ...(item.note ? ([['N1', item.note]] as [string, string][]) : []),
    ['ER', ''],
  ];
  return `${lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\n')}\n`;
}

/**
 * The statement for citation managers, accessed on `accessed` (the build's day), its text last revised on
 * `revised`: `.bib`, `.ris`, `.csl.json`.
 */
export function citationFiles(
  locale: LocaleCode,
  siteUrl: string,
  accessed: string,
  revised: string,
): [string, string][] {
  const item = cslItem(locale, fullTextUrl(locale, siteUrl), accessed, revised);
  const text: Record<CitationFormat, string> = {
    'bib': citationBibtex(item),
    'ris': citationRis(item),
    'csl.json': citationCslJson(item),
  };
  return CITATION_FORMATS.map((format) => [editionFile(locale, format), text[format]]);
}
