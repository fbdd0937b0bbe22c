import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ReactNode } from 'react';

import { LOCALES } from '@site/src/locales';
import {
  ALIGNED_FILES,
  CITATION_FORMATS,
  DOWNLOADS_PATH,
  EDITION_FORMATS,
  ebookFile,
  editionFile,
  TMX_FILE,
  type CitationFormat,
  type EditionFormat,
} from '@site/src/statement/downloads';

import styles from './styles.module.css';

const FORMAT_NAMES: Record<EditionFormat | CitationFormat, string> = {
  'json': 'JSON',
  'md': 'Markdown',
  'txt': 'TXT',
  'bib': 'BibTeX',
  'ris': 'RIS',
  'csl.json': 'CSL-JSON',
};

/**
 * The statement as data (written at build by src/plugins/statement-data): each language as data, text and e-book;
 * all three aligned (data, and a translation memory for CAT tools); the parallel e-book.
 */
export default function Downloads(): ReactNode {
  const base = useBaseUrl(`${DOWNLOADS_PATH}/`);
  const file = (name: string, label: string) => (
    <a href={`${base}${name}`} download>
      {label}
    </a>
  );
  return (
    <table className={styles.downloads}>
      <caption>
        <Translate id="downloads.caption" description="Caption of the table of data downloads">
          The statement as data: paragraphs and sentences with the same ids as on the site (¶1–¶15, p6-3)
        </Translate>
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="downloads.text">Text</Translate>
          </th>
          <th scope="col">
            <Translate id="downloads.files">Files</Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {LOCALES.map(({ code, label, htmlLang }) => (
          <tr key={code}>
            <th scope="row" lang={htmlLang}>
              {label}
            </th>
            <td>
              {EDITION_FORMATS.map((format, index) => (
                <span key={format}>
                  {index > 0 && ' · '}
                  {file(editionFile(code, format), FORMAT_NAMES[format])}
                </span>
              ))}
              {' · '}
              {file(ebookFile(code), translate({ id: 'downloads.ebook', message: 'EPUB (e-book)' }))}
              <br />
              <span className={styles.cite}>
                {translate({
                  id: 'downloads.citationFiles',
                  message: 'To cite it (citation managers):',
                  description: 'Before the BibTeX, RIS and CSL-JSON links of one language',
                })}{' '}
                {CITATION_FORMATS.map((format, index) => (
                  <span key={format}>
                    {index > 0 && ' · '}
                    {file(editionFile(code, format), FORMAT_NAMES[format])}
                  </span>
                ))}
              </span>
            </td>
          </tr>
        ))}
        <tr>
          <th scope="row">
            {translate({ id: 'downloads.aligned', message: 'All three, aligned sentence by sentence' })}
          </th>
          <td>
            {file(ALIGNED_FILES[0], 'JSON')} · {file(ALIGNED_FILES[1], 'TSV')} ·{' '}
            {file(TMX_FILE, translate({ id: 'downloads.tmx', message: 'TMX (translation memory)' }))}
          </td>
        </tr>
        <tr>
          <th scope="row">
            {translate({ id: 'downloads.parallelEbook', message: 'All three, paragraph by paragraph, as an e-book' })}
          </th>
          <td>{file(ebookFile('parallel'), 'EPUB')}</td>
        </tr>
      </tbody>
    </table>
  );
}
