import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Layout from '@theme/Layout';
import { lazy, Suspense, type ReactNode } from 'react';

import type { LocaleCode } from '@site/src/locales';
import StaticMarkup from '@site/src/components/StaticMarkup';
import type { PageHead } from '@site/src/i18next';
import type { TermOccurrences } from '@site/src/plugins/statement-data';

import styles from './styles.module.css';

// Its code (i18next, and every entry in three languages) loads only when the page renders in the browser, after a
// client-side navigation: a first load hydrates the server's markup and never renders it.
const GlossaryContent = lazy(() => import('./GlossaryContent'));

interface Props {
  /** Where each term occurs in this locale's text, found at build by src/plugins/statement-data. */
  readonly occurrences: TermOccurrences;
  /** The page's title and description in its locale, resolved at build by the same plugin. */
  readonly head: PageHead;
}

/** The statement's key terms, each in the three languages, with a note and the paragraphs where it occurs. */
export default function Glossary({ occurrences, head }: Props): ReactNode {
  const { i18n } = useDocusaurusContext();
  const isBrowser = useIsBrowser();
  const content = <GlossaryContent locale={i18n.currentLocale as LocaleCode} occurrences={occurrences} />;
  return (
    <Layout title={head.title} description={head.description}>
      <main className={styles.main}>
        {/* Hundreds of nodes with nothing to do once shown, and the translations' lookups and plural rules (a
            long task on a phone's first load): hydration keeps the server's markup, and runs none of them. */}
        <StaticMarkup>
          {/* No boundary on the server: the render waits for the text and writes it in place. A boundary there
              would send text this long after the page's end, for an inline script to move. */}
          {isBrowser ? <Suspense>{content}</Suspense> : content}
        </StaticMarkup>
      </main>
    </Layout>
  );
}
