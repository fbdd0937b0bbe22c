/**
 * How many sentences each of ¶1–¶15 has (the same in every locale), counted once outside the code under test,
 * from the `p{n}-{k}` ids of the built pages of all three editions (Nov 2026). Literal on purpose: the tests
 * compare what the site does with these numbers, never with a count made by the site's own segmenter.
 */
export const SENTENCE_COUNTS: readonly number[] = [1, 14, 4, 6, 6, 5, 4, 4, 2, 3, 6, 1, 1, 2, 1];

/** `p{n}-1` … `p{n}-k` for paragraph n, from SENTENCE_COUNTS. */
export function expectedSentenceIds(n: number): string[] {
  return Array.from({ length: SENTENCE_COUNTS[n - 1] }, (_, k) => `p${n}-${k + 1}`);
}
