/**
 * Packs an e-book's files into the EPUB container (a ZIP file, with fflate): the `mimetype` entry first and
 * stored uncompressed, as the Open Container Format requires, so a reader can identify the file by its first
 * bytes; every other entry compressed. `modified` dates the entries, so a build of the same text at the same
 * time gives the same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

import type { BookFile } from './book';

export function packEpub(files: readonly BookFile[], modified: Date): Uint8Array {
  const mimetype = files.find((file) => file.path === 'mimetype');
  if (!mimetype) throw new Error('An EPUB needs its mimetype entry');
  // An object keeps its keys in insertion order, and fflate writes the entries in that order.
  const entries: Zippable = { mimetype: [strToU8(mimetype.text), { level: 0 }] };
  for (const file of files) {
    if (file !== mimetype) entries[file.path] = [strToU8(file.text), { level: 9 }];
  }
  return zipSync(entries, { mtime: modified });
}
