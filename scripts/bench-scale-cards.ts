/**
 * For `npm run bench:scale` with BENCH_SCALE_CARDS=reuse, run inside a scale fixture (never in the repo): fills
 * the fixture's quote-card cache so that its build copies the cards instead of drawing them. Each distinct
 * passage text is drawn once, and its card stands for every copy of that text (copies differ only in the
 * reference line, so the PNG's size is the same). The build then spends on cards only the copying; the bench
 * reports their drawing time as count × the time per card measured where they were drawn.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { LOCALE_CODES } from '../src/locales';
import { QUOTE_CARD_CACHE_DIR, quoteCardOf } from '../src/plugins/short-links';
import { cardKey, renderQuoteCard } from '../src/plugins/short-links/quoteCard';
import { readEdition } from '../src/statement/editions';
import { passages } from '../src/statement/passages';
import { codeMessages } from './lib/codeMessages';

async function main(): Promise<void> {
  mkdirSync(QUOTE_CARD_CACHE_DIR, { recursive: true });
  let drawn = 0;
  let reused = 0;
  for (const locale of LOCALE_CODES) {
    const message = codeMessages(locale);
    const byText = new Map<string, Buffer>();
    for (const passage of passages(readEdition(locale))) {
      const card = quoteCardOf(passage, locale, message);
      let png = byText.get(passage.text);
      if (png) reused++;
      else {
        png = await renderQuoteCard(card);
        byText.set(passage.text, png);
        drawn++;
      }
      writeFileSync(path.join(QUOTE_CARD_CACHE_DIR, `${cardKey(card)}.png`), png);
    }
  }
  console.log(`quote cards: ${drawn} drawn, ${reused} reused`);
}

void main();
