/**
 * Sharing a passage from the ¶ menu: the system share sheet (Web Share API) where the browser has one, with
 * the passage's text, its citation and its short link; elsewhere, or when sharing fails, the short link is
 * copied. The caller shows the outcome.
 */
import { paragraphId, sentenceId } from '@site/src/statement/model';

import { copyText } from './copyText';

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** The passage's text as the page shows it: the sentence, or the paragraph's sentences with what joins them. */
export function passageText(paragraph: number, sentence?: number): string {
  if (sentence !== undefined) return document.getElementById(sentenceId(paragraph, sentence))?.textContent ?? '';
  const first = document.getElementById(paragraphId(paragraph))?.querySelector('.statement-sentence');
  return first?.parentElement?.textContent?.trim() ?? '';
}

/** Shares `data`, or copies `data.url` where the browser cannot share it. A reader's cancel is no failure. */
export async function sharePassage(data: ShareData & { url: string }): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // Not allowed here (NotAllowedError) or the data was refused: the link can still be copied.
    }
  }
  return (await copyText(data.url)) ? 'copied' : 'failed';
}
