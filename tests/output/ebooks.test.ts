/**
 * The e-books as built: each passes the reference EPUB validator (W3C's EPUBCheck, Debian's `epubcheck`) with no
 * error and no warning, and holds every sentence of the committed sentence map (src/statement/ids/<locale>.json)
 * under its id, with its exact text. Skipped, saying why, where EPUBCheck or Java is missing (`.ci/run` installs
 * them: `apt-get install epubcheck`).
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { attribute, elementsOf, textOf } from '../../src/plugins/whole-site/html';
import { LOCALE_CODES, type LocaleCode } from '../../src/locales';
import { DOWNLOADS_PATH, ebookFile } from '../../src/statement/downloads';
import { ROOT } from '../support/docs';
import { skipWithout } from '../support/tools';
import { baseUrl } from '../support/server';

const EPUBCHECK_JAR = '/usr/share/java/epubcheck.jar';

/** How to run EPUBCheck here (Debian ships it as a jar), or why it cannot run. */
function epubcheckCommand(): { command?: string[]; missing?: string } {
  if (!existsSync(EPUBCHECK_JAR)) return { missing: `${EPUBCHECK_JAR} not found (apt-get install epubcheck)` };
  if (spawnSync('java', ['-version']).error)
    return { missing: 'java not found (apt-get install default-jre-headless)' };
  // The quick JIT tier and the serial collector: a validation takes less than half the CPU time.
  return { command: ['java', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', EPUBCHECK_JAR] };
}

const { command, missing: cannotRun } = epubcheckCommand();
const missing = skipWithout('the EPUBCheck validation', cannotRun);

const BOOKS = [...LOCALE_CODES.map((code) => ebookFile(code)), ebookFile('parallel')];

interface EpubcheckReport {
  messages: { severity: string; ID: string; message: string; locations: { path: string; line: number }[] }[];
}

const committedSentences = (locale: LocaleCode) =>
  (
    JSON.parse(readFileSync(path.join(ROOT, 'src/statement/ids', `${locale}.json`), 'utf8')) as {
      paragraphs: { id: string; sentences: { id: string; text: string }[] }[];
    }
  ).paragraphs.flatMap((p) => p.sentences);

/** Every `<span id=…>text</span>` of the book's section documents, in reading order (the spine's). */
function sentenceSpans(files: Record<string, Uint8Array>): [string, string][] {
  const opf = strFromU8(files['EPUB/package.opf']!);
  const spine = [...opf.matchAll(/<itemref idref="([\w-]+)"\/>/g)].map((match) => `EPUB/${match[1]}.xhtml`);
  return spine.flatMap((file) =>
    elementsOf(strFromU8(files[file]!)).flatMap((element): [string, string][] => {
      const id = attribute(element, 'id');
      return element.tagName === 'span' && id && /^p\d+-\d+/.test(id) ? [[id, textOf(element)]] : [];
    }),
  );
}

let dir = '';
const books = new Map<string, Uint8Array>();
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'epub-'));
  for (const name of BOOKS) {
    const response = await fetch(`${baseUrl()}${DOWNLOADS_PATH}/${name}`);
    expect(response.status, name).toBe(200);
    expect(response.headers.get('content-type'), name).toBe('application/epub+zip');
    const bytes = new Uint8Array(await response.arrayBuffer());
    books.set(name, bytes);
    writeFileSync(path.join(dir, name), bytes);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The last EPUBCheck run started: runs go two at a time, one JVM per core of the reference machine. */
const lanes: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()];
let lane = 0;

/** Runs EPUBCheck on a file, after the runs before it in its lane; resolves with its exit status. */
function epubcheck(file: string, ...options: string[]): Promise<number | null> {
  const run = lanes[lane].then(() => runEpubcheck(file, options));
  lanes[lane] = run.catch(() => undefined);
  lane = (lane + 1) % lanes.length;
  return run;
}

function runEpubcheck(file: string, options: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    execFile(command![0]!, [...command!.slice(1), file, ...options], (error) =>
      error && typeof error.code !== 'number' ? reject(error) : resolve(error ? Number(error.code) : 0),
    );
  });
}

describe.skipIf(missing)('EPUBCheck', () => {
  const runs = new Map<string, Promise<number | null>>();
  const broken = () => path.join(dir, 'broken.epub');
  beforeAll(() => {
    for (const name of BOOKS) runs.set(name, epubcheck(path.join(dir, name), '--json', path.join(dir, `${name}.json`)));
    const { mimetype, ...files } = unzipSync(books.get(ebookFile('en'))!);
    // A content document with a paragraph that is not closed.
    files['EPUB/context.xhtml'] = new TextEncoder().encode('<html><p>unclosed');
    writeFileSync(broken(), zipSync({ mimetype: [mimetype!, { level: 0 }], ...files }));
    runs.set('broken', epubcheck(broken()));
  });

  it.each(BOOKS)('finds no error and no warning in %s', async (name) => {
    // EPUBCheck exits with 1 when it reports an error: the report says which, so read it either way.
    await runs.get(name);
    const { messages } = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as EpubcheckReport;
    const problems = messages
      .filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity))
      .map((m) => `${m.severity} ${m.ID} ${m.locations[0]?.path}:${m.locations[0]?.line} ${m.message}`);
    expect(problems).toEqual([]);
  });

  it('is the validator it claims to be (it rejects a broken book)', async () => {
    await expect(runs.get('broken')).resolves.not.toBe(0);
  });
});

describe('the e-books', () => {
  it.each(LOCALE_CODES.map((code) => code))('in %s hold every sentence of the committed map, by id', (locale) => {
    const spans = sentenceSpans(unzipSync(books.get(ebookFile(locale))!));
    expect(spans).toEqual(committedSentences(locale).map(({ id, text }) => [id, text]));
  });

  it('in parallel hold every sentence in every language, the translations’ ids naming their language', () => {
    const spans = new Map(sentenceSpans(unzipSync(books.get(ebookFile('parallel'))!)));
    for (const [index, locale] of LOCALE_CODES.entries()) {
      for (const { id, text } of committedSentences(locale))
        expect(spans.get(index === 0 ? id : `${id}-${locale}`), `${id} ${locale}`).toBe(text);
    }
    expect(spans.size).toBe(60 * LOCALE_CODES.length);
  });
});
