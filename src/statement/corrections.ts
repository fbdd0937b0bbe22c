/**
 * The corrections record: every change to a published sentence, with its date, its old and new text and a
 * one-line reason, newest first, in `src/statement/ids/<locale>.corrections.json` beside the frozen ids (read
 * and written by ./frozenIds.ts). Browser-safe: the corrections page reads it too.
 * `npm run ids:freeze -- --reason "…"` appends to it; the content tests check it agrees with the frozen ids;
 * the citations and downloads carry the date of the last one.
 */
import type { FrozenIds } from './frozenIds';

export interface Correction {
  /** The sentence's frozen id: `p6-4`. */
  readonly id: string;
  /** ISO 8601 (YYYY-MM-DD). */
  readonly date: string;
  readonly before: string;
  readonly after: string;
  readonly reason: string;
}

export interface CorrectionsRecord {
  readonly locale: string;
  /** Newest first. */
  readonly corrections: readonly Correction[];
}

/** The day the sentence ids were frozen (b07a148): a text without corrections was last revised then. */
export const IDS_FROZEN_ON = '2026-11-28';

export function serializeCorrections(record: CorrectionsRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** The date of a text's last revision: its newest correction's, or the day its ids were frozen. */
export function lastRevision(record: CorrectionsRecord): string {
  return record.corrections[0]?.date ?? IDS_FROZEN_ON;
}

/** The record with today's changes added at its head (newest first). A change needs a reason. */
export function withCorrections(
  record: CorrectionsRecord,
  changes: readonly { readonly id: string; readonly before: string; readonly after: string }[],
  date: string,
  reason: string,
): CorrectionsRecord {
  if (changes.length > 0 && !reason.trim()) throw new Error('a change to a published sentence needs a reason');
  return {
    locale: record.locale,
    corrections: [...changes.map((change) => ({ ...change, date, reason: reason.trim() })), ...record.corrections],
  };
}

/**
 * Every way a corrections record disagrees with the frozen ids: an entry without a date, reason or change, an
 * unknown id, dates not newest first, or a sentence whose frozen text is not its newest correction's `after`
 * (and whose older corrections do not chain: each `before` is the next older `after`).
 */
export function correctionProblems(frozen: FrozenIds, record: CorrectionsRecord): string[] {
  const problems: string[] = [];
  if (record.locale !== frozen.locale) problems.push(`the record is for ${record.locale}, not ${frozen.locale}`);
  const texts = new Map(frozen.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const)));
  const newest = new Map<string, Correction>();
  record.corrections.forEach((correction, index) => {
    const { id, date, before, after, reason } = correction;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push(`${id}: ${date} is not a date (YYYY-MM-DD)`);
    if (!reason?.trim()) problems.push(`${id} (${date}): no reason`);
    if (before === after) problems.push(`${id} (${date}): nothing changed`);
    const previous = record.corrections[index - 1];
    if (previous && previous.date < date) problems.push(`${id} (${date}): not newest first`);
    if (!texts.has(id)) problems.push(`${id}: no such sentence`);
    const later = newest.get(id);
    if (later && later.before !== after)
      problems.push(`${id} (${date}): its text is not what the next change began from`);
    newest.set(id, correction);
    if (!later && texts.has(id) && texts.get(id) !== after)
      problems.push(`${id}: the text now is not the newest correction's (${date})`);
  });
  return problems;
}
