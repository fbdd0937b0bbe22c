import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useAlternatePageUtils } from '@docusaurus/theme-common/internal';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

import { LOCALES, type LocaleCode } from '@site/src/locales';
import { PARALLEL_PATH } from '@site/src/sitePaths';
import { STATEMENT } from '@site/src/statement/metadata';
import { paragraphId, parseAnchor, sentenceId } from '@site/src/statement/model';

import { copyText } from './copyText';
import { passageText, sharePassage, shortLinkPath } from './share';
import styles from './styles.module.css';

interface Props {
  readonly id: string;
  readonly paragraph: number;
  /** Called to close the menu; `returnFocus` when the reader left it with Escape. */
  readonly onClose: (returnFocus: boolean) => void;
}

function citation(locale: LocaleCode, paragraph: number, url: string, sentence?: number): string {
  const { title } = STATEMENT[locale];
  return sentence === undefined
    ? translate(
        {
          id: 'paragraphMenu.citation.paragraph',
          message:
            'Xi Jinping, “{title}”, statement at the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization, 4 July 2023, ¶{paragraph}. {url}',
          description: 'Citation of one paragraph, in the page language',
        },
        { title, paragraph, url },
      )
    : translate(
        {
          id: 'paragraphMenu.citation.sentence',
          message:
            'Xi Jinping, “{title}”, statement at the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization, 4 July 2023, ¶{paragraph}, sentence {sentence}. {url}',
          description: 'Citation of one sentence, in the page language',
        },
        { title, paragraph, sentence, url },
      );
}

/** The sentence of this paragraph the reader arrived at (#p6-3), if any. */
function arrivedSentence(paragraph: number): number | undefined {
  const anchor = parseAnchor(decodeURIComponent(window.location.hash));
  return anchor?.paragraph === paragraph &&
    anchor.sentence &&
    document.getElementById(sentenceId(paragraph, anchor.sentence))
    ? anchor.sentence
    : undefined;
}

/**
 * The ¶ menu: copy a link or a citation, read the paragraph in another language. A WAI-ARIA menu: arrow keys,
 * Home and End move, Escape closes and returns focus to the ¶ button, Tab or a click outside closes it.
 */
export default function ParagraphMenu({ id, paragraph, onClose }: Props): ReactNode {
  const { i18n } = useDocusaurusContext();
  const alternates = useAlternatePageUtils();
  const parallelUrl = useBaseUrl(PARALLEL_PATH);
  const menu = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  const [sentence] = useState(() => arrivedSentence(paragraph));
  const shortLink = useBaseUrl(shortLinkPath(paragraph, sentence));
  const anchor = paragraphId(paragraph);
  const pageUrl = `${window.location.origin}${window.location.pathname}`;

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    items()[0]?.focus();
    const closeOnOutsidePointer = (event: PointerEvent) => {
      if (!menu.current?.parentElement?.contains(event.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', closeOnOutsidePointer);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer);
  }, [onClose]);

  const copy = async (text: string, done: string) => {
    setStatus(
      (await copyText(text))
        ? done
        : translate({ id: 'paragraphMenu.copyFailed', message: 'Copying failed: select and copy the text by hand' }),
    );
  };

  /** The arrived-at sentence, or else the paragraph: its text, its citation and its short link. */
  const share = async () => {
    const locale = i18n.currentLocale as LocaleCode;
    const url = `${window.location.origin}${shortLink}`;
    const passageUrl = `${pageUrl}#${sentence === undefined ? anchor : sentenceId(paragraph, sentence)}`;
    const quote = translate(
      { id: 'paragraphMenu.share.quote', message: '“{text}”', description: 'The shared passage text, quoted' },
      { text: passageText(paragraph, sentence) },
    );
    const outcome = await sharePassage({
      title: document.title,
      text: `${quote}\n\n${citation(locale, paragraph, passageUrl, sentence)}`,
      url,
    });
    if (outcome === 'cancelled') return;
    setStatus(
      {
        shared: translate({ id: 'paragraphMenu.shared', message: 'Shared' }),
        copied: translate({ id: 'paragraphMenu.shortLinkCopied', message: 'Short link copied: {url}' }, { url }),
        failed: translate({
          id: 'paragraphMenu.copyFailed',
          message: 'Copying failed: select and copy the text by hand',
        }),
      }[outcome],
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const current = all.indexOf(document.activeElement as HTMLElement);
    const move = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: all.length - 1 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      all[(move + all.length) % all.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose(true);
    } else if (event.key === 'Tab') {
      onClose(false);
    }
  };

  return (
    <div
      ref={menu}
      id={id}
      className={styles.menu}
      role="menu"
      aria-label={translate({ id: 'paragraphMenu.ariaLabel', message: 'Paragraph {paragraph}' }, { paragraph })}
      onKeyDown={onKeyDown}>
      <button
        type="button"
        role="menuitem"
        className={styles.item}
        onClick={() =>
          void copy(`${pageUrl}#${anchor}`, translate({ id: 'paragraphMenu.linkCopied', message: 'Link copied' }))
        }>
        <Translate id="paragraphMenu.copyLink" values={{ paragraph }}>
          {'Copy link to ¶{paragraph}'}
        </Translate>
      </button>
      <button
        type="button"
        role="menuitem"
        className={styles.item}
        onClick={() =>
          void copy(
            citation(i18n.currentLocale as LocaleCode, paragraph, `${pageUrl}#${anchor}`),
            translate({ id: 'paragraphMenu.citationCopied', message: 'Citation copied' }),
          )
        }>
        <Translate id="paragraphMenu.copyCitation" values={{ paragraph }}>
          {'Copy citation of ¶{paragraph}'}
        </Translate>
      </button>
      {sentence !== undefined && (
        <button
          type="button"
          role="menuitem"
          className={styles.item}
          onClick={() =>
            void copy(
              citation(
                i18n.currentLocale as LocaleCode,
                paragraph,
                `${pageUrl}#${sentenceId(paragraph, sentence)}`,
                sentence,
              ),
              translate({ id: 'paragraphMenu.citationCopied', message: 'Citation copied' }),
            )
          }>
          <Translate id="paragraphMenu.copySentenceCitation" values={{ sentence }}>
            {'Copy citation of sentence {sentence}'}
          </Translate>
        </button>
      )}
      <button type="button" role="menuitem" className={styles.item} onClick={() => void share()}>
        {sentence === undefined ? (
          <Translate id="paragraphMenu.share" values={{ paragraph }}>
            {'Share ¶{paragraph}'}
          </Translate>
        ) : (
          <Translate id="paragraphMenu.shareSentence" values={{ sentence }}>
            {'Share sentence {sentence}'}
          </Translate>
        )}
      </button>
      <div role="separator" className={styles.separator} />
      {LOCALES.filter((locale) => locale.code !== i18n.currentLocale).map((locale) => (
        <a
          key={locale.code}
          role="menuitem"
          className={styles.item}
          href={`${alternates.createUrl({ locale: locale.code, fullyQualified: false })}#${anchor}`}
          hrefLang={locale.htmlLang}>
          <Translate
            id="paragraphMenu.readIn"
            values={{ paragraph, language: <span lang={locale.htmlLang}>{locale.label}</span> }}>
            {'Read ¶{paragraph} in {language}'}
          </Translate>
        </a>
      ))}
      <a role="menuitem" className={styles.item} href={`${parallelUrl}#${anchor}`}>
        <Translate id="paragraphMenu.compare" values={{ paragraph }}>
          {'Compare ¶{paragraph} in parallel'}
        </Translate>
      </a>
      <p role="status" className={styles.status}>
        {status}
      </p>
    </div>
  );
}
