import { translate } from '@docusaurus/Translate';
import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import clsx from 'clsx';
import { useEffect, useState, type ReactNode } from 'react';

import { DEFAULT_LOCALE, localeConfig, localePrefix, writesWithSpaces, type LocaleCode } from '@site/src/locales';
import {
  dateIn,
  isTranslation,
  officialPublications,
  PROVENANCE,
  type Publication,
} from '@site/src/statement/metadata';
import { SECTIONS, parseAnchor, sectionOfParagraph } from '@site/src/statement/model';

import styles from './styles.module.css';

interface Props {
  /**
   * `page`: a statement page (a section or the full text), whose English original is the same path in English.
   * `parallel`: the parallel view, whose English original is the section page of the passage in the address.
   */
  readonly variant: 'page' | 'parallel';
  /** The languages shown (the parallel view's columns); a page shows its own. */
  readonly languages?: readonly LocaleCode[];
}

const FULL_TEXT_PATH = SECTIONS.find((section) => section.id === 'full-text')!.path;

/**
 * The address's hash, once hydrated and after every change (in-page links, the ¶ menu, a sentence link):
 * the server renders no hash, so the first client render matches it and this effect adds it.
 */
function useHash(): string {
  const location = useLocation();
  const [hash, setHash] = useState('');
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, [location]);
  return hash;
}

/** The English page of the passage a reader is on, with the passage's hash when the address has one. */
function useEnglishOriginal(variant: Props['variant'], locale: LocaleCode): string {
  const { pathname } = useLocation();
  const hash = useHash();
  if (variant === 'parallel') {
    const anchor = parseAnchor(hash);
    const section = anchor ? sectionOfParagraph(anchor.paragraph) : undefined;
    return section ? `${section.path}${hash}` : FULL_TEXT_PATH;
  }
  const prefix = localePrefix(locale);
  const path = pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
  return `${path.replace(/\/$/, '') || '/'}${hash}`;
}

/** On English pages: what the English text is, once, plainly. */
function SourceNote(): ReactNode {
  return (
    <div
      role="note"
      className={styles.notice}
      data-notice="source"
      aria-label={translate({
        id: 'sourceNotice.label',
        message: 'About this text',
        description: 'Accessible name of the note that says what the English text is',
      })}>
      {PROVENANCE[DEFAULT_LOCALE].about}
    </div>
  );
}

/**
 * An official publication: a link to the text where its address is verified; else its title, publisher and
 * date, and no link (a publisher's home page is not the text).
 */
function PublicationReference({ publication, locale }: { publication: Publication; locale: LocaleCode }): ReactNode {
  const lang = localeConfig(publication.language).htmlLang;
  const [open, close] = localeConfig(publication.language).typography.titleQuotes;
  const title = `${open}${publication.title}${close}`;
  const published = PROVENANCE[locale].publishedBy(publication.publisher, dateIn(locale, publication.date));
  return (
    <>
      {publication.url ? (
        <a href={publication.url} lang={lang} data-official="">
          {title}
        </a>
      ) : (
        <cite lang={lang}>{title}</cite>
      )}
      {writesWithSpaces(locale) ? `, ${published}` : `，${published}`}
    </>
  );
}

/**
 * The notice on every page that shows the Chinese or Russian text: what the text is and what it is based on
 * (PROVENANCE), where the English original of the passage is, and which official texts exist.
 * Outside the statement's text, not dismissable, printed, announced as a note.
 */
export default function TranslationNotice({ variant, languages }: Props): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale as LocaleCode;
  const shown = languages ?? [locale];
  const translated = shown.filter(isTranslation);
  const original = useEnglishOriginal(variant, locale);
  if (translated.length === 0) return variant === 'page' ? <SourceNote /> : null;
  const publications = translated.flatMap((code) => officialPublications(code));
  // Chinese puts no space after its full-width punctuation and lists with 、.
  const spaced = writesWithSpaces(locale);
  const space = spaced ? ' ' : '';
  return (
    <div
      role="note"
      className={clsx(styles.notice, styles.translation)}
      data-notice="translation"
      aria-label={translate({
        id: 'translationNotice.label',
        message: 'About this translation',
        description: 'Accessible name of the note that says the text is a translation',
      })}>
      {variant === 'page' ? PROVENANCE[locale].about : PROVENANCE[locale].columns}
      {space}
      <a href={original} hrefLang={localeConfig(DEFAULT_LOCALE).htmlLang} data-original="">
        {translate({
          id: 'translationNotice.original',
          message: 'English original',
          description: 'Link to the English page of the same passage',
        })}
      </a>
      <span aria-hidden="true"> · </span>
      {translate({
        id: 'translationNotice.official',
        message: 'Official texts:',
        description: 'Before the links to the official Chinese and Russian publications',
      })}
      {space}
      {publications.map((publication, index) => (
        <span key={publication.title}>
          {index > 0 && (spaced ? '; ' : '；')}
          <PublicationReference publication={publication} locale={locale} />
        </span>
      ))}
    </div>
  );
}
