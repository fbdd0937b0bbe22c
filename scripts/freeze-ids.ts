/**
 * `npm run ids:freeze [-- --reason "…"]`: writes the published sentence ids of every locale, with their texts,
 * to src/statement/ids/<locale>.json, and records every changed sentence in <locale>.corrections.json with
 * today's date, its old and new text and the reason (asked for when stdin is a terminal; without one, nothing
 * is written). The build fails while the pages and these files disagree; run this only for a deliberate change
 * (a corrected sentence, a new translation) and commit the diff, which review reads.
 */
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';

import { LOCALE_CODES } from '../src/locales';
import { serializeCorrections, withCorrections } from '../src/statement/corrections';
import { readEdition } from '../src/statement/editions';
import {
  correctionsFile,
  idMapOf,
  idProblems,
  idsFile,
  readCorrections,
  readFrozenIds,
  serializeIds,
} from '../src/statement/frozenIds';

const { values } = parseArgs({ options: { reason: { type: 'string' } } });
const today = new Date().toISOString().slice(0, 10);

async function reasonFor(locale: string, count: number): Promise<string> {
  if (values.reason?.trim()) return values.reason;
  if (!process.stdin.isTTY) return '';
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`${locale}: ${count} sentence(s) changed. Reason (one line): `);
  prompt.close();
  return answer;
}

async function main(): Promise<void> {
  for (const locale of LOCALE_CODES) {
    const edition = readEdition(locale);
    const next = idMapOf(edition);
    let changes: string[];
    let changed: { id: string; before: string; after: string }[] = [];
    try {
      const frozen = readFrozenIds(locale);
      changes = idProblems(frozen, edition);
      const before = new Map(frozen.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const)));
      changed = next.paragraphs.flatMap((p) =>
        p.sentences.flatMap((s) =>
          before.has(s.id) && before.get(s.id) !== s.text
            ? [{ id: s.id, before: before.get(s.id)!, after: s.text }]
            : [],
        ),
      );
    } catch {
      changes = ['(no map yet)'];
    }
    if (changed.length > 0) {
      const reason = await reasonFor(locale, changed.length);
      if (!reason.trim()) {
        console.error(`${locale}: ${changed.length} published sentence(s) changed; give a reason (--reason "…")`);
        process.exitCode = 1;
        continue;
      }
      writeFileSync(
        correctionsFile(locale),
        serializeCorrections(withCorrections(readCorrections(locale), changed, today, reason)),
      );
    }
    writeFileSync(idsFile(locale), serializeIds(next));
    console.log(`${locale}: ${changes.length === 0 ? 'unchanged' : `${changes.length} change(s)`}`);
    for (const change of changes) console.log(`  ${change}`);
  }
}

void main();
