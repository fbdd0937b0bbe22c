/**
 * Spotting untranslated English in the Chinese and Russian editions: a run of two or more Latin-script words
 * is suspect unless it is an allowed proper name. Single Latin words (SCO, UN, ¶ ids) pass.
 */
export const LATIN_ALLOWED = new Set<string>(['Xi Jinping']);

/** English messages that a translation may keep as they are (names of the languages, symbols). */
export const UNCHANGED_ALLOWED = new Set<string>(['English', '简体中文', 'Русский', '¶{paragraph}', '“{text}”']);

export function latinRuns(text: string): string[] {
  const runs = text.match(/[A-Za-z][A-Za-z'’-]*(?:[ \u00a0]+[A-Za-z][A-Za-z'’-]*)+/g) ?? [];
  return runs.filter((run) => !LATIN_ALLOWED.has(run));
}
