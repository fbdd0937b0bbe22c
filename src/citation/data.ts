/**
 * Where the citation styles are served: the build writes each style, with the CSL locale of the page's language,
 * to `citation/<style>.json` in every locale's output; the ¶ menu fetches the one it needs on first use, so
 * neither the styles nor the CSL engine are part of any page's first load. Browser-safe.
 */
import { localeConfig, type LocaleCode, type CitationConventions } from '../locales';
import type { CslNode } from './cslData';
import type { StyleData } from './format';
import { localizeLocaleDates, localizeStyleDates } from './localDates';
import type { CitationStyleId } from './styles';

export const CITATION_PATH = '/citation';

export function citationDataFile(style: CitationStyleId): string {
  return `${style}.json`;
}

type TermForms = NonNullable<CitationConventions['paragraphTerm']>;

function withParagraphTerm(node: CslNode, forms: TermForms): CslNode {
  const form = node.attrs.form ?? 'long';
  if (node.name === 'term' && node.attrs.name === 'paragraph' && (form === 'long' || form === 'short')) {
    const [single, multiple] = forms[form];
    return {
      ...node,
      children: [
        { name: 'single', attrs: {}, children: [single] },
        { name: 'multiple', attrs: {}, children: [multiple] },
      ],
    };
  }
  return {
    ...node,
    children: node.children.map((child) => (typeof child === 'string' ? child : withParagraphTerm(child, forms))),
  };
}

/** A style with the CSL locale of the page's language, dates and paragraph terms as that language writes them. */
export function styleData(locale: LocaleCode, style: CslNode, localeOf: (lang: string) => CslNode): StyleData {
  const conventions: CitationConventions = localeConfig(locale).citation;
  const cslLocale = localizeLocaleDates(localeOf(conventions.cslLocale), locale);
  const { paragraphTerm } = conventions;
  return {
    style: localizeStyleDates(style, locale),
    locale: paragraphTerm ? withParagraphTerm(cslLocale, paragraphTerm) : cslLocale,
    lang: conventions.cslLocale,
  };
}
