import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { memo, useEffect, type ReactNode } from 'react';

import { LOCALE_CODES, localeConfig, type LocaleCode } from '@site/src/locales';
import Editorial from '@site/src/components/Editorial';
import { GLOSSARY, GLOSSARY_TERMS, TERM_CATEGORIES, type OfficialSource } from '@site/src/glossary';
import { createTranslator } from '@site/src/i18next';
import { glossaryPage as page } from '@site/src/i18next/glossaryPage';
import { paragraphId } from '@site/src/statement/model';
import type { TermOccurrences } from '@site/src/plugins/statement-data';

import styles from './styles.module.css';

const glossary = createTranslator('glossary', GLOSSARY);

interface Props {
  readonly locale: LocaleCode;
  /** Where each term occurs in this locale's text, found at build by src/plugins/statement-data. */
  readonly occurrences: TermOccurrences;
}

interface EntryProps {
  readonly id: string;
  readonly locale: LocaleCode;
  readonly occurrences: TermOccurrences[string];
}

interface RenderingProps {
  readonly official: OfficialSource | undefined;
  readonly conventional: boolean;
  readonly t: ReturnType<typeof page.getFixedT>;
  /** The page's locale, in whose language and typography the line is written. */
  readonly locale: LocaleCode;
  /** The language of the form, and of its source's publisher and title. */
  readonly sourceLang: string;
}

/**
 * Whose rendering a form is: “Official rendering — publisher, 2023-07-04” (a link only to the text's verified
 * address; an ISO date, as a list of sources writes it), a conventional form the site did not translate, or this
 * site's own.
 */
function Rendering({ official, conventional, t, locale, sourceLang }: RenderingProps): ReactNode {
  const lang = localeConfig(locale).htmlLang;
  if (!official)
    return (
      <small className={styles.rendering} lang={lang}>
        {t(conventional ? 'conventional' : 'siteRendering')}
      </small>
    );
  return (
    <small className={styles.rendering} lang={lang}>
      {t('official')}
      {official.url ? (
        <a href={official.url} title={official.title} lang={sourceLang}>
          {official.publisher}
        </a>
      ) : (
        <span title={official.title} lang={sourceLang}>
          {official.publisher}
        </span>
      )}
      {localeConfig(locale).typography.comma}
      <time dateTime={official.date}>{official.date}</time>
    </small>
  );
}

/** One term. */
const GlossaryEntry = memo(function GlossaryEntry({ id, locale, occurrences }: EntryProps) {
  const t = page.getFixedT(locale);
  const entry = glossary.getFixedT(locale);
  const form = (code: LocaleCode) => glossary.getFixedT(code)(`${id}.term`);
  return (
    <article className={styles.entry} aria-labelledby={id}>
      <Heading as="h3" id={id} className={styles.term}>
        {entry(`${id}.term`)}
      </Heading>
      <dl className={styles.forms}>
        {LOCALE_CODES.map((code) => (
          <div key={code}>
            <dt>{localeConfig(code).label}</dt>
            <dd lang={localeConfig(code).htmlLang}>
              {form(code)}
              <Rendering
                official={GLOSSARY[code][id].official}
                conventional={GLOSSARY[code][id].conventional === true}
                t={t}
                locale={locale}
                sourceLang={localeConfig(code).htmlLang}
              />
            </dd>
          </div>
        ))}
      </dl>
      <p className={styles.note}>{entry(`${id}.note`)}</p>
      <p className={styles.occurrences}>
        {t('occursIn')}{' '}
        {occurrences.map(({ number, path }, index) => (
          <span key={number}>
            {index > 0 && ' '}
            <Link to={`${path}#${paragraphId(number)}`} aria-label={t('paragraph', { number })}>
              ¶{number}
            </Link>
          </span>
        ))}
      </p>
    </article>
  );
});

/** The page's text: headings, the editorial note, the categories and every entry. */
export default function GlossaryContent({ locale, occurrences }: Props): ReactNode {
  const t = page.getFixedT(locale);
  // In the browser this renders only after a client-side navigation, once its code has loaded (see Glossary): by
  // then the router has looked for the address's entry (`/glossary#sco`) before it existed.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);
  return (
    <>
      <Heading as="h1">{t('heading')}</Heading>
      <Editorial title={t('aboutTitle')}>
        <p>{t('about', { count: GLOSSARY_TERMS.length })}</p>
      </Editorial>
      <nav aria-label={t('categoriesLabel')}>
        <ul className={styles.categories}>
          {TERM_CATEGORIES.map((category) => (
            <li key={category}>
              <Link to={`#${category}`}>{t(`category.${category}`)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {TERM_CATEGORIES.map((category) => (
        <section key={category} aria-labelledby={category}>
          <Heading as="h2" id={category}>
            {t(`category.${category}`)}
          </Heading>
          {GLOSSARY_TERMS.filter((term) => term.category === category).map(({ id }) => (
            <GlossaryEntry key={id} id={id} locale={locale} occurrences={occurrences[id] ?? []} />
          ))}
        </section>
      ))}
    </>
  );
}
