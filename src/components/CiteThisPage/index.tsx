import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useState, type ReactNode, type SyntheticEvent } from 'react';

import { CITATION_STYLES, type CitationStyleId } from '@site/src/citation/styles';
import type { LocaleCode } from '@site/src/locales';
import { CITATION_FORMATS, DOWNLOADS_PATH, editionFile, type CitationFormat } from '@site/src/statement/downloads';

import styles from './styles.module.css';

const FORMAT_NAMES: Record<CitationFormat, string> = { 'bib': 'BibTeX', 'ris': 'RIS', 'csl.json': 'CSL-JSON' };

interface Props {
  /** The page's path (with the locale prefix), as the docs plugin gives it. */
  readonly permalink: string;
}

/**
 * “Cite this page”, at the end of every statement page: the files for citation managers and, once opened, the
 * page's citation in the reader's style (the CSL engine loads then, never with the page).
 */
export default function CiteThisPage({ permalink }: Props): ReactNode {
  const { siteConfig, i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale as LocaleCode;
  const downloads = useBaseUrl(`${DOWNLOADS_PATH}/`);
  const baseUrl = useBaseUrl('/');
  const [citation, setCitation] = useState<{ text: string; style: CitationStyleId; note?: string }>();

  const show = async (style?: CitationStyleId) => {
    const [{ cite }, { requestedStyle, rememberStyle }] = await Promise.all([
      import('@site/src/citation/load'),
      import('@site/src/components/ParagraphMenu/citationStyle'),
    ]);
    const choice = style ? { style } : requestedStyle(locale);
    if (style) rememberStyle(style);
    const { text, styled } = await cite(baseUrl, locale, choice.style, `${siteConfig.url}${permalink}`);
    setCitation({
      text,
      style: choice.style,
      note: styled
        ? undefined
        : translate({ id: 'citeThisPage.plain', message: 'The citation style could not be loaded: a plain citation.' }),
    });
  };

  const onToggle = (event: SyntheticEvent<HTMLDetailsElement>) => {
    if (event.currentTarget.open && !citation) void show();
  };

  return (
    <details className={styles.cite} onToggle={onToggle}>
      <summary>
        <Translate id="citeThisPage.summary" description="Disclosure at the end of a statement page">
          Cite this page
        </Translate>
      </summary>
      <p className={styles.files}>
        <Translate id="citeThisPage.files" description="Before the links to the citation files">
          For citation managers:
        </Translate>{' '}
        {CITATION_FORMATS.map((format, index) => (
          <span key={format}>
            {index > 0 && ' · '}
            <a href={`${downloads}${editionFile(locale, format)}`} download>
              {FORMAT_NAMES[format]}
            </a>
          </span>
        ))}
      </p>
      {citation && (
        <>
          <label className={styles.style}>
            <Translate id="paragraphMenu.citationStyle">Citation style</Translate>{' '}
            <select value={citation.style} onChange={(event) => void show(event.target.value as CitationStyleId)}>
              {CITATION_STYLES.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          <p className={styles.citation} data-citation="">
            {citation.text}
          </p>
          {citation.note && <p>{citation.note}</p>}
        </>
      )}
    </details>
  );
}
