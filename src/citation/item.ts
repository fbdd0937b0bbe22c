/**
 * The statement as a CSL-JSON item, in one place: the citations (¶ menu, "Cite this page"), the
 * `.csl.json`, `.bib` and `.ris` downloads and the page's Highwire and Dublin Core tags all describe it from
 * here, and it reads every fact from src/statement/metadata.ts. Browser-safe.
 *
 * The work cited is the Ministry of Foreign Affairs' English readout that this site reproduces (its author is
 * the Ministry: ¶1 and ¶11–¶15 report the meeting, ¶2–¶10 report the statement, as `voiceOf` says); in Chinese
 * and Russian it is this site's translation of that readout, which the item says in the form the locale's
 * standard uses: in Chinese as other title information after the title and “:” (GB/T 7714—2015's format for
 * electronic resources, whose CSL style prints no translator), in Russian as a statement of responsibility
 * after “/” (ГОСТ Р 7.0.5—2008: “/ пер. с англ. …”).
 */
import { localeConfig, type LocaleCode } from '../locales';
import { isTranslation, PROVENANCE, SOURCE, STATEMENT_DATE } from '../statement/metadata';
import { READOUT } from '../statement/readout';

export interface CslDate {
  readonly 'date-parts': readonly (readonly number[])[];
}

export interface CslItem {
  readonly 'id': string;
  readonly 'type': 'webpage';
  readonly 'title': string;
  readonly 'author': readonly { readonly literal: string }[];
  readonly 'translator'?: readonly { readonly literal: string }[];
  readonly 'original-title'?: string;
  readonly 'container-title': string;
  readonly 'issued': CslDate;
  readonly 'accessed'?: CslDate;
  readonly 'URL': string;
  readonly 'language': string;
  /** When this site's text was last revised (its corrections record), said in the text's language. */
  readonly 'note'?: string;
}

export function cslDate(iso: string): CslDate {
  return { 'date-parts': [iso.split('-').map(Number)] };
}

/**
 * The readout as this locale's pages give it, at `url` (the page or the passage), accessed on `accessed`
 * (YYYY-MM-DD: the day the reader copies, or the build's day for the files), its text last revised on `revised`
 * (YYYY-MM-DD, from the locale's corrections record).
 */
export function cslItem(locale: LocaleCode, url: string, accessed?: string, revised?: string): CslItem {
  const { publisher, sentenceCaseTitle } = READOUT[locale];
  const title = sentenceCaseTitle ?? READOUT[locale].title;
  const site = localeConfig(locale).siteTitle;
  const translation = isTranslation(locale) ? PROVENANCE[locale].citedAs : undefined;
  return {
    'id': `statement-${locale}`,
    'type': 'webpage',
    'title': translation?.subtitle ? `${title}: ${translation.subtitle}` : title,
    'author': [{ literal: publisher }],
    ...(translation?.translator ? { translator: [{ literal: `${translation.translator} «${site}»` }] } : {}),
    ...(isTranslation(locale) ? { 'original-title': SOURCE.title } : {}),
    'container-title': site,
    'issued': cslDate(STATEMENT_DATE),
    ...(accessed ? { accessed: cslDate(accessed) } : {}),
    'URL': url,
    'language': localeConfig(locale).htmlLang,
    ...(revised ? { note: PROVENANCE[locale].revised(revised) } : {}),
  };
}
