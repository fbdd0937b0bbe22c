import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useAlternatePageUtils } from '@docusaurus/theme-common/internal';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

import { cite, lastRevised, preload } from '@site/src/citation/load';
import { citationStyle, CITATION_STYLES, type CitationStyleId } from '@site/src/citation/styles';
import { LOCALES, type LocaleCode } from '@site/src/locales';
import { PARALLEL_PATH } from '@site/src/sitePaths';
import { paragraphId, parseAnchor, sentenceId } from '@site/src/statement/model';
import { shortLinkPath } from '@site/src/statement/shortLinks';

import { copyText } from './copyText';
import { rememberStyle, requestedStyle } from './citationStyle';
import { passageText, sharePassage } from './share';
import styles from './styles.module.css';

interface Props {
  readonly id: string;
  readonly paragraph: number;
  /** The sentence the reader chose in the text (tapped, clicked, selected in); else the one arrived at, if any. */
  readonly sentence?: number;
  /** Called to close the menu; `returnFocus` when the reader left it with Escape. */
  readonly onClose: (returnFocus: boolean) => void;
  /** Called with the sentence the reader chose from the menu's list of the paragraph's sentences. */
  readonly onChooseSentence: (sentence: number) => void;
}

/**
 * The sentence of this paragraph the reader arrived at (#p6-3), if any; `missing` when the address names a
 * sentence this paragraph does not have (#p6-99), so the menu can say it cites the paragraph instead.
 */
function arrivedSentence(paragraph: number): { sentence?: number; missing?: number } {
  const anchor = parseAnchor(decodeURIComponent(window.location.hash));
  if (anchor?.paragraph !== paragraph || !anchor.sentence) return {};
  return document.getElementById(sentenceId(paragraph, anchor.sentence))
    ? { sentence: anchor.sentence }
    : { missing: anchor.sentence };
}

const ITEM_ROLES = '[role="menuitem"], [role="menuitemradio"]';

/** The paragraph's sentences as the page shows them: number, text and element. */
function sentencesOf(paragraph: number) {
  const elements = document.getElementById(paragraphId(paragraph))?.querySelectorAll('.statement-sentence') ?? [];
  return [...elements].map((element) => ({
    number: parseAnchor(element.id)?.sentence ?? 0,
    text: element.textContent ?? '',
    element,
  }));
}

interface Status {
  readonly message: string;
  /** A text the reader must copy by hand (the clipboard refused it). */
  readonly text?: string;
}

/**
 * The ¶ menu: copy a link or a citation (in the style the reader picks), share the passage, read the paragraph in
 * another language.
 * A WAI-ARIA menu: arrow keys, Home and End move, Escape closes and returns focus to the ¶ button, Tab or a click
 * outside closes it. What was done is announced in a live region beside the menu (a menu holds only items).
 * To add an item, add an entry to `actions` (or a link below): focus order and keys follow the DOM.
 */
export default function ParagraphMenu({
  id,
  paragraph,
  sentence: chosen,
  onClose,
  onChooseSentence,
}: Props): ReactNode {
  const { i18n, siteConfig } = useDocusaurusContext();
  const locale = i18n.currentLocale as LocaleCode;
  const alternates = useAlternatePageUtils();
  const parallelUrl = useBaseUrl(PARALLEL_PATH);
  const baseUrl = useBaseUrl('/');
  const menu = useRef<HTMLDivElement>(null);
  const [arrived] = useState(() => (chosen === undefined ? arrivedSentence(paragraph) : { sentence: chosen }));
  const statusLine = useRef<HTMLDivElement>(null);
  const [choice, setChoice] = useState(() => requestedStyle(locale));
  /** The paragraph's sentences, while the menu lists them to choose one from. */
  const [sentences, setSentences] = useState<ReturnType<typeof sentencesOf>>();
  const style = choice.style;
  // What the address asked for and cannot have is said as soon as the menu opens; later messages replace it.
  const [status, setStatus] = useState<Status>(() => ({
    message: [
      choice.rejected &&
        translate(
          {
            id: 'paragraphMenu.unknownStyle',
            message: 'There is no citation style “{requested}”: citing in {style}.',
            description: 'Shown when ?cite= names a style the site does not offer',
          },
          { requested: choice.rejected, style: citationStyle(style).label },
        ),
      arrived.missing !== undefined &&
        translate(
          {
            id: 'paragraphMenu.noSuchSentence',
            message: '¶{paragraph} has no sentence {sentence}: the citation is of the paragraph.',
            description: 'Shown when the address names a sentence the paragraph does not have',
          },
          { paragraph, sentence: arrived.missing },
        ),
    ]
      .filter(Boolean)
      .join(' '),
  }));
  const shortLink = useBaseUrl(`/${shortLinkPath(paragraph, arrived.sentence)}`);
  const anchor = paragraphId(paragraph);
  // The address the site is published at (as the canonical link and the printed address), not the host serving it.
  const pageUrl = `${siteConfig.url}${window.location.pathname}`;
  const passageUrl = (sentence?: number) =>
    `${pageUrl}#${sentence === undefined ? anchor : sentenceId(paragraph, sentence)}`;
  /** Says the clipboard refused, and shows what to copy by hand. */
  const copyFailed = (text: string) =>
    setStatus({
      message: translate({
        id: 'paragraphMenu.copyFailed',
        message: 'Copying failed: select and copy the text by hand',
      }),
      text,
    });

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>(ITEM_ROLES) ?? [])];

  useEffect(() => {
    items()[0]?.focus();
    const closeOnOutsidePointer = (event: PointerEvent) => {
      if (!menu.current?.parentElement?.parentElement?.contains(event.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', closeOnOutsidePointer);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer);
  }, [onClose]);

  useEffect(() => preload(baseUrl, style), [baseUrl, style]);

  useEffect(() => {
    if (sentences) items()[0]?.focus();
    return () => sentences?.forEach(({ element }) => element.removeAttribute('data-previewed'));
  }, [sentences]);

  // On a phone the menu may reach below the screen: what was done is said where the reader can see it.
  useEffect(() => {
    if (status.message) statusLine.current?.scrollIntoView({ block: 'nearest' });
  }, [status]);

  const copy = async (text: string, done: string) => {
    if (await copyText(text)) setStatus({ message: done });
    else copyFailed(text);
  };

  const copyCitation = async (sentence?: number) => {
    const { text, styled } = await cite(baseUrl, locale, style, passageUrl(sentence), lastRevised(siteConfig), {
      paragraph,
      sentence,
    });
    await copy(
      text,
      styled
        ? translate(
            { id: 'paragraphMenu.citationCopied', message: 'Citation copied ({style})' },
            { style: citationStyle(style).label },
          )
        : translate({
            id: 'paragraphMenu.plainCitationCopied',
            message: 'The citation style could not be loaded: a plain citation was copied',
          }),
    );
  };

  /** The arrived-at sentence, or else the paragraph: its text, its citation and its short link. */
  const share = async () => {
    const { sentence } = arrived;
    const url = `${siteConfig.url}${shortLink}`;
    const quote = translate(
      { id: 'paragraphMenu.share.quote', message: '“{text}”', description: 'The shared passage text, quoted' },
      { text: passageText(paragraph, sentence) },
    );
    const { text: citation } = await cite(baseUrl, locale, style, passageUrl(sentence), lastRevised(siteConfig), {
      paragraph,
      sentence,
    });
    const outcome = await sharePassage({ title: document.title, text: `${quote}\n\n${citation}`, url });
    if (outcome === 'cancelled') return;
    if (outcome === 'failed') {
      copyFailed(url);
    } else {
      setStatus({
        message:
          outcome === 'shared'
            ? translate({ id: 'paragraphMenu.shared', message: 'Shared' })
            : translate({ id: 'paragraphMenu.shortLinkCopied', message: 'Short link copied: {url}' }, { url }),
      });
    }
  };

  const chooseStyle = (next: CitationStyleId) => {
    setChoice({ style: next });
    rememberStyle(next);
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

  const actions: { key: string; label: ReactNode; run: () => void }[] = [
    {
      key: 'link',
      label: (
        <Translate id="paragraphMenu.copyLink" values={{ paragraph }}>
          {'Copy link to ¶{paragraph}'}
        </Translate>
      ),
      run: () =>
        void copy(`${pageUrl}#${anchor}`, translate({ id: 'paragraphMenu.linkCopied', message: 'Link copied' })),
    },
    {
      key: 'citation',
      label: (
        <Translate id="paragraphMenu.copyCitation" values={{ paragraph }}>
          {'Copy citation of ¶{paragraph}'}
        </Translate>
      ),
      run: () => void copyCitation(),
    },
    ...(arrived.sentence === undefined
      ? []
      : [
          {
            key: 'sentence-link',
            label: (
              <Translate id="paragraphMenu.copySentenceLink" values={{ sentence: arrived.sentence }}>
                {'Copy link to sentence {sentence}'}
              </Translate>
            ),
            run: () =>
              void copy(
                passageUrl(arrived.sentence),
                translate({ id: 'paragraphMenu.linkCopied', message: 'Link copied' }),
              ),
          },
          {
            key: 'sentence-citation',
            label: (
              <Translate id="paragraphMenu.copySentenceCitation" values={{ sentence: arrived.sentence }}>
                {'Copy citation of sentence {sentence}'}
              </Translate>
            ),
            run: () => void copyCitation(arrived.sentence),
          },
        ]),
    {
      key: 'choose-sentence',
      label: (
        <Translate id="paragraphMenu.chooseSentence" values={{ paragraph }}>
          {'Choose a sentence of ¶{paragraph}…'}
        </Translate>
      ),
      run: () => setSentences(sentencesOf(paragraph)),
    },
    {
      key: 'embed',
      label:
        arrived.sentence === undefined ? (
          <Translate id="paragraphMenu.embed" values={{ paragraph }}>
            {'Embed ¶{paragraph}'}
          </Translate>
        ) : (
          <Translate id="paragraphMenu.embedSentence" values={{ sentence: arrived.sentence }}>
            {'Embed sentence {sentence}'}
          </Translate>
        ),
      run: () =>
        void import('./embed')
          .then(({ embedSnippet }) => embedSnippet(baseUrl, paragraph, arrived.sentence))
          .then(
            (snippet) => copy(snippet, translate({ id: 'paragraphMenu.embedCopied', message: 'Embed code copied' })),
            () =>
              setStatus({
                message: translate({
                  id: 'paragraphMenu.embedFailed',
                  message: 'Could not load the embed code',
                }),
              }),
          ),
    },
    {
      key: 'share',
      label:
        arrived.sentence === undefined ? (
          <Translate id="paragraphMenu.share" values={{ paragraph }}>
            {'Share ¶{paragraph}'}
          </Translate>
        ) : (
          <Translate id="paragraphMenu.shareSentence" values={{ sentence: arrived.sentence }}>
            {'Share sentence {sentence}'}
          </Translate>
        ),
      run: () => void share(),
    },
  ];

  const menuItems = (
    <>
      {actions.map((action) => (
        <button key={action.key} type="button" role="menuitem" className={styles.item} onClick={action.run}>
          {action.label}
        </button>
      ))}
      <div
        role="group"
        aria-label={translate({ id: 'paragraphMenu.citationStyle', message: 'Citation style' })}
        className={styles.group}>
        <div aria-hidden="true" className={styles.groupLabel}>
          <Translate id="paragraphMenu.citationStyle">Citation style</Translate>
        </div>
        {CITATION_STYLES.map((option) => (
          <button
            key={option.id}
            type="button"
            role="menuitemradio"
            aria-checked={option.id === style}
            className={styles.item}
            data-style={option.id}
            onClick={() => chooseStyle(option.id)}>
            {option.label}
          </button>
        ))}
      </div>
      <div role="separator" className={styles.separator} />
      {LOCALES.filter((other) => other.code !== locale).map((other) => (
        <a
          key={other.code}
          role="menuitem"
          className={styles.item}
          href={`${alternates.createUrl({ locale: other.code, fullyQualified: false })}#${anchor}`}
          hrefLang={other.htmlLang}>
          <Translate
            id="paragraphMenu.readIn"
            values={{ paragraph, language: <span lang={other.htmlLang}>{other.label}</span> }}>
            {'Read ¶{paragraph} in {language}'}
          </Translate>
        </a>
      ))}
      <a role="menuitem" className={styles.item} href={`${parallelUrl}#${anchor}`}>
        <Translate id="paragraphMenu.compare" values={{ paragraph }}>
          {'Compare ¶{paragraph} in parallel'}
        </Translate>
      </a>
    </>
  );

  return (
    <div className={styles.popover}>
      <div
        ref={menu}
        id={id}
        role="menu"
        tabIndex={-1}
        aria-label={translate({ id: 'paragraphMenu.ariaLabel', message: 'Paragraph {paragraph}' }, { paragraph })}
        onKeyDown={onKeyDown}>
        {sentences
          ? sentences.map((sentence) => (
              <button
                key={sentence.number}
                type="button"
                role="menuitem"
                className={styles.item}
                // Shows in the text which sentence the item is, as the reader moves through the list.
                onFocus={() => sentence.element.setAttribute('data-previewed', '')}
                onBlur={() => sentence.element.removeAttribute('data-previewed')}
                onClick={() => onChooseSentence(sentence.number)}>
                <span className={styles.sentenceText}>
                  <span className={styles.passage}>{`${paragraph}.${sentence.number}`}</span> {sentence.text}
                </span>
              </button>
            ))
          : menuItems}
      </div>
      <div ref={statusLine} role="status" className={styles.status}>
        {status.message}
        {status.text && <span className={styles.manual}>{status.text}</span>}
      </div>
    </div>
  );
}
