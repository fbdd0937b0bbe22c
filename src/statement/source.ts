/** The project's copy of the English source text (Node only: build plugins, scripts and tests read it). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { withLf } from './markdown';

export const SOURCE_FILE = path.resolve(__dirname, '../../source/statement.en.txt');

/** ¶1–¶15 (index 0 is ¶1); the headline block is left out. LF or CRLF line endings alike. */
export function readSourceParagraphs(file: string = SOURCE_FILE): string[] {
  return withLf(readFileSync(file, 'utf8')).trim().split(/\n\n/).slice(1);
}
