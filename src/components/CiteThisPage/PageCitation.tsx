import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useEffect, useState, type ReactNode } from 'react';

import { cite, lastRevised } from '@site/src/citation/load';
import { CITATION_STYLES, type CitationStyleId } from '@site/src/citation/styles';
import { rememberStyle, requestedStyle } from '@site/src/components/ParagraphMenu/citationStyle';
import type { LocaleCode } from '@site/src/locales';

import styles from './styles.module.css';

interface Props {
  readonly permalink: string;
}

/** The page's citation in the reader's style (loaded when “Cite this page” is first opened). */
export default function PageCitation({ permalink }: Props): ReactNode {
  const { siteConfig, i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale as LocaleCode;
  const baseUrl = useBaseUrl('/');
  const [style, setStyle] = useState<CitationStyleId>(() => requestedStyle(locale).style);
  const [citation, setCitation] = useState<{ text: string; styled: boolean }>();
  const revised = lastRevised(siteConfig);

  useEffect(() => {
    let current = true;
    void cite(baseUrl, locale, style, `${siteConfig.url}${permalink}`, revised).then((result) => {
      if (current) setCitation(result);
    });
    return () => {
      current = false;
    };
  }, [baseUrl, locale, style, siteConfig.url, permalink, revised]);

  return (
    <>
      <label className={styles.style}>
        <Translate id="paragraphMenu.citationStyle">Citation style</Translate>{' '}
        <select
          value={style}
          onChange={(event) => {
            const next = event.target.value as CitationStyleId;
            setStyle(next);
            rememberStyle(next);
          }}>
          {CITATION_STYLES.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {citation && (
        <p className={styles.citation} data-citation="">
          {citation.text}
        </p>
      )}
      {citation && !citation.styled && (
        <p>
          {translate({
            id: 'citeThisPage.plain',
            message: 'The citation style could not be loaded: a plain citation.',
          })}
        </p>
      )}
    </>
  );
}
