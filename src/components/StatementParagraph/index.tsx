import Head from '@docusaurus/Head';
import { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import clsx from 'clsx';
import { createContext, lazy, Suspense, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';

import StaticMarkup from '@site/src/components/StaticMarkup';
import { oembedPath } from '@site/src/statement/embed';
import { paragraphId, parseAnchor } from '@site/src/statement/model';
import { shortLinkPath } from '@site/src/statement/shortLinks';

import styles from './styles.module.css';

// The menu (copying, citations, other languages) loads on first use, never with the page.
const ParagraphMenu = lazy(() => import('@site/src/components/ParagraphMenu'));
// So does the chosen sentence's mark, with the reader's first choice.
const SentenceMark = lazy(() => import('./SentenceMark'));

/** False where the paragraphs repeat those of another page (the full text), so search finds each once. */
export const SearchIndexed = createContext(true);

interface Props {
  /** The citation number, 1–15 (a string: the remark plugin writes it as a JSX attribute). */
  readonly number: string;
  readonly children: ReactNode;
}

/** The number of the sentence a click or a selection is in, or undefined outside any sentence. */
function sentenceAt(node: Node | null | undefined): number | undefined {
  const element = (node instanceof Element ? node : node?.parentElement)?.closest('.statement-sentence');
  return element ? parseAnchor(element.id)?.sentence : undefined;
}

/**
 * A statement paragraph: the text with its sentences, and its ¶ number in the margin. Before the page is
 * interactive (and without JavaScript) the number links to the paragraph itself; once it is, the number opens
 * the paragraph menu. Both are in the server's HTML and CSS shows one (`html[data-has-hydrated]`): swapping the
 * elements after hydration was a DOM change in every paragraph of the page, inside the first load's longest task.
 *
 * A sentence the reader taps, clicks or selects text in is chosen: it is marked (`data-chosen`) and a small button
 * beside it in the margin opens the menu for that sentence; the ¶ menu, too, then offers the sentence's items.
 * From the keyboard, the ¶ menu lists the paragraph's sentences to choose one from (no Tab stop per sentence).
 */
export default function StatementParagraph({ number, children }: Props): ReactNode {
  const id = paragraphId(Number(number));
  useBrokenLinks().collectAnchor(id);
  const indexed = useContext(SearchIndexed);
  const oembed = useBaseUrl(oembedPath({ path: shortLinkPath(Number(number)) }), { absolute: true });
  const [open, setOpen] = useState<'paragraph' | 'sentence'>();
  const [chosen, setChosen] = useState<number>();
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
        // A sentence chosen from the open menu opens a new one, for that sentence.
        key={chosen}
        id={menuId}
        paragraph={Number(number)}
        sentence={chosen}
        onChooseSentence={(sentence) => {
          setChosen(sentence);
          setOpen('sentence');
        }}
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
        {chosen !== undefined && (
          <Suspense fallback={null}>
            <SentenceMark
              ref={sentenceTrigger}
              paragraph={Number(number)}
              sentence={chosen}
              menuId={menuId}
              expanded={open === 'sentence'}
              onToggle={() => setOpen((wasOpen) => (wasOpen === 'sentence' ? undefined : 'sentence'))}>
              {open === 'sentence' && menu}
            </SentenceMark>
          </Suspense>
        )}
      </div>
      <StaticMarkup ref={text} className={styles.text}>
        {children}
      </StaticMarkup>
    </div>
  );
}
