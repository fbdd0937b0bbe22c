import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import clsx from 'clsx';
import {
  Fragment,
  memo,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type CSSProperties,
  type FocusEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';

import { localeConfig, writesWithSpaces, type LocaleCode } from '@site/src/locales';
import type { ParallelViewStrings } from '@site/src/i18next/parallelView';
import StaticMarkup from '@site/src/components/StaticMarkup';
import TranslationNotice from '@site/src/components/TranslationNotice';
import { ALIGNED_FILES, DOWNLOADS_PATH } from '@site/src/statement/downloads';
import { paragraphId, parseAnchor, type ParallelSection } from '@site/src/statement/model';

import LanguagePicker from './LanguagePicker';
import { LANGS_PARAMETER, languagesSearch, parseLanguages } from './languages';
import styles from './styles.module.css';

interface Props {
  /** The aligned text of every language, written at build by src/plugins/statement-data. */
  readonly sections: readonly ParallelSection[];
  /** Its interface in the page's language, resolved at build by the same plugin. */
  readonly strings: ParallelViewStrings;
}

/** The sentence a pointer or focus is on, found through the `data-sentence` of the nearest sentence. */
function sentenceAt(target: EventTarget): string | null {
  return target instanceof Element ? (target.closest('[data-sentence]')?.getAttribute('data-sentence') ?? null) : null;
}

interface ParagraphProps {
  readonly number: number;
  readonly sentences: ParallelSection['paragraphs'][number]['sentences'];
  readonly languages: readonly LocaleCode[];
  readonly shownOnPhone: LocaleCode | null;
  readonly label: string;
}

/**
 * One paragraph: on wide screens a grid with a column per language and a row per sentence, so counterparts
 * stand side by side; on phones each language's version of the paragraph, one below the other.
 */
const ParallelParagraph = memo(function ParallelParagraph({
  number,
  sentences,
  languages,
  shownOnPhone,
  label,
}: ParagraphProps) {
  // A sentence's address (#p6-3) is on its version in a shown column: the first, or the one a phone shows.
  const anchored = shownOnPhone ?? languages[0];
  return (
    <section id={paragraphId(number)} className={styles.paragraph} aria-label={label}>
      <a className={styles.number} href={`#${paragraphId(number)}`}>
        ¶{number}
      </a>
      <div className={styles.grid} style={{ '--columns': languages.length } as CSSProperties}>
        {languages.map((code, column) => {
          const { htmlLang, label: languageName } = localeConfig(code);
          return (
            <div
              key={code}
              lang={htmlLang}
              data-column={code}
              className={clsx(styles.column, shownOnPhone && shownOnPhone !== code && styles.hiddenOnPhone)}>
              <span className={styles.columnLabel} aria-hidden="true">
                {languageName}
              </span>
              {sentences.map((sentence, row) => (
                <Fragment key={sentence.id}>
                  {/* On phones the sentences run on: with a space between them, unless the language has none. */}
                  {row > 0 && writesWithSpaces(code) && ' '}
                  <a
                    id={code === anchored ? sentence.id : undefined}
                    href={`#${sentence.id}`}
                    data-sentence={sentence.id}
                    className={styles.sentence}
                    style={{ gridColumn: column + 1, gridRow: row + 1 }}>
                    {sentence.text[code]}
                  </a>
                </Fragment>
              ))}
            </div>
          );
        })}
      </div>
    </section>
  );
});

/** The statement in two or three languages side by side; the columns live in the URL (`?langs=zh-Hans,ru#p6`). */
export default function ParallelView({ sections, strings }: Props): ReactNode {
  const { i18n } = useDocusaurusContext();
  const pageLocale = i18n.currentLocale as LocaleCode;
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const requested = isBrowser ? new URLSearchParams(location.search).get(LANGS_PARAMETER) : null;
  const languages = useMemo(() => parseLanguages(requested, pageLocale), [requested, pageLocale]);
  const [pointed, setPointed] = useState<string | null>(null);
  const [phoneChoice, setShownOnPhone] = useState<LocaleCode | null>(null);
  // A language taken out of the columns can no longer be the one shown on a phone.
  const shownOnPhone = phoneChoice && languages.includes(phoneChoice) ? phoneChoice : null;
  const targeted = isBrowser ? (parseAnchor(location.hash)?.sentence ? location.hash.slice(1) : null) : null;
  const active = pointed ?? targeted;
  const alignedUrl = useBaseUrl(`${DOWNLOADS_PATH}/`);

  const showLanguages = useCallback(
    (next: readonly LocaleCode[]) => {
      history.replace({ search: languagesSearch(next, pageLocale), hash: location.hash });
    },
    [history, location.hash, pageLocale],
  );

  // A shared link with an unusable `langs` shows its sensible reading; the address says so too.
  useEffect(() => {
    if (requested !== null && languagesSearch(languages, pageLocale) !== location.search) showLanguages(languages);
  }, [requested, languages, pageLocale, location.search, showLanguages]);

  // Columns, and the language a phone shows, change the rows' heights: keep the passage in the address in view.
  const columns = languages.join();
  useEffect(() => {
    if (!isBrowser || !window.location.hash) return;
    document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [isBrowser, columns, shownOnPhone]);

  // The sentence and its counterparts are marked in the DOM, not rendered: the text is static markup.
  useEffect(() => {
    if (!active) return undefined;
    const counterparts = document.querySelectorAll(`[data-sentence="${active}"]`);
    counterparts.forEach((element) => element.setAttribute('data-active', ''));
    return () => counterparts.forEach((element) => element.removeAttribute('data-active'));
  }, [active, columns, shownOnPhone]);

  const point = (event: MouseEvent | FocusEvent) => setPointed(sentenceAt(event.target));
  const unpoint = () => setPointed(null);

  return (
    <Layout title={strings.title} description={strings.description}>
      <main className={styles.main}>
        <Heading as="h1">{strings.heading}</Heading>
        <p className={styles.intro}>{strings.intro}</p>
        <TranslationNotice variant="parallel" languages={languages} />
        <LanguagePicker
          strings={strings}
          languages={languages}
          onChange={showLanguages}
          shownOnPhone={shownOnPhone}
          onShowOnPhone={setShownOnPhone}
        />
        <div className={styles.heads} aria-hidden="true" style={{ '--columns': languages.length } as CSSProperties}>
          {languages.map((code) => (
            <span key={code} lang={localeConfig(code).htmlLang}>
              {localeConfig(code).label}
            </span>
          ))}
        </div>
        <div onMouseOver={point} onMouseLeave={unpoint} onFocus={point} onBlur={unpoint}>
          {/* Its markup changes only with the columns (and a phone's language): a new one each time. */}
          <StaticMarkup key={`${columns} ${shownOnPhone}`}>
            {sections.map((section) => (
              <section key={section.id} aria-labelledby={`section-${section.id}`}>
                <Heading as="h2" id={`section-${section.id}`} className={styles.sectionTitle}>
                  <Link to={section.path}>{section.title[pageLocale]}</Link>
                </Heading>
                {section.paragraphs.map((paragraph) => (
                  <ParallelParagraph
                    key={paragraph.number}
                    number={paragraph.number}
                    sentences={paragraph.sentences}
                    languages={languages}
                    shownOnPhone={shownOnPhone}
                    label={strings.paragraph[paragraph.number]!}
                  />
                ))}
              </section>
            ))}
          </StaticMarkup>
        </div>
        <p className={styles.downloads}>
          {strings.download}{' '}
          {ALIGNED_FILES.map((file, index) => (
            <span key={file}>
              {index > 0 && ' · '}
              <a href={`${alignedUrl}${file}`}>{file}</a>
            </span>
          ))}
        </p>
      </main>
    </Layout>
  );
}
