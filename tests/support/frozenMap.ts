/**
 * The committed frozen map (src/statement/ids/en.json), read as data: the ids every edition publishes. Tests
 * compare the site with it, never with a count made by the site's own segmenter. The ids are the same in every
 * locale (tests/content/frozenIds.test.ts), so the English map stands for all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { ROOT } from './docs';

interface FrozenMap {
  paragraphs: { id: string; sentences: { id: string }[] }[];
}

const map = JSON.parse(readFileSync(path.join(ROOT, 'src/statement/ids/en.json'), 'utf8')) as FrozenMap;

/** How many sentences each of ¶1–¶15 has. */
export const SENTENCE_COUNTS: readonly number[] = map.paragraphs.map((paragraph) => paragraph.sentences.length);

/** The published sentence ids of paragraph n: `p{n}-1` … `p{n}-k`. */
export function expectedSentenceIds(n: number): string[] {
  return map.paragraphs[n - 1].sentences.map((sentence) => sentence.id);
}
