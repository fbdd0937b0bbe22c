/**
 * How the site grows with its text, printed as Markdown tables (a benchmark, not a test). For each factor of
 * BENCH_SCALE_FACTORS (default 1,10,100) it copies the tracked site into a fixture outside the repo
 * (`<tmpdir>/sco-scale-<factor>`), multiplies the statement's paragraphs there in every locale
 * (scripts/lib/scaleFixture.ts), freezes the fixture's ids with its own `ids:freeze`, runs the site's real build
 * (`scripts.build` of package.json, `docusaurus build`: the pages with their short links and quote cards, then
 * Pagefind, the service worker, the headers and compression) and measures the build's time and
 * peak memory, its pages and size, the page weight of the full text, the parallel view and a section page, the
 * search index and the service worker's precache. Writes reports/bench-scale.json (figures of earlier runs at
 * other factors are kept) and the same as Markdown tables in reports/scale.md, which the documents link to, and
 * removes each fixture unless BENCH_SCALE_KEEP=1.
 *
 *   npm run bench:scale      BENCH_SCALE_FACTORS=10 npm run bench:scale      npm run bench:scale -- --locale en
 *   npm run bench:scale -- --report      (the tables of the report so far, printed and written, without building)
 *   BENCH_SCALE_REMEASURE=1 npm run bench:scale      (the kept fixtures' builds measured again, not rebuilt)
 *
 * `--locale en` builds one locale only (all three are still generated: the parallel view reads them all).
 * Each fixture has its own node_modules/.cache (its entries link to the repo's packages), so every build is
 * cold: Docusaurus compiles everything and every quote card is drawn, unless BENCH_SCALE_CARDS=reuse (for a
 * large factor: each distinct text's card is drawn once before the build and copied for the other copies, see
 * scripts/bench-scale-cards.ts; drawing them would take their count × the time per card measured at a smaller factor).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { LOCALE_CODES, localePrefix, type LocaleCode } from '../src/locales';
import { QUOTE_CARD_DIR } from '../src/plugins/short-links';
import { PARALLEL_PATH } from '../src/sitePaths';
import { docsDir } from '../src/statement/editions';
import { PARAGRAPH_COUNT, SECTIONS, sectionOfParagraph } from '../src/statement/model';
import { filesIn } from '../src/plugins/whole-site/buildFiles';
import { entryScriptsOf } from '../config/ssrTemplate';
import { measurePages, type PageWeight as FirstLoad } from './lib/firstLoad';
import { indexSizes, pagefindFiles, type IndexSize } from './lib/pagefindIndex';
import { copiesOf, copyDoc, partFolder, scaleModel, scaleSourceText } from './lib/scaleFixture';
import { precacheManifest } from '../src/plugins/whole-site/serviceWorker';

const REPO = path.resolve(import.meta.dirname, '..');
const REPORT = path.join(REPO, 'reports', 'bench-scale.json');
const TABLES = path.join(REPO, 'reports', 'scale.md');
const TIME = '/usr/bin/time';
const KB = 1024;

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
};
const onlyLocale = argument('--locale') as LocaleCode | undefined;
if (onlyLocale && !LOCALE_CODES.includes(onlyLocale)) throw new Error(`Unknown locale ${onlyLocale}`);
const builtLocales: readonly LocaleCode[] = onlyLocale ? [onlyLocale] : LOCALE_CODES;
/** BENCH_SCALE_CARDS=reuse: the fixture's card cache is filled first (scripts/bench-scale-cards.ts), so the build copies cards instead of drawing them. */
const reuseCards = process.env.BENCH_SCALE_CARDS === 'reuse';
const factors = (process.env.BENCH_SCALE_FACTORS ?? '1,10,100').split(',').map(Number);

const FULL_TEXT = SECTIONS.find((s) => s.kind === 'full-text')!;
/** The pages that hold statement paragraphs, in reading order (what the full text imports). */
/** The statement's pages apart from the full text (what each copy repeats). */
const COPIED_PAGES = SECTIONS.filter((s) => s.kind !== 'full-text').map((s) => s.docId);

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));

/** The tracked site, copied; node_modules as links to the repo's packages, so the caches are the fixture's own. */
function copySite(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: REPO, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(REPO, file), path.join(dir, file));
  }
  mkdirSync(path.join(dir, 'node_modules'));
  for (const entry of readdirSync(path.join(REPO, 'node_modules'))) {
    if (entry !== '.cache') symlinkSync(path.join(REPO, 'node_modules', entry), path.join(dir, 'node_modules', entry));
  }
}

/** The fixture's statement with `factor` × the paragraphs, in every locale (see scripts/lib/scaleFixture.ts). */
function growText(dir: string, factor: number): void {
  for (const locale of LOCALE_CODES) {
    const docs = docsDir(locale, dir);
    for (const part of copiesOf(factor)) {
      for (const docId of COPIED_PAGES) {
        const copy = path.join(docs, partFolder(part), `${docId}.mdx`);
        mkdirSync(path.dirname(copy), { recursive: true });
        writeFileSync(copy, copyDoc(readFileSync(path.join(docs, `${docId}.mdx`), 'utf8'), part, PARAGRAPH_COUNT));
      }
    }
  }
  edit(path.join(dir, 'src/statement/model.ts'), (text) => scaleModel(text, factor, SECTIONS, PARAGRAPH_COUNT));
  edit(path.join(dir, 'source/statement.en.txt'), (text) => scaleSourceText(text, factor));
}

interface Step {
  readonly step: string;
  readonly seconds: number;
  /** The largest resident set of the step's processes (GNU time), when measured. */
  readonly peakMB?: number;
}

/** One command in the fixture, timed (and its peak memory, with GNU time); its output goes to a log there. */
function run(dir: string, command: string, log: string): Step {
  const env = { ...process.env, PATH: `${path.join(dir, 'node_modules', '.bin')}:${process.env.PATH}` };
  const timeFile = path.join(dir, `${log}.time`);
  const withTime = existsSync(TIME);
  const start = process.hrtime.bigint();
  const result = spawnSync(
    withTime ? TIME : 'sh',
    withTime ? ['-v', '-o', timeFile, 'sh', '-c', command] : ['-c', command],
    {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1024 * 1024 * 1024,
    },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  writeFileSync(path.join(dir, `${log}.log`), Buffer.concat([result.stdout, result.stderr]));
  if (result.status !== 0) {
    const output = `${result.stdout.toString()}${result.stderr.toString()}`.split('\n').slice(-40).join('\n');
    throw new Error(`${command} failed in ${dir} (status ${result.status}):\n${output}`);
  }
  const rss = withTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8')) : null;
  return { step: command, seconds, peakMB: rss ? Number(rss[1]) / KB : undefined };
}

interface FileSize {
  readonly file: string;
  readonly bytes: number;
  /** Its `.br` copy as the build wrote it (the file itself when too small to be compressed). */
  readonly brotliBytes: number;
}

function sizeOf(buildDir: string, file: string): FileSize {
  const absolute = path.join(buildDir, file);
  const bytes = statSync(absolute).size;
  return { file, bytes, brotliBytes: existsSync(`${absolute}.br`) ? statSync(`${absolute}.br`).size : bytes };
}

/** main and runtime~main: every page's first scripts. */
const ENTRY_SCRIPT = /\/(?:runtime~)?main\.[0-9a-f]+\.js$/;

/** The built file of a page: `zh-Hans/statement/full-text.html`, `index.html`. */
const htmlFile = (locale: LocaleCode, sitePath: string) =>
  `${path.join(localePrefix(locale).slice(1), sitePath === '/' ? 'index' : sitePath.slice(1))}.html`;

/** The pages weighed: a section page (the ¶6 page), the full text and the parallel view (three columns). */
const WEIGHED = { section: sectionOfParagraph(6)!.path, fullText: FULL_TEXT.path, parallel: PARALLEL_PATH };

interface PageFigures {
  readonly html: FileSize;
  /** The first load in Chromium: everything transferred, of it the scripts, and the largest script. */
  readonly firstLoad: Omit<FirstLoad, 'scripts'> & {
    readonly scripts: readonly { url: string; KB: number; bytes: number }[];
  };
}

interface Measurement {
  readonly factor: number;
  readonly paragraphs: number;
  readonly locales: readonly LocaleCode[];
  readonly date: string;
  readonly machine: string;
  /** Generating the fixture and freezing its ids (not part of a build). */
  readonly fixtureSeconds: number;
  readonly steps: readonly Step[];
  readonly buildSeconds: number;
  readonly peakMB?: number;
  /** `seconds`: from the first card written to the last, per locale; `drawn` false when they were copied from the cache. */
  readonly quoteCards: {
    readonly count: number;
    readonly seconds: number;
    readonly MB: number;
    readonly drawn: boolean;
  };
  readonly htmlPages: number;
  readonly buildFiles: number;
  readonly buildMB: number;
  readonly pages: Readonly<Record<string, Readonly<Record<keyof typeof WEIGHED, PageFigures>>>>;
  /** The entry scripts every page loads (main, runtime~main), brotli. */
  readonly entryScripts: readonly FileSize[];
  readonly search: {
    readonly perLanguage: readonly IndexSize[];
    readonly totalKB: number;
    /** Pagefind's fragments (one per page: its text, for excerpts) and index chunks (words → pages): count · KB. */
    readonly fragments: { readonly count: number; readonly KB: number };
    readonly indexChunks: { readonly count: number; readonly KB: number };
    /** The per-language metadata (`*.pf_meta`), loaded with the first query. */
    readonly metaKB: number;
  };
  readonly precache: { readonly files: number; readonly MB: number; readonly serviceWorker: FileSize };
}

/** A first load with each script's size in the build, uncompressed. */
const withRawSizes = (buildDir: string, load: FirstLoad): PageFigures['firstLoad'] => ({
  ...load,
  scripts: load.scripts.map((script) => ({ ...script, bytes: statSync(path.join(buildDir, script.url)).size })),
});

function filesEndingIn(files: readonly string[], ending: string) {
  const matching = files.filter((file) => file.endsWith(ending));
  return { count: matching.length, KB: matching.reduce((sum, file) => sum + statSync(file).size, 0) / KB };
}

/** The quote cards in the build, and the time spent drawing them: per locale, from the first card written to the last. */
function quoteCards(buildDir: string) {
  let count = 0;
  let bytes = 0;
  let seconds = 0;
  for (const locale of builtLocales) {
    const dir = path.join(buildDir, localePrefix(locale), QUOTE_CARD_DIR);
    const stats = readdirSync(dir).map((file) => statSync(path.join(dir, file)));
    count += stats.length;
    bytes += stats.reduce((sum, s) => sum + s.size, 0);
    const times = stats.map((s) => s.mtimeMs);
    seconds += (Math.max(...times) - Math.min(...times)) / 1000;
  }
  return { count, seconds, MB: bytes / 1e6, drawn: !reuseCards };
}

async function measure(factor: number, dir: string, fixtureSeconds: number, steps: Step[]): Promise<Measurement> {
  const buildDir = path.join(dir, 'build');
  const files = filesIn(buildDir);
  const pagefind = pagefindFiles(buildDir);
  const { entries, bytes } = await precacheManifest(buildDir);
  const firstLoads = await measurePages(Object.values(WEIGHED), { root: buildDir, locales: builtLocales });
  const peaks = steps.flatMap((s) => (s.peakMB === undefined ? [] : [s.peakMB]));
  const mainHtml = readFileSync(path.join(buildDir, htmlFile(builtLocales[0], '/')), 'utf8');
  return {
    factor,
    paragraphs: factor * PARAGRAPH_COUNT,
    locales: builtLocales,
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    fixtureSeconds,
    steps,
    buildSeconds: steps.reduce((sum, s) => sum + s.seconds, 0),
    peakMB: peaks.length ? Math.max(...peaks) : undefined,
    quoteCards: quoteCards(buildDir),
    htmlPages: files.filter((file) => file.endsWith('.html')).length,
    buildFiles: files.length,
    buildMB: files.reduce((sum, file) => sum + statSync(path.join(buildDir, file)).size, 0) / 1e6,
    pages: Object.fromEntries(
      builtLocales.map((locale) => [
        locale,
        Object.fromEntries(
          Object.entries(WEIGHED).map(([kind, sitePath]) => [
            kind,
            {
              html: sizeOf(buildDir, htmlFile(locale, sitePath)),
              firstLoad: withRawSizes(
                buildDir,
                firstLoads.find((w) => w.locale === locale && w.path === sitePath)!,
              ),
            },
          ]),
        ) as Record<keyof typeof WEIGHED, PageFigures>,
      ]),
    ),
    entryScripts: entryScriptsOf(mainHtml).map((url) => sizeOf(buildDir, url.slice(1))),
    search: {
      // A language that was not built has only the three shared files.
      perLanguage: indexSizes(buildDir).filter((r) => r.files > 3),
      totalKB: pagefind.reduce((sum, file) => sum + statSync(file).size, 0) / KB,
      fragments: filesEndingIn(pagefind, '.pf_fragment'),
      indexChunks: filesEndingIn(pagefind, '.pf_index'),
      metaKB: filesEndingIn(pagefind, '.pf_meta').KB,
    },
    precache: { files: entries.length, MB: bytes / 1e6, serviceWorker: sizeOf(buildDir, 'sw.js') },
  };
}

async function benchFactor(factor: number): Promise<Measurement> {
  const dir = path.join(os.tmpdir(), `sco-scale-${factor}`);
  if (process.env.BENCH_SCALE_REMEASURE === '1') {
    // The build kept by an earlier BENCH_SCALE_KEEP=1 run, measured again; its build times come from the report.
    const earlier = readReport().find((m) => m.factor === factor && m.locales.join() === builtLocales.join());
    if (!earlier || !existsSync(path.join(dir, 'build'))) throw new Error(`No kept build or report for ×${factor}`);
    return { ...(await measure(factor, dir, earlier.fixtureSeconds, [...earlier.steps])), date: earlier.date };
  }
  const started = process.hrtime.bigint();
  copySite(dir);
  growText(dir, factor);
  run(dir, 'tsx scripts/freeze-ids.ts', 'ids-freeze');
  if (reuseCards) run(dir, 'tsx scripts/bench-scale-cards.ts', 'quote-cards');
  const fixtureSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const build = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { scripts: { build: string } })
    .scripts.build;
  const steps: Step[] = [];
  for (const [index, command] of build.split(' && ').entries()) {
    const step = onlyLocale && command === 'docusaurus build' ? `${command} --locale ${onlyLocale}` : command;
    console.error(`×${factor}: ${step}…`);
    steps.push(run(dir, step, `build-${index}`));
    console.error(`×${factor}: ${step}: ${steps.at(-1)!.seconds.toFixed(1)} s`);
  }
  const result = await measure(factor, dir, fixtureSeconds, steps);
  if (process.env.BENCH_SCALE_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  return result;
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);
const stepName = (command: string) => /scripts\/([\w-]+)\.ts/.exec(command)?.[1] ?? command.split(' ')[0];

/** The measurements as Markdown tables, one line each. */
function tables(results: readonly Measurement[]): string[] {
  const lines: string[] = [];
  const log = (text: string) => lines.push(text);
  const first = results[0];
  for (const r of results) log(`- ${r.factor}×: ${r.date}, ${r.machine}; locales built: ${r.locales.join(', ')}`);
  const stepNames = first.steps.map((s) => stepName(s.step));
  log(
    `\n| factor | ¶ | build (s) | ${stepNames.join(' (s) | ')} (s) | of Docusaurus: quote cards (count · s) | peak RSS (MB) | HTML pages | build/ (files · MB) |`,
  );
  log(`| ---: | ---: | ---: | ${stepNames.map(() => '---: | ').join('')}---: | ---: | ---: | ---: |`);
  for (const r of results) {
    log(
      `| ${r.factor}× | ${r.paragraphs} | ${r.buildSeconds.toFixed(0)} | ${r.steps.map((s) => s.seconds.toFixed(1)).join(' | ')} | ${r.quoteCards.count} · ${r.quoteCards.seconds.toFixed(0)}${r.quoteCards.drawn === false ? ' (copied, not drawn)' : ''} | ${r.peakMB?.toFixed(0) ?? '–'} | ${r.htmlPages} | ${r.buildFiles} · ${r.buildMB.toFixed(0)} |`,
    );
  }
  for (const locale of first.locales) {
    log(
      `\n${locale}: HTML raw · brotli (KB); first load in Chromium: transferred KB, of which JS (its largest chunk after the entry scripts, KB)\n\n| factor | ¶6 page HTML | full text HTML | parallel view HTML | ¶6 page first load | full text first load | parallel view first load |`,
    );
    log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of results) {
      const p = r.pages[locale];
      const html = ({ html: h }: PageFigures) => `${kb(h.bytes)} · ${kb(h.brotliBytes)}`;
      const load = ({ firstLoad: f }: PageFigures) => {
        const chunk = f.scripts.find((s) => !ENTRY_SCRIPT.test(s.url));
        return `${f.transferredKB.toFixed(1)}, JS ${f.scriptKB.toFixed(1)}, hydrated ${(f.hydratedMs / 1000).toFixed(1)} s (${chunk ? `${path.basename(chunk.url)} ${chunk.KB.toFixed(1)}, raw ${kb(chunk.bytes)}` : '–'})`;
      };
      log(
        `| ${r.factor}× | ${html(p.section)} | ${html(p.fullText)} | ${html(p.parallel)} | ${load(p.section)} | ${load(p.fullText)} | ${load(p.parallel)} |`,
      );
    }
  }
  log(
    '\n| factor | entry scripts every page loads (raw · brotli KB) | service worker precache (files · MB) | sw.js (raw · brotli KB) |',
  );
  log('| ---: | --- | ---: | ---: |');
  for (const r of results) {
    const entries = r.entryScripts.map(
      (s) => `${path.basename(s.file).replace(/\.[0-9a-f]+\.js$/, '')} ${kb(s.bytes)} · ${kb(s.brotliBytes)}`,
    );
    log(
      `| ${r.factor}× | ${entries.join(', ')} | ${r.precache.files} · ${r.precache.MB.toFixed(1)} | ${kb(r.precache.serviceWorker.bytes)} · ${kb(r.precache.serviceWorker.brotliBytes)} |`,
    );
  }
  const languages = first.search.perLanguage.map((l) => l.language);
  log(
    `\n| factor | search index KB: ${languages.join(' | ')} | total pagefind/ (KB) | fragments (files · KB) | index chunks (files · KB) | pf_meta (KB) |`,
  );
  log(`| ---: | ${languages.map(() => '---: | ').join('')}---: | ---: | ---: | ---: |`);
  for (const r of results) {
    log(
      `| ${r.factor}× | ${r.search.perLanguage.map((l) => `${l.kilobytes.toFixed(0)} (${l.files} files)`).join(' | ')} | ${r.search.totalKB.toFixed(0)} | ${r.search.fragments.count} · ${r.search.fragments.KB.toFixed(0)} | ${r.search.indexChunks.count} · ${r.search.indexChunks.KB.toFixed(0)} | ${r.search.metaKB.toFixed(1)} |`,
    );
  }
  return lines;
}

/** What the tables are and how to read them: the head of reports/scale.md. */
const REPORT_HEAD = `# How the site grows with its text

Written by \`npm run bench:scale\` (\`scripts/bench-scale.ts\`) from \`reports/bench-scale.json\`: run it again
rather than edit this file. Each factor builds a fixture outside the repository with that many times the
statement's paragraphs (\`scripts/lib/scaleFixture.ts\` repeats every statement page under \`part-<c>/\` in all
three locales, renumbered), freezes its ids and runs the site's real build with a cold cache.

The copies repeat the same sentences, which brotli's window and Pagefind's word index turn into almost
nothing: the compressed sizes of the full text, the parallel view and the search index grow less than a real
text of that length would. The raw sizes, the counts and the times are what a real text would give.

`;

/** Prints the tables, and writes them to reports/scale.md. */
function report(results: readonly Measurement[]): void {
  if (results.length === 0) throw new Error(`No measurements in ${REPORT}: run \`npm run bench:scale\` first`);
  const lines = tables(results);
  console.log(lines.join('\n'));
  mkdirSync(path.dirname(TABLES), { recursive: true });
  writeFileSync(TABLES, `${REPORT_HEAD}${lines.join('\n')}\n`);
}

const readReport = (): Measurement[] =>
  existsSync(REPORT) ? (JSON.parse(readFileSync(REPORT, 'utf8')) as Measurement[]) : [];

async function main(): Promise<void> {
  // `--report`: the tables of reports/bench-scale.json (every factor measured so far), without building.
  if (process.argv.includes('--report')) return report(readReport());
  const results: Measurement[] = [];
  for (const factor of factors) results.push(await benchFactor(factor));
  // Earlier runs at other factors (or locales) are kept, so the report can be filled one factor at a time.
  const key = (m: Measurement) => `${m.factor}:${m.locales.join(',')}`;
  const kept = readReport().filter((m) => !results.some((r) => key(r) === key(m)));
  const all = [...kept, ...results].sort((a, b) => a.factor - b.factor);
  mkdirSync(path.dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, `${JSON.stringify(all, null, 2)}\n`);
  // The tables hold one set of locales: those of this run.
  report(all.filter((m) => m.locales.join() === builtLocales.join()));
}

void main();
