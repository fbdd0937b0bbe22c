import { translate } from '@docusaurus/Translate';
import { useEffect, type ReactNode, type Ref } from 'react';

import { sentenceId } from '@site/src/statement/model';

import styles from './styles.module.css';

interface Props {
  readonly paragraph: number;
  readonly sentence: number;
  readonly ref: Ref<HTMLButtonElement>;
  readonly menuId: string;
  /** The sentence's menu is open (it is the children). */
  readonly expanded: boolean;
  readonly onToggle: () => void;
  readonly children: ReactNode;
}

/**
 * The chosen sentence: marked in the text (`data-chosen`), and a small button level with its first line, in the
 * margin, that opens the menu for it. Loaded with the reader's first choice, never with the page.
 */
export default function SentenceMark({ paragraph, sentence, ref, menuId, expanded, onToggle, children }: Props) {
  const element = document.getElementById(sentenceId(paragraph, sentence));
  useEffect(() => {
    element?.setAttribute('data-chosen', '');
    return () => element?.removeAttribute('data-chosen');
  }, [element]);
  if (!element) return null;
  const passage = `${paragraph}.${sentence}`;
  return (
    <div className={styles.sentenceMark} style={{ top: element.offsetTop }}>
      <button
        ref={ref}
        type="button"
        className={styles.sentenceButton}
        // The name begins with the button's visible text (the ❝ before it is an ornament), so speech input finds it.
        aria-label={translate(
          {
            id: 'statement.sentence.menu.ariaLabel',
            message: '{passage}: sentence {sentence} of paragraph {number}, link, citation, sharing',
            description:
              'Accessible name of the button “❝ 6.3” beside a sentence the reader chose; {passage} is its visible text (6.3)',
          },
          { passage, number: paragraph, sentence },
        )}
        aria-haspopup="menu"
        aria-expanded={expanded}
        aria-controls={expanded ? menuId : undefined}
        onClick={onToggle}>
        {passage}
      </button>
      {children}
    </div>
  );
}
