/**
 * Spotting untranslated English in a translated edition. In a language not written in Latin script (Chinese,
 * Russian), a run of two or more Latin-script words is suspect unless it is an allowed proper name; single
 * Latin words (SCO, UN, ¶ ids) pass. A Latin-script language cannot be told from English by its letters: there,
 * a run of two or more words that the English edition has word for word is what gives the English away.
 */
import { localeConfig } from '../../src/locales';

export const LATIN_ALLOWED = new Set<string>(['Xi Jinping']);

/** English messages that a translation may keep as they are (names of the languages, symbols, key labels). */
export const UNCHANGED_ALLOWED = new Set<string>([
  'English',
  '简体中文',
  'Русский',
  'Ctrl+K',
  '¶{paragraph}',
  '¶{first}–¶{last}',
  '“{text}”',
]);

export function latinRuns(text: string): string[] {
  const runs = text.match(/[A-Za-z][A-Za-z'’-]*(?:[ \u00a0]+[A-Za-z][A-Za-z'’-]*)+/g) ?? [];
  return runs.filter((run) => !LATIN_ALLOWED.has(run));
}

/** Words (in any script) and the spaces between them: a new chain starts after anything else. */
const WORD_CHAIN = /\p{L}[\p{L}\p{M}'’-]*(?:[ \u00a0]+\p{L}[\p{L}\p{M}'’-]*)*/gu;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

const pairsOf = (words: readonly string[]) => words.slice(1).map((word, i) => `${words[i]} ${word}`);

/** Every two adjacent words of the English texts: what a phrase copied from English cannot help but repeat. */
export function englishPairs(texts: Iterable<string>): Set<string> {
  const pairs = new Set<string>();
  for (const text of texts) {
    for (const chain of text.match(WORD_CHAIN) ?? [])
      for (const pair of pairsOf(chain.match(WORD) ?? [])) pairs.add(pair);
  }
  return pairs;
}

/** Runs of two or more words whose every adjacent pair is in the English texts. */
function englishRuns(text: string, english: ReadonlySet<string>): string[] {
  const runs: string[] = [];
  for (const chain of text.match(WORD_CHAIN) ?? []) {
    const words = chain.match(WORD) ?? [];
    let run: string[] = [];
    const flush = () => {
      if (run.length >= 2) runs.push(run.join(' '));
      run = [];
    };
    words.forEach((word, i) => {
      if (i > 0 && english.has(`${words[i - 1]} ${word}`)) run = run.length ? [...run, word] : [words[i - 1], word];
      else flush();
    });
    flush();
  }
  return runs.filter((run) => !LATIN_ALLOWED.has(run));
}

/**
 * The untranslated English in a text of a translated locale: Latin word runs, or, in a Latin-script language,
 * runs the English texts have word for word (`english`, from `englishPairs`).
 */
export function untranslatedRuns(text: string, locale: string, english: ReadonlySet<string>): string[] {
  return localeConfig(locale).script === 'Latn' ? englishRuns(text, english) : latinRuns(text);
}
