import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';

import Editorial from '@site/src/components/Editorial';
import StaticMarkup from '@site/src/components/StaticMarkup';
import { localeConfig, writesWithSpaces, type LocaleCode } from '@site/src/locales';
import { GLOSSARY_PATH, PARALLEL_PATH } from '@site/src/sitePaths';
import { PROVENANCE, STATEMENT } from '@site/src/statement/metadata';
import {
  OUTLINE,
  PARAGRAPH_COUNT,
  POINT_SECTIONS,
  SECTIONS,
  sectionOfParagraph,
  sentenceId,
} from '@site/src/statement/model';

import { paragraphRange, useSectionTitles } from './_components/sectionTitles';
import styles from './index.module.css';

const POINT_4 = sectionOfParagraph(7)!;

/**
 * A figure as the language's own text writes it (¶7): “1,000” in English; “1000” in Chinese and Russian, which
 * group digits only from five on (“10 000”).
 */
function figureFormatter(locale: string): (value: number) => string {
  const grouped = new Intl.NumberFormat(locale);
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const { groupsFourDigits } = localeConfig(locale).typography;
  return (value) => (!groupsFourDigits && value < 10000 ? plain : grouped).format(value);
}

function KeyFigures(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const format = figureFormatter(i18n.currentLocale);
  // Chinese puts its measure word right after the number (1000个), without a space.
  const space = writesWithSpaces(i18n.currentLocale) ? ' ' : '';
  const figures = [
    {
      value: 1000,
      label: translate({
        id: 'home.figures.scholarships',
        message: 'International Chinese Language Teachers Scholarships',
      }),
    },
    {
      value: 3000,
      label: translate({ id: 'home.figures.summerCamps', message: '“Chinese Bridge” summer camp places' }),
    },
    {
      value: 100,
      label: translate({
        id: 'home.figures.scientists',
        message: 'young scientists invited to China for research exchanges',
      }),
    },
  ];
  return (
    <Editorial
      title={translate({ id: 'home.figures.title', message: 'Key figures: China’s offer for the next three years' })}>
      <ul className={styles.figures}>
        {figures.map(({ value, label }) => (
          <li key={value}>
            <span className={styles.figure}>{format(value)}</span>
            {space}
            {label}
          </li>
        ))}
      </ul>
      <p>
        <Link to={`${POINT_4.path}#${sentenceId(7, 4)}`}>
          <Translate id="home.figures.source">Source: Point 4, ¶7, sentence 4</Translate>
        </Link>
      </p>
    </Editorial>
  );
}

/** The landing page's text: the same on every render, so it hydrates as the server wrote it (StaticMarkup). */
function LandingContent(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const statementTitle = STATEMENT[i18n.currentLocale as LocaleCode].title;
  const sectionTitles = useSectionTitles();
  return (
    <>
      <header className={styles.hero}>
        <p className={styles.kicker}>
          <Translate id="home.meeting">
            Shanghai Cooperation Organization · 23rd Meeting of the Council of Heads of State
          </Translate>
        </p>
        <Heading as="h1" className={styles.title}>
          {statementTitle}
        </Heading>
        <p className={styles.byline}>
          <Translate id="home.byline">
            Statement by President Xi Jinping · 4 July 2023 · by video link from Beijing
          </Translate>
        </p>
        <div className={styles.actions}>
          <Link className="button button--primary button--lg" to={SECTIONS[0].path}>
            <Translate id="home.actions.read">Read the statement</Translate>
          </Link>
          <Link className="button button--secondary button--lg" to={SECTIONS.find((s) => s.id === 'full-text')!.path}>
            <Translate id="home.actions.fullText">Full text on one page</Translate>
          </Link>
        </div>
      </header>

      <Editorial title={translate({ id: 'home.orientation.title', message: 'About this text' })}>
        <p>
          <Translate id="home.orientation.text">
            The readout published by China’s Ministry of Foreign Affairs has fifteen paragraphs: the meeting and the
            statement’s context (¶1–¶3), Xi Jinping’s five proposals to the SCO (¶4–¶8), his closing remarks (¶9–¶10),
            the consensus of the participating leaders (¶11) and the meeting’s outcomes (¶12–¶15). Every paragraph and
            every sentence has its own link, the same in English, Chinese and Russian.
          </Translate>
        </p>
        <p>{PROVENANCE[i18n.currentLocale as LocaleCode].editions}</p>
      </Editorial>

      <section aria-labelledby="sections">
        <Heading as="h2" id="sections">
          <Translate id="home.sections.title">Sections</Translate>
        </Heading>
        <ul className={styles.cards}>
          {OUTLINE.map(({ section, points }) => (
            <li key={section.id}>
              <Link className={styles.card} to={section.path}>
                <span className={styles.cardTitle}>{sectionTitles[section.id]}</span>
                <span className={styles.cardParagraphs}>
                  {points.length > 0
                    ? paragraphRange(points.flatMap((point) => point.paragraphs))
                    : section.kind === 'full-text'
                      ? paragraphRange([1, PARAGRAPH_COUNT])
                      : paragraphRange(section.paragraphs)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="five-points">
        <Heading as="h2" id="five-points">
          <Translate id="home.points.title">The five points</Translate>
        </Heading>
        <ol className={styles.points}>
          {POINT_SECTIONS.map((point) => (
            <li key={point.id}>
              <Link to={point.path}>{sectionTitles[point.id]}</Link>{' '}
              <span className={styles.cardParagraphs}>{paragraphRange(point.paragraphs)}</span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="compare">
        <Heading as="h2" id="compare">
          <Translate id="home.compare.title">Compare, look up, reuse</Translate>
        </Heading>
        <ul>
          <li>
            <Link to={PARALLEL_PATH}>
              <Translate id="home.compare.parallel">
                Parallel view: English, Chinese and Russian side by side, sentence by sentence
              </Translate>
            </Link>
          </li>
          <li>
            <Link to={GLOSSARY_PATH}>
              <Translate id="home.compare.glossary">Glossary: key terms in the three languages, with notes</Translate>
            </Link>
          </li>
          <li>
            <Link to={`${SECTIONS.find((s) => s.id === 'full-text')!.path}#downloads`}>
              <Translate id="home.compare.downloads">
                Downloads: the statement as JSON, Markdown, text and an aligned table
              </Translate>
            </Link>
          </li>
        </ul>
      </section>

      <KeyFigures />
    </>
  );
}

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({
        id: 'home.page.title',
        message: 'Xi Jinping’s statement at the 23rd SCO summit (4 July 2023)',
      })}
      description={translate({
        id: 'home.page.description',
        message:
          'Xi Jinping’s statement at the 23rd Meeting of the SCO Council of Heads of State, 4 July 2023, with the leaders’ consensus and the outcomes: every paragraph and sentence citable, in English, Chinese and Russian.',
      })}>
      <main className={styles.main}>
        {/* Hydration takes the server's markup as it is: the key figures' number formatting (Intl, a long task
            on a phone's first load) and the links' components run only when the page is reached in the app. */}
        <StaticMarkup>
          <LandingContent />
        </StaticMarkup>
      </main>
    </Layout>
  );
}
