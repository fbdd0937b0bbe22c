import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';

import { localeConfig, type LocaleCode } from '@site/src/locales';
import { IDS_FROZEN_ON, type CorrectionsRecord } from '@site/src/statement/corrections';
import { CORRECTIONS_FEED_PATH, correctionAnchor } from '@site/src/statement/correctionsFeed';
import en from '@site/src/statement/ids/en.corrections.json';
import ru from '@site/src/statement/ids/ru.corrections.json';
import zhHans from '@site/src/statement/ids/zh-Hans.corrections.json';
import { dateIn } from '@site/src/statement/metadata';
import { parseAnchor, sectionOfParagraph } from '@site/src/statement/model';

import styles from './corrections.module.css';

const RECORDS: Record<LocaleCode, CorrectionsRecord> = { en, 'zh-Hans': zhHans, ru };

/** Every change to a published sentence of this language's text, newest first, each linking its sentence. */
export default function Corrections(): ReactNode {
  const { i18n, siteConfig } = useDocusaurusContext();
  const locale = i18n.currentLocale as LocaleCode;
  const { corrections } = RECORDS[locale];
  const feed = useBaseUrl(CORRECTIONS_FEED_PATH);
  const title = translate({ id: 'corrections.title', message: 'Corrections', description: 'Corrections page title' });
  const feedTitle = translate(
    { id: 'corrections.feed.title', message: 'Corrections: {site}', description: 'The Atom feed’s title' },
    { site: localeConfig(locale).siteTitle },
  );
  return (
    <Layout
      title={title}
      description={translate({
        id: 'corrections.description',
        message:
          'Every change to a published sentence of this text, newest first: its date, its old and new wording and the reason.',
        description: 'Corrections page meta description and feed subtitle',
      })}>
      <Head>
        {/* Absolute, as the page's other alternates: a feed reader keeps the address it is given. */}
        <link rel="alternate" type="application/atom+xml" title={feedTitle} href={`${siteConfig.url}${feed}`} />
      </Head>
      <main className={styles.main}>
        <Heading as="h1">{title}</Heading>
        <p className={styles.intro}>
          <Translate
            id="corrections.intro"
            description="What the corrections page is; {feed} is the link to the Atom feed"
            values={{
              feed: (
                <a href={feed} type="application/atom+xml">
                  <Translate id="corrections.feed" description="Link text of the corrections' Atom feed">
                    Atom feed
                  </Translate>
                </a>
              ),
            }}>
            {
              'A published sentence keeps its address (#p6-4) for good; when its wording changes, the change is listed here with its date, its old and new wording and the reason, newest first. Follow the changes in a feed reader: {feed}.'
            }
          </Translate>
        </p>
        {corrections.length === 0 ? (
          <p data-corrections="none">
            {translate(
              {
                id: 'corrections.none',
                message: 'No sentence of this text has changed since its addresses were frozen on {date}.',
                description: 'On the corrections page of a text without corrections',
              },
              { date: dateIn(locale, IDS_FROZEN_ON) },
            )}
          </p>
        ) : (
          <ol className={styles.list} data-corrections="">
            {corrections.map((correction) => {
              const { paragraph, sentence } = parseAnchor(correction.id)!;
              const reference = translate(
                { id: 'shortLink.reference.sentence', message: '¶{paragraph}, sentence {sentence}' },
                { paragraph, sentence: sentence! },
              );
              return (
                <li key={correctionAnchor(correction)} id={correctionAnchor(correction)} className={styles.entry}>
                  <Heading as="h2" className={styles.heading}>
                    <Link to={`${sectionOfParagraph(paragraph)!.path}#${correction.id}`}>{reference}</Link>
                    {' · '}
                    <time dateTime={correction.date}>{dateIn(locale, correction.date)}</time>
                  </Heading>
                  <dl className={styles.change}>
                    <dt>
                      <Translate id="corrections.before" description="Label of a sentence's old wording">
                        Before
                      </Translate>
                    </dt>
                    <dd>
                      <del>{correction.before}</del>
                    </dd>
                    <dt>
                      <Translate id="corrections.after" description="Label of a sentence's new wording">
                        After
                      </Translate>
                    </dt>
                    <dd>
                      <ins>{correction.after}</ins>
                    </dd>
                    <dt>
                      <Translate id="corrections.reason" description="Label of the reason for a change">
                        Reason
                      </Translate>
                    </dt>
                    <dd>{correction.reason}</dd>
                  </dl>
                </li>
              );
            })}
          </ol>
        )}
      </main>
    </Layout>
  );
}
