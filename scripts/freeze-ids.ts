/**
 * `npm run ids:freeze`: writes the published sentence ids of every locale, with their texts, to
 * src/statement/ids/<locale>.json. The build fails while the pages and these files disagree; run this only
 * for a deliberate change (a corrected sentence, a new translation) and commit the diff, which review reads.
 */
import { writeFileSync } from 'node:fs';

import { LOCALE_CODES } from '../src/locales';
import { readEdition } from '../src/statement/editions';
import { idMapOf, idProblems, idsFile, readFrozenIds, serializeIds } from '../src/statement/frozenIds';

for (const locale of LOCALE_CODES) {
  const edition = readEdition(locale);
  let changes: string[];
  try {
    changes = idProblems(readFrozenIds(locale), edition);
  } catch {
    changes = ['(no map yet)'];
  }
  writeFileSync(idsFile(locale), serializeIds(idMapOf(edition)));
  console.log(`${locale}: ${changes.length === 0 ? 'unchanged' : `${changes.length} change(s)`}`);
  for (const change of changes) console.log(`  ${change}`);
}
