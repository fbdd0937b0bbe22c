import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { lazy, Suspense, useState, type ReactNode } from 'react';

import type { LocaleCode } from '@site/src/locales';
import { CITATION_FORMATS, DOWNLOADS_PATH, editionFile, type CitationFormat } from '@site/src/statement/downloads';

import styles from './styles.module.css';

// The citation itself (style choice, CSL engine) loads when the reader opens the box, never with the page.
const PageCitation = lazy(() => import('./PageCitation'));

const FORMAT_NAMES: Record<CitationFormat, string> = { 'bib': 'BibTeX', 'ris': 'RIS', 'csl.json': 'CSL-JSON' };

interface Props {
  /** The page's path (with the locale prefix), as the docs plugin gives it. */
  readonly permalink: string;
}

/** “Cite this page”, at the end of every statement page: the files for citation managers and the citation. */
export default function CiteThisPage({ permalink }: Props): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale as LocaleCode;
  const downloads = useBaseUrl(`${DOWNLOADS_PATH}/`);
  const [opened, setOpened] = useState(false);
  return (
    <details className={styles.cite} onToggle={(event) => setOpened(opened || event.currentTarget.open)}>
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
      {opened && (
        <Suspense fallback={null}>
          <PageCitation permalink={permalink} />
        </Suspense>
      )}
    </details>
  );
}
