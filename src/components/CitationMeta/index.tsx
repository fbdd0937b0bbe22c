import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';

import type { LocaleCode } from '@site/src/locales';
import { citationMetaTags } from '@site/src/statement/citationMeta';

interface Props {
  /** The page's path (with the locale prefix), as the docs plugin gives it. */
  readonly permalink: string;
}

/**
 * The statement's bibliographic data in the page's head, as Zotero's connector and Google Scholar read it
 * (Highwire Press `citation_*` and Dublin Core `DC.*` tags), from the same facts as the JSON-LD.
 */
export default function CitationMeta({ permalink }: Props): ReactNode {
  const { siteConfig, i18n } = useDocusaurusContext();
  const tags = citationMetaTags(i18n.currentLocale as LocaleCode, `${siteConfig.url}${permalink}`);
  return (
    <Head>
      {tags.map(([name, content]) => (
        <meta key={name} name={name} content={content} />
      ))}
    </Head>
  );
}
