/**
 * Precompressed copies of the build's text files: `file.br` (brotli, quality 11) and `file.gz` (gzip, level 9)
 * next to `file`, written once at build time, so that a server sends them as they are instead of compressing
 * every response (nginx `brotli_static`/`gzip_static`, and `scripts/lib/staticServer.ts`).
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

import { forEachConcurrently } from '../concurrently';
import { filesIn } from './buildFiles';

/** The text types worth compressing (images and Pagefind's files are compressed already). */
export const COMPRESSIBLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.xml',
  '.txt',
  '.md',
  '.tsv',
  '.bib',
  '.ris',
  '.svg',
  '.webmanifest',
]);

/** Below this many bytes a file fits in one packet anyway: it is left uncompressed. */
export const MIN_COMPRESS_BYTES = 512;

/** The encodings written, in the order a server prefers them, each with its file suffix. */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export async function compressBytes(data: Buffer): Promise<{ br: Buffer; gzip: Buffer }> {
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return { br, gzip: gz };
}

export interface CompressSummary {
  readonly files: number;
  readonly bytes: number;
  readonly brotliBytes: number;
  readonly gzipBytes: number;
}

/** Writes `.br` and `.gz` next to every text file of `dir` of at least MIN_COMPRESS_BYTES, when smaller. */
export async function precompressDirectory(dir: string): Promise<CompressSummary> {
  const files = filesIn(dir).filter((file) => COMPRESSIBLE_EXTENSIONS.has(path.extname(file)));
  const summary = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  // A quarter of the bytes are in files that each locale has a copy of (shared chunks, the downloads): each
  // content is compressed once.
  const byContent = new Map<string, Promise<{ br: Buffer; gzip: Buffer }>>();
  // zlib runs on libuv's thread pool: a few files at a time keep every core busy without flooding memory.
  await forEachConcurrently(files, 4, async (name) => {
    const file = path.join(dir, name);
    const data = await readFile(file);
    if (data.length < MIN_COMPRESS_BYTES) return;
    const hash = createHash('sha256').update(data).digest('hex');
    if (!byContent.has(hash)) byContent.set(hash, compressBytes(data));
    const compressed = await byContent.get(hash)!;
    for (const { encoding, suffix } of PRECOMPRESSED) {
      const bytes = compressed[encoding];
      if (bytes.length >= data.length) continue;
      await writeFile(`${file}${suffix}`, bytes);
    }
    summary.files++;
    summary.bytes += data.length;
    summary.brotliBytes += Math.min(compressed.br.length, data.length);
    summary.gzipBytes += Math.min(compressed.gzip.length, data.length);
  });
  return summary;
}
