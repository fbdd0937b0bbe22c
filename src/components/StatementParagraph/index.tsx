import Head from '@docusaurus/Head';
import { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import clsx from 'clsx';
import { createContext, lazy, Suspense, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';

import { oembedPath } from '@site/src/statement/embed';
import { paragraphId, parseAnchor } from '@site/src/statement/model';
import { shortLinkPath } from '@site/src/statement/shortLinks';

import styles from './styles.module.css';

// The menu (copying, citations, other languages) loads on first use, never with the page.
const ParagraphMenu = lazy(() => import('@site/src/components/ParagraphMenu'));

/** False where the paragraphs repeat those of another page (the full text), so search finds each once. */
export const SearchIndexed = createContext(true);

interface Props {
  /** The citation number, 1–15 (a string: the remark plugin writes it as a JSX attribute). */
  readonly number: string;
  readonly children: ReactNode;
}

/** The sentence a click or a selection is in: `{ element, number }`, or undefined outside any sentence. */
function sentenceAt(node: Node | null | undefined) {
  const element = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('.statement-sentence');
  const sentence = element && parseAnchor(element.id)?.sentence;
  return element && sentence ? { element, number: sentence } : undefined;
}

/**
 * A statement paragraph: the text with its sentences, and its ¶ number in the margin. Before the page is
 * interactive (and without JavaScript) the number links to the paragraph itself; once it is, the number opens
 * the paragraph menu. Both are in the server's HTML and CSS shows one (`html[data-has-hydrated]`): swapping the
 * elements after hydration was a DOM change in every paragraph of the page, inside the first load's longest task.
 *
 * A sentence the reader taps, clicks or selects text in is chosen: it is marked (`data-chosen`) and a small button
 * beside it in the margin opens the menu for that sentence; the ¶ menu, too, then offers the sentence's items.
 */
export default function StatementParagraph({ number, children }: Props): ReactNode {
  const id = paragraphId(Number(number));
  useBrokenLinks().collectAnchor(id);
  const indexed = useContext(SearchIndexed);
  const oembed = useBaseUrl(oembedPath({ path: shortLinkPath(Number(number)) }), { absolute: true });
  const [open, setOpen] = useState<'paragraph' | 'sentence'>();
  const [chosen, setChosen] = useState<{ element: HTMLElement; number: number }>();
  const trigger = useRef<HTMLButtonElement>(null);
  const sentenceTrigger = useRef<HTMLButtonElement>(null);
  const text = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    const container = text.current;
    const choose = (event: MouseEvent) => {
      if ((event.target as Element).closest('a, button')) return;
      const selection = window.getSelection();
      setChosen(sentenceAt(selection && !selection.isCollapsed ? selection.focusNode : (event.target as Node)));
    };
    container?.addEventListener('click', choose);
    return () => container?.removeEventListener('click', choose);
  }, []);

  useEffect(() => {
    chosen?.element.setAttribute('data-chosen', '');
    return () => chosen?.element.removeAttribute('data-chosen');
  }, [chosen]);
  const label = translate(
    {
      id: 'statement.paragraph.link.ariaLabel',
      message: 'Paragraph {number}',
      description: 'Accessible name of the ¶ number',
    },
    { number },
  );
  const menu = (
    <Suspense fallback={null}>
      <ParagraphMenu
        id={menuId}
        paragraph={Number(number)}
        sentence={chosen?.number}
        onClose={(returnFocus) => {
          setOpen(undefined);
          if (returnFocus) (open === 'sentence' ? sentenceTrigger : trigger).current?.focus();
        }}
      />
    </Suspense>
  );
  const marker = (
    <>
      <span aria-hidden="true">¶</span>
      {number}
    </>
  );
  return (
    <div
      id={id}
      className={clsx('statement-paragraph', styles.paragraph)}
      data-paragraph={number}
      data-pagefind-body={indexed ? '' : undefined}
      // Search finds a page by a paragraph it holds (a hit in another language shows this page's title).
      data-pagefind-filter={indexed ? `paragraph:${number}` : undefined}>
      {/* The paragraph's embed, for oEmbed discovery, named on its home page (not again on the full text). */}
      {indexed && (
        <Head>
          <link rel="alternate" type="application/json+oembed" href={oembed} />
        </Head>
      )}
      <div className={styles.margin} data-pagefind-ignore="">
        <a className={clsx(styles.number, styles.link)} href={`#${id}`} aria-label={label}>
          {marker}
        </a>
        <button
          ref={trigger}
          type="button"
          className={clsx(styles.number, styles.menuButton)}
          aria-label={translate(
            {
              id: 'statement.paragraph.menu.ariaLabel',
              message: 'Paragraph {number}: link, citation, other languages',
              description: 'Accessible name of the ¶ button that opens the paragraph menu',
            },
            { number },
          )}
          aria-haspopup="menu"
          aria-expanded={open === 'paragraph'}
          aria-controls={open === 'paragraph' ? menuId : undefined}
          onClick={() => setOpen((wasOpen) => (wasOpen === 'paragraph' ? undefined : 'paragraph'))}>
          {marker}
        </button>
        {open === 'paragraph' && menu}
        {chosen && (
          <div className={styles.sentenceMark} style={{ top: chosen.element.offsetTop }}>
            <button
              ref={sentenceTrigger}
              type="button"
              className={styles.sentenceButton}
              aria-label={translate(
                {
                  id: 'statement.sentence.menu.ariaLabel',
                  message: 'Sentence {sentence} of paragraph {number}: link, citation, sharing',
                  description: 'Accessible name of the button beside a sentence the reader chose (by tap or selection)',
                },
                { number, sentence: chosen.number },
              )}
              aria-haspopup="menu"
              aria-expanded={open === 'sentence'}
              aria-controls={open === 'sentence' ? menuId : undefined}
              onClick={() => setOpen((wasOpen) => (wasOpen === 'sentence' ? undefined : 'sentence'))}>
              {`❝ ${number}.${chosen.number}`}
            </button>
            {open === 'sentence' && menu}
          </div>
        )}
      </div>
      <div ref={text} className={styles.text}>
        {children}
      </div>
    </div>
  );
}
