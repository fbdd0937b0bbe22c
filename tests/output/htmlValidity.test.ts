/**
 * Every page of the build is valid HTML for the Nu Html Checker (vnu, the W3C validator), run once over all
 * of them with the `vnu-jar` package's checker. Needs Java (8+): see tests/support/tools.ts.
 */
import { execFile, type ExecFileException } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { htmlPagesIn } from '../../src/plugins/whole-site/buildFiles';
import { ROOT } from '../support/docs';
import { skipWithout } from '../support/tools';

const BUILD = path.join(ROOT, 'build');
const VNU_JAR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);
const TIMEOUT_MS = 150_000;

interface VnuMessage {
  readonly type: string;
  readonly url: string;
  readonly lastLine?: number;
  readonly message: string;
}

function run(
  command: string,
  args: string[],
): Promise<{ error: ExecFileException | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: BUILD, encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ error, stdout, stderr }),
    );
  });
}

describe('HTML validity', () => {
  it(
    'every built page (all locales, 404 and short-link pages) has no error for the Nu Html Checker',
    async (context) => {
      const java = await run(process.env.JAVA ?? 'java', ['-version']);
      const noJava = java.error ? `no Java (${java.error.code ?? java.error.message})` : undefined;
      if (skipWithout('the Nu Html Checker', noJava)) context.skip();
      const pages = htmlPagesIn(BUILD);
      // 16 reading pages and more in each of three locales, and the short links.
      expect(pages.length).toBeGreaterThan(3 * 16);
      const { error, stderr } = await run(process.env.JAVA ?? 'java', [
        '-jar',
        VNU_JAR,
        '--errors-only',
        '--format',
        'json',
        ...pages,
      ]);
      expect(error?.killed ?? false, `vnu did not finish within ${TIMEOUT_MS / 1000} s`).toBe(false);
      // vnu writes its report to stderr, and exits with 1 when it reports an error.
      const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
      const errors = messages
        .filter((m) => m.type === 'error' || m.type === 'non-document-error')
        .map((m) => `${path.relative(BUILD, new URL(m.url).pathname)}:${m.lastLine ?? ''} ${m.message}`);
      expect(errors).toEqual([]);
    },
    TIMEOUT_MS + 10_000,
  );
});
