/**
 * The published sentence ids, frozen. `#p6-3` is cited in the wild, so once published it must keep pointing at
 * the same sentence in every language. The ids are computed at build by `Intl.Segmenter`, whose rules move with
 * Node and ICU; the map of every published id with its text (`src/statement/ids/<locale>.json`, written by
 * `npm run ids:freeze`) is what the build checks the computed ids against. Any difference fails the build with
 * the id, the locale and both texts; a deliberate change is a new freeze, which review sees as a data diff.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { LocaleCode } from '../locales';
import type { CorrectionsRecord } from './corrections';
import type { Edition } from './model';

export interface FrozenSentence {
  readonly id: string;
  /** The first 16 hex digits of the SHA-256 of the sentence's text (UTF-8). */
  readonly sha256: string;
  readonly text: string;
}

export interface FrozenParagraph {
  readonly id: string;
  readonly sentenceCount: number;
  readonly sentences: readonly FrozenSentence[];
}

export interface FrozenIds {
  readonly locale: string;
  readonly paragraphs: readonly FrozenParagraph[];
}

export const IDS_DIR = path.resolve(__dirname, 'ids');

export function idsFile(locale: LocaleCode, dir: string = IDS_DIR): string {
  return path.join(dir, `${locale}.json`);
}

/** The locale's corrections record, beside its ids (see ./corrections.ts). */
export function correctionsFile(locale: LocaleCode, dir: string = IDS_DIR): string {
  return path.join(dir, `${locale}.corrections.json`);
}

export function readCorrections(locale: LocaleCode, dir: string = IDS_DIR): CorrectionsRecord {
  return JSON.parse(readFileSync(correctionsFile(locale, dir), 'utf8')) as CorrectionsRecord;
}

export function fingerprint(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** The id map of an edition as it is now: what `npm run ids:freeze` writes. */
export function idMapOf(edition: Edition): FrozenIds {
  return {
    locale: edition.locale,
    paragraphs: edition.paragraphs.map((p) => ({
      id: `p${p.number}`,
      sentenceCount: p.sentences.length,
      sentences: p.sentences.map((s) => ({ id: s.id, sha256: fingerprint(s.text), text: s.text })),
    })),
  };
}

export function serializeIds(ids: FrozenIds): string {
  return `${JSON.stringify(ids, null, 2)}\n`;
}

export function readFrozenIds(locale: LocaleCode, dir: string = IDS_DIR): FrozenIds {
  const file = idsFile(locale, dir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file}: no frozen sentence ids for ${locale}; run \`npm run ids:freeze\` and commit the file`);
  }
  return JSON.parse(text) as FrozenIds;
}

/**
 * Every way the edition departs from the frozen map, one message each: an id that disappeared, a sentence whose
 * text changed (or moved to another id), a paragraph whose sentence count changed, an id that is new. Empty when
 * every published id still holds the same text.
 */
export function idProblems(frozen: FrozenIds, edition: Edition): string[] {
  const { locale } = edition;
  const problems: string[] = [];
  const now = new Map(edition.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const)));
  const frozenIds = new Set<string>();
  const frozenAt = new Map<string, string>();
  for (const paragraph of frozen.paragraphs) {
    for (const s of paragraph.sentences) frozenAt.set(s.sha256, s.id);
  }
  for (const paragraph of frozen.paragraphs) {
    const current = edition.paragraphs.find((p) => `p${p.number}` === paragraph.id);
    if (!current) {
      problems.push(`${paragraph.id} (${locale}): the paragraph disappeared`);
      continue;
    }
    if (current.sentences.length !== paragraph.sentenceCount) {
      problems.push(
        `${paragraph.id} (${locale}): ${paragraph.sentenceCount} sentences were published, now ${current.sentences.length}`,
      );
    }
    for (const sentence of paragraph.sentences) {
      frozenIds.add(sentence.id);
      const text = now.get(sentence.id);
      const movedTo = [...now].find(([id, t]) => id !== sentence.id && fingerprint(t) === sentence.sha256)?.[0];
      if (text === undefined) {
        problems.push(
          `${sentence.id} (${locale}) disappeared; it was published as “${sentence.text}”` +
            (movedTo ? ` (that text is now ${movedTo})` : ''),
        );
      } else if (fingerprint(text) !== sentence.sha256) {
        problems.push(
          `${sentence.id} (${locale}) changed: published “${sentence.text}”, now “${text}”` +
            (movedTo ? ` (the published text is now ${movedTo})` : ''),
        );
      }
    }
  }
  for (const [id, text] of now) {
    if (!frozenIds.has(id)) {
      const was = frozenAt.get(fingerprint(text));
      problems.push(`${id} (${locale}) is new: “${text}”` + (was ? ` (published as ${was})` : ''));
    }
  }
  return problems;
}

/** Throws with every problem when the editions depart from their frozen maps (the build calls it). */
export function assertFrozenIds(editions: readonly Edition[], dir: string = IDS_DIR): void {
  const problems = editions.flatMap((edition) => idProblems(readFrozenIds(edition.locale as LocaleCode, dir), edition));
  if (problems.length > 0) {
    throw new Error(
      `Published sentence ids changed (src/statement/ids/):\n- ${problems.join('\n- ')}\n` +
        'A published id must keep its sentence. If the change is deliberate (a corrected text), run ' +
        '`npm run ids:freeze` and commit the data diff for review.',
    );
  }
}
