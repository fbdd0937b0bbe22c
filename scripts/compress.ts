/** Build step: writes `.br` and `.gz` next to every text file of build/ (see scripts/lib/precompress.ts). */
import { precompressDirectory } from '../src/plugins/whole-site/precompress';

const KB = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

async function main(buildDir: string): Promise<void> {
  const started = performance.now();
  const { files, bytes, brotliBytes, gzipBytes } = await precompressDirectory(buildDir);
  console.log(
    `${buildDir}/: ${files} text files precompressed, ${KB(bytes)} → ${KB(brotliBytes)} brotli, ${KB(gzipBytes)} gzip, in ${Math.round(performance.now() - started)} ms`,
  );
}

// A rejection ends the process with an error, so the build fails when a file cannot be written.
void main('build');
