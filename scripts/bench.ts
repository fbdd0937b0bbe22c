/**
 * The bench (not a test): issue 26's budget, on a phone, beside bare Docusaurus measured in the same run.
 *
 * Every page kind (landing, ¶6 page, full text, parallel view, glossary, and the search page with a query in
 * the page's language) in every locale: Lighthouse 12.2.3's mobile preset, the median of `--runs` runs of each
 * metric (performance, TBT, the long tasks' main-thread time, CLS, LCP, accessibility, best practices, SEO); the
 * first-load transfer of each page and the scripts it holds (scripts/lib/firstLoad.ts), flagging code that should
 * wait for the reader; bare Docusaurus's classic template `/docs/intro`, served the same way and audited in the
 * same rounds, whose TBT sets the budget (≤ ¼ of it), and the template's near-empty page beside it (Docusaurus's
 * own floor); Lighthouse's `benchmarkIndex` of every run (min, median, max), so a slow moment of the machine shows
 * itself. Prints the report and writes it to reports/bench.md (and the figures to reports/bench.json); exits with
 * status 1 when a page misses the budget. Measures the existing build/ (`npm run build` first).
 *
 *   npm run bench                                              every page kind, every locale, median of 3
 *   npm run bench -- --runs 1 --locale en,ru --pages p6,search  quick, while developing
 *   npm run bench -- --build /tmp/other/build                 another build (before and after a change)
 *   npm run bench -- --extras                                  and the build's time (BENCH_BUILDS builds, default 1),
 *                                                              offline, search index and latency, quote cards
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cp, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { parseArgs } from 'node:util';

import type { Page } from 'playwright-core';

import { LOCALES, localePrefix, type LocaleCode } from '../src/locales';
import { GLOSSARY_PATH, PARALLEL_PATH, SEARCH_PATH } from '../src/sitePaths';
import { QUOTE_CARD_DIR, quoteCardOf } from '../src/plugins/short-links';
import { renderQuoteCard } from '../src/plugins/short-links/quoteCard';
import { readEdition } from '../src/statement/editions';
import { SECTIONS, sectionOfParagraph } from '../src/statement/model';
import { passages } from '../src/statement/passages';
import { launchBrowser } from './lib/chromium';
import { codeMessages } from './lib/codeMessages';
import { DEFERRED_CODE, measurePages, type PageWeight } from './lib/firstLoad';
import { formatHeadersFile } from '../src/plugins/whole-site/headersFile';
import { startLighthouseBrowser, type LighthouseResult } from './lib/lighthouse';
import { indexSizes } from './lib/pagefindIndex';
import { precompressDirectory } from '../src/plugins/whole-site/precompress';
import { precacheManifest } from '../src/plugins/whole-site/serviceWorker';
import { HEADERS_FILE } from '../src/plugins/whole-site/siteHeaders';
import { startStaticServer } from './lib/staticServer';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

function timeBuilds(runs: number): number[] {
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return seconds;
}

interface OfflineFigures {
  readonly precacheFiles: number;
  readonly precacheMB: number;
  readonly serviceWorkerKB: number;
  /** ms after the load event's end of the first request the service worker made (negative: before it). */
  readonly firstPrecacheAfterLoadMs: number;
  /** ms from the start of the first visit until the worker is active, has precached everything and controls the page. */
  readonly offlineReadyMs: number;
}

const PRECACHE_BUDGET_MB = 15;

/** The precache, and a first visit to the ¶6 page: when the worker starts downloading, and when it is done. */
async function measureOffline(paragraph6Path: string): Promise<OfflineFigures> {
  const { entries, bytes } = await precacheManifest('build');
  const server = await startStaticServer({ root: 'build' });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    let firstWorkerRequest: number | undefined;
    context.on('request', (request) => {
      if (request.serviceWorker()) firstWorkerRequest ??= Date.now();
    });
    const start = Date.now();
    await page.goto(`${server.url}${paragraph6Path}`, { waitUntil: 'load' });
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const offlineReadyMs = Date.now() - start;
    const loadEnd = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return performance.timeOrigin + navigation.loadEventEnd;
    });
    await context.close();
    return {
      precacheFiles: entries.length,
      precacheMB: bytes / 1e6,
      serviceWorkerKB: statSync('build/sw.js').size / 1024,
      firstPrecacheAfterLoadMs: (firstWorkerRequest ?? Number.NaN) - loadEnd,
      offlineReadyMs,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Issue 26's budget, on a phone (Lighthouse's mobile preset): held by every page kind in every locale, as the
 * median of the runs. TBT is budgeted as a share of bare Docusaurus's TBT in the same run, so that the figure
 * travels from a fast moment of a machine to a slow one; the rest are absolute.
 */
const BUDGETS = {
  tbtShareOfBare: 0.25,
  performance: 0.95,
  readingPage: { performance: 0.98, firstLoadKB: 160 },
  cls: 0,
  accessibility: 1,
  bestPractices: 1,
  seo: 1,
} as const;

/** The page kinds, by the name `--pages` takes: the table's label and the site path (without locale prefix). */
const PAGE_KINDS = {
  'landing': { label: 'landing', path: '/' },
  'p6': { label: '¶6 page', path: sectionOfParagraph(6)!.path },
  'full-text': { label: 'full text', path: SECTIONS.find((s) => s.kind === 'full-text')!.path },
  'parallel': { label: 'parallel view', path: PARALLEL_PATH },
  'glossary': { label: 'glossary', path: GLOSSARY_PATH },
  'search': { label: 'search with a query', path: SEARCH_PATH },
} as const;
type PageKind = keyof typeof PAGE_KINDS;

/** The search page is measured as readers arrive at it, with a query (a shared link, Enter in the search box). */
const SEARCH_QUERY: Record<LocaleCode, string> = { 'en': 'SCO', 'zh-Hans': '上合组织', 'ru': 'ШОС' };

/** The path requested for a page kind in a locale: with the locale's prefix, and the search page's query. */
function pageUrl(kind: PageKind, locale: LocaleCode): string {
  const { path: sitePath } = PAGE_KINDS[kind];
  const query = kind === 'search' ? `?q=${encodeURIComponent(SEARCH_QUERY[locale])}` : '';
  return `${localePrefix(locale)}${sitePath}${query}`;
}

/** The median of each metric over the runs (each metric on its own, as Lighthouse's own guidance does). */
function medianResult(results: LighthouseResult[]): LighthouseResult {
  const of = (key: Exclude<keyof LighthouseResult, 'failedAudits'>) => median(results.map((r) => r[key]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    seo: of('seo'),
    lcp: of('lcp'),
    tbt: of('tbt'),
    longTasksMs: of('longTasksMs'),
    cls: of('cls'),
    transferredKB: of('transferredKB'),
    benchmarkIndex: of('benchmarkIndex'),
    failedAudits: [...new Set(results.flatMap((r) => r.failedAudits))],
  };
}

interface AuditRow {
  readonly kind: PageKind;
  readonly locale: LocaleCode;
  readonly median: LighthouseResult;
  readonly runs: readonly LighthouseResult[];
  readonly firstLoad: PageWeight;
}

/** What a page misses of the budget, given bare Docusaurus's median TBT in the same run. */
function overBudget(row: AuditRow, bareTbt: number): string[] {
  const { median: m, kind, firstLoad } = row;
  const over: string[] = [];
  if (m.tbt > bareTbt * BUDGETS.tbtShareOfBare) over.push(`TBT > ¼ bare`);
  const performance = kind === 'p6' ? BUDGETS.readingPage.performance : BUDGETS.performance;
  if (m.performance < performance) over.push(`perf. < ${performance}`);
  if (m.cls > BUDGETS.cls) over.push('CLS > 0');
  if (kind === 'p6' && firstLoad.transferredKB > BUDGETS.readingPage.firstLoadKB)
    over.push(`first load > ${BUDGETS.readingPage.firstLoadKB} KB`);
  for (const key of ['accessibility', 'bestPractices', 'seo'] as const)
    if (m[key] < BUDGETS[key]) over.push(`${key} < 1`);
  return over;
}

/**
 * Lighthouse on every page and on bare Docusaurus, each server alive throughout: round after round, bare
 * Docusaurus first and then every page once, so that each median, the peer's included, is taken over the same
 * stretch of the machine's time.
 */
async function lighthouseRounds(
  root: string,
  pages: readonly { kind: PageKind; locale: LocaleCode }[],
  templateRoot: string,
  runs: number,
): Promise<{ site: Map<string, LighthouseResult[]>; bare: LighthouseResult[]; floor: LighthouseResult[] }> {
  const siteServer = await startStaticServer({ root });
  const templateServer = await startStaticServer({ root: templateRoot });
  const lighthouse = await startLighthouseBrowser();
  const site = new Map<string, LighthouseResult[]>();
  const bare: LighthouseResult[] = [];
  const floor: LighthouseResult[] = [];
  try {
    for (let round = 1; round <= runs; round++) {
      bare.push(await lighthouse.run(`${templateServer.url}${TEMPLATE_PAGE}`, 'mobile'));
      floor.push(await lighthouse.run(`${templateServer.url}${TEMPLATE_FLOOR_PAGE}`, 'mobile'));
      for (const { kind, locale } of pages) {
        const key = `${locale} ${kind}`;
        site.set(key, [
          ...(site.get(key) ?? []),
          await lighthouse.run(`${siteServer.url}${pageUrl(kind, locale)}`, 'mobile'),
        ]);
        process.stderr.write('.');
      }
      process.stderr.write(` round ${round} of ${runs}\n`);
    }
  } finally {
    await lighthouse.close();
    await templateServer.close();
    await siteServer.close();
  }
  return { site, bare, floor };
}
/** The peer: the doc page of the classic template that `npx create-docusaurus@3.10.2 my-site classic` writes. */
const TEMPLATE_PAGE = '/docs/intro';
/**
 * The same template's near-empty page (a title and one sentence): what a page of Docusaurus costs before it has
 * any content, the framework's own floor, shown beside the peer in every run.
 */
const TEMPLATE_FLOOR_PAGE = '/markdown-page';

/**
 * Builds the classic template (from the create-docusaurus package, with this site's node_modules, so the same
 * Docusaurus, React and Rspack), precompressed like this site's build and with the same immutable caching for
 * hashed assets. The build is kept in the system's temporary folder (per Docusaurus version) for later runs.
 */
async function templateBuild(): Promise<string> {
  const version = (
    JSON.parse(readFileSync('node_modules/@docusaurus/core/package.json', 'utf8')) as { version: string }
  ).version;
  const dir = path.join(os.tmpdir(), `bench-docusaurus-template-${version}`);
  const root = path.join(dir, 'build');
  if (existsSync(path.join(root, HEADERS_FILE))) return root;
  await rm(dir, { recursive: true, force: true });
  const templates = path.resolve('node_modules/create-docusaurus/templates');
  await cp(path.join(templates, 'shared'), dir, { recursive: true });
  await cp(path.join(templates, 'classic'), dir, { recursive: true });
  await symlink(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  execFileSync(path.resolve('node_modules/.bin/docusaurus'), ['build'], { cwd: dir, stdio: 'ignore' });
  await precompressDirectory(root);
  await writeFile(
    path.join(root, HEADERS_FILE),
    formatHeadersFile([{ pattern: '/assets/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } }]),
  );
  return root;
}
const QUERIES: Record<string, string[]> = {
  'en': [
    'development bank',
    'Afghanistan',
    'scholarships',
    'Tokayev',
    'security',
    'Belt and Road',
    'multilateralism',
    'Shanghai Spirit',
    'Iran',
    'Belarus',
    'modernization',
    'civilization',
    'terrorism',
    'digital',
    'supply chains',
    'Kazakhstan',
    'presidency',
    'declaration',
    'scientists',
    'peace',
  ],
  'zh-Hans': [
    '开发银行',
    '阿富汗',
    '奖学金',
    '托卡耶夫',
    '安全',
    '一带一路',
    '多边主义',
    '上海精神',
    '伊朗',
    '白俄罗斯',
    '现代化',
    '文明',
    '恐怖主义',
    '数字',
    '供应链',
    '哈萨克斯坦',
    '主席国',
    '宣言',
    '科学家',
    '和平',
  ],
  'ru': [
    'банк развития',
    'Афганистан',
    'стипендий',
    'Токаев',
    'безопасность',
    'Один пояс',
    'многосторонность',
    'шанхайский дух',
    'Иран',
    'Беларусь',
    'модернизация',
    'цивилизаций',
    'терроризм',
    'цифровой',
    'цепочки поставок',
    'Казахстан',
    'председательство',
    'декларация',
    'учёных',
    'мир',
  ],
};

/** A card a phone's preview loads quickly; drawing them all adds little to a build with an empty cache. */
const QUOTE_CARD_BUDGET = { maxKB: 60, drawSeconds: 20 };

interface QuoteCardFigures {
  readonly cards: number;
  readonly medianKB: number;
  readonly maxKB: number;
  readonly totalMB: number;
  /** Drawing every card once, as a build with an empty cache does (wall clock and CPU, seconds). */
  readonly drawSeconds: number;
  readonly drawCpuSeconds: number;
}

/** The quote cards in build/ (sizes), and the time to draw them all again without the cache. */
async function quoteCardFigures(): Promise<QuoteCardFigures> {
  const sizes = LOCALES.flatMap(({ code }) => {
    const dir = path.join('build', localePrefix(code), QUOTE_CARD_DIR);
    return readdirSync(dir).map((file) => statSync(path.join(dir, file)).size);
  });
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (const { code } of LOCALES) {
    const message = codeMessages(code);
    for (const passage of passages(readEdition(code))) await renderQuoteCard(quoteCardOf(passage, code, message));
  }
  const used = process.cpuUsage(cpu);
  return {
    cards: sizes.length,
    medianKB: median(sizes) / 1024,
    maxKB: Math.max(...sizes) / 1024,
    totalMB: sizes.reduce((sum, size) => sum + size, 0) / 2 ** 20,
    drawSeconds: Number(process.hrtime.bigint() - start) / 1e9,
    drawCpuSeconds: (used.user + used.system) / 1e6,
  };
}

/** Runs in the search page: types the query into the field and resolves with the ms until results show. */
const KEYSTROKE_TO_RESULTS = `async (query) => {
  const input = document.querySelector('main input');
  const status = document.querySelector('main [role="status"]');
  const type = (value) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const settled = (done) => new Promise((resolve) => {
    const check = () => (done() ? resolve() : requestAnimationFrame(check));
    check();
  });
  type('');
  await settled(() => status.textContent === '');
  const start = performance.now();
  type(query);
  await settled(() => status.textContent !== '' && !status.textContent.endsWith('…'));
  return performance.now() - start;
}`;

/** Other languages' queries typed on a locale's search page (the first of each list loads that index). */
const CROSS_QUERIES_PER_LANGUAGE = 10;

interface SearchLatencies {
  /** The first query on a fresh page: Pagefind and the page's own index load. */
  readonly ownFirst: number;
  /** Every query of the locale's list, with the own index warm. */
  readonly own: number[];
  /** The first query in each other language on a page whose own index is warm: that index loads. */
  readonly crossFirst: number[];
  /** All queries in the other languages (the first loads included). */
  readonly cross: number[];
}

/** Milliseconds from the last keystroke to rendered results on the search page, per query. */
async function searchLatencies(): Promise<Record<string, SearchLatencies>> {
  const server = await startStaticServer({ root: 'build' });
  const browser = await launchBrowser();
  const latencies: Record<string, SearchLatencies> = {};
  // A string, not a function: tsx would wrap a function's inner helpers in a __name() the page lacks.
  const time = (page: Page, query: string) =>
    page.evaluate<number>(`(${KEYSTROKE_TO_RESULTS})(${JSON.stringify(query)})`);
  const open = async (code: LocaleCode) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${localePrefix(code)}/search`, { waitUntil: 'networkidle' });
    return page;
  };
  try {
    for (const { code } of LOCALES) {
      const page = await open(code);
      const ownFirst = await time(page, QUERIES[code][0]);
      const own: number[] = [];
      for (const query of QUERIES[code]) own.push(await time(page, query));
      await page.close();
      const crossFirst: number[] = [];
      const cross: number[] = [];
      for (const other of LOCALES.filter((locale) => locale.code !== code)) {
        // A fresh page per other language, its own index warmed first, so the other index loads at a query.
        const crossPage = await open(code);
        await time(crossPage, QUERIES[code][0]);
        for (const [index, query] of QUERIES[other.code].slice(0, CROSS_QUERIES_PER_LANGUAGE).entries()) {
          const ms = await time(crossPage, query);
          if (index === 0) crossFirst.push(ms);
          cross.push(ms);
        }
        await crossPage.close();
      }
      latencies[code] = { ownFirst, own, crossFirst, cross };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return latencies;
}

/** `--extras`: the build's time, the offline figures, the search index and its latency, the quote cards. */
async function extraFigures(builds: readonly number[]): Promise<string> {
  const offline = await measureOffline(PAGE_KINDS.p6.path);
  const index = indexSizes();
  const latencies = await searchLatencies();
  const cards = await quoteCardFigures();
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const lines = ['## Build, offline, search, quote cards', ''];
  if (builds.length)
    lines.push(
      `Production build, all locales: median ${median([...builds]).toFixed(1)} s over ${builds.length} run(s) [${builds.map((s) => s.toFixed(1)).join(', ')}]`,
      '',
    );
  lines.push('| search index | files | KB (as served, compressed) |', '| --- | ---: | ---: |');
  for (const r of index) lines.push(`| ${r.language} | ${r.files} | ${r.kilobytes.toFixed(1)} |`);
  lines.push(
    '',
    '| locale | first query, own index loads (ms) | own language: queries | median keystroke → results (ms) | slowest (ms) | other languages: queries | median (ms) | slowest (ms) | first load of another index: median (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const [locale, l] of Object.entries(latencies))
    lines.push(
      `| ${locale} | ${ms(l.ownFirst)} | ${l.own.length} | ${ms(median(l.own))} | ${ms(Math.max(...l.own))} | ${l.cross.length} | ${ms(median(l.cross))} | ${ms(Math.max(...l.cross))} | ${ms(median(l.crossFirst))} |`,
    );
  const cardsWithinBudget =
    cards.maxKB <= QUOTE_CARD_BUDGET.maxKB && cards.drawSeconds <= QUOTE_CARD_BUDGET.drawSeconds;
  lines.push(
    '',
    '| quote cards | median (KB) | largest (KB) | all (MB) | drawing all, empty cache: wall (s) | CPU (s) | budget |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    `| ${cards.cards} | ${cards.medianKB.toFixed(1)} | ${cards.maxKB.toFixed(1)} | ${cards.totalMB.toFixed(1)} | ${cards.drawSeconds.toFixed(1)} | ${cards.drawCpuSeconds.toFixed(1)} | ${mark(cardsWithinBudget)} ≤ ${QUOTE_CARD_BUDGET.maxKB} KB a card, ≤ ${QUOTE_CARD_BUDGET.drawSeconds} s |`,
    '',
    '| offline (service worker) | value | budget |',
    '| --- | ---: | --- |',
    `| precache | ${offline.precacheFiles} files, ${offline.precacheMB.toFixed(2)} MB (sw.js ${offline.serviceWorkerKB.toFixed(1)} KB) | ≤ ${PRECACHE_BUDGET_MB} MB ${mark(offline.precacheMB <= PRECACHE_BUDGET_MB)} |`,
    `| first precache request after the load event (ms) | ${ms(offline.firstPrecacheAfterLoadMs)} | ≥ 0 ${mark(offline.firstPrecacheAfterLoadMs >= 0)} |`,
    `| first visit → offline-ready (ms) | ${ms(offline.offlineReadyMs)} | |`,
  );
  return `${lines.join('\n')}\n`;
}

/** The command line: `--runs 1 --locale en,ru --pages p6,search` for a quick look; `--extras` for the rest. */
function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: process.env.BENCH_LIGHTHOUSE_RUNS ?? '3' },
      locale: { type: 'string', default: LOCALES.map(({ code }) => code).join(',') },
      pages: { type: 'string', default: Object.keys(PAGE_KINDS).join(',') },
      extras: { type: 'boolean', default: false },
      build: { type: 'string', default: 'build' },
    },
  });
  const locales = values.locale.split(',') as LocaleCode[];
  const kinds = values.pages.split(',') as PageKind[];
  for (const locale of locales)
    if (!LOCALES.some(({ code }) => code === locale)) throw new Error(`--locale: no locale ${locale}`);
  for (const kind of kinds)
    if (!(kind in PAGE_KINDS)) throw new Error(`--pages: no page kind ${kind} (${Object.keys(PAGE_KINDS).join(', ')})`);
  return { runs: Number(values.runs), locales, kinds, extras: values.extras, root: values.build };
}

const score = (value: number) => value.toFixed(2);
const ms = (value: number) => value.toFixed(0);

/** The deferred code a page loads before it is ready, but for the search page's own: its Pagefind client. */
function deferredCodeOf(row: AuditRow): readonly string[] {
  return row.firstLoad.deferredCodeLoaded.filter((name) => !(row.kind === 'search' && name.startsWith('search')));
}

/** A page of bare Docusaurus: its median, and the runs it was taken over. */
interface PeerFigures {
  readonly median: LighthouseResult;
  readonly runs: readonly LighthouseResult[];
}

/** The report, as Markdown: the budget table, bare Docusaurus, the machine's speed and what each first load holds. */
function report(rows: readonly AuditRow[], bare: PeerFigures, floor: PeerFigures, runs: number, root: string) {
  const all = [...rows.flatMap((row) => row.runs), ...bare.runs, ...floor.runs];
  const indexes = all.map((run) => run.benchmarkIndex);
  const tbtBudget = bare.median.tbt * BUDGETS.tbtShareOfBare;
  const peerRow = (page: string, note: string, m: LighthouseResult) =>
    `| *bare Docusaurus ${page}* | en | ${score(m.performance)} | ${ms(m.tbt)} | ${note} | ${ms(m.longTasksMs)} | ${m.cls.toFixed(3)} | ${(m.lcp / 1000).toFixed(2)} | ${m.transferredKB.toFixed(0)}¹ | | ${score(m.accessibility)} · ${score(m.bestPractices)} · ${score(m.seo)} | |`;
  const lines = [
    `# Bench: Lighthouse 12.2.3, mobile preset, median of ${runs}`,
    '',
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${root === 'build' ? `the build of commit ${execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim()}` : `the build in ${root}`}, ` +
      `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, load average ${os.loadavg()[0].toFixed(1)} at the end. ` +
      "The build and bare Docusaurus 3.10 (the classic template's `/docs/intro`, same Docusaurus, React and Rspack) are served the same way " +
      '(scripts/lib/staticServer.ts, precompressed, the same caching headers) and measured in the same rounds.',
    '',
    `**Lighthouse \`benchmarkIndex\`** over the ${all.length} runs: min ${ms(Math.min(...indexes))} · median ${ms(median(indexes))} · max ${ms(Math.max(...indexes))} (higher is faster; a slow moment of the machine shows here).`,
    '',
    `**Budget** (issue 26): TBT ≤ ¼ of bare Docusaurus's (≤ ${ms(tbtBudget)} ms in this run), performance ≥ ${BUDGETS.performance} (¶6 page ≥ ${BUDGETS.readingPage.performance}, first load ≤ ${BUDGETS.readingPage.firstLoadKB} KB), CLS 0; accessibility, best practices and SEO 1.`,
    '',
    '| page | locale | perf. | TBT (ms) | TBT ≤ ¼ bare | long tasks (ms) | CLS | LCP (s) | first load (KB) | of which JS (KB) | a11y · BP · SEO | budget |',
    '| --- | --- | ---: | ---: | :---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  let over = 0;
  for (const row of rows) {
    const m = row.median;
    const misses = overBudget(row, bare.median.tbt);
    if (misses.length) over++;
    lines.push(
      `| ${PAGE_KINDS[row.kind].label} | ${row.locale} | ${score(m.performance)} | ${ms(m.tbt)} | ${m.tbt <= tbtBudget ? '✓' : '✗'} | ${ms(m.longTasksMs)} | ${m.cls.toFixed(3)} | ${(m.lcp / 1000).toFixed(2)} | ${row.firstLoad.transferredKB.toFixed(0)} | ${row.firstLoad.scriptKB.toFixed(0)} | ${score(m.accessibility)} · ${score(m.bestPractices)} · ${score(m.seo)} | ${misses.length ? `✗ ${misses.join('; ')}` : '✓'} |`,
    );
  }
  lines.push(
    peerRow(TEMPLATE_PAGE, '(peer)', bare.median),
    peerRow(TEMPLATE_FLOOR_PAGE, floor.median.tbt <= tbtBudget ? '✓ (floor)' : '✗ (floor)', floor.median),
    '',
    "TBT, long tasks (their main-thread time together), CLS and LCP are Lighthouse's, throttled as a mid-range phone. " +
      'First load: every byte transferred before the reader does anything (headless Chromium, empty cache, unthrottled, until the network is quiet after hydration). ' +
      "¹ Lighthouse's total byte weight. " +
      `The floor: the template's near-empty page (${TEMPLATE_FLOOR_PAGE}, a title and one sentence), what Docusaurus's own code costs a page before it has any content.`,
    '',
    over ? `**${over} of ${rows.length} pages miss the budget.**` : `**All ${rows.length} pages hold the budget.**`,
    '',
    '## What each first load holds',
    '',
    `Code that should wait for the reader (${Object.keys(DEFERRED_CODE).join(', ')}), if a page loads any before it has loaded and hydrated, and every script it loads (KB transferred; “at idle”: requested only after that).`,
    '',
    '| page | locale | deferred code loaded all the same | scripts |',
    '| --- | --- | --- | --- |',
  );
  for (const row of rows) {
    const scripts = row.firstLoad.scripts
      .map(
        ({ url, KB }) =>
          `${url.replace(/^.*\//, '')} ${KB.toFixed(1)}${row.firstLoad.laterScripts.includes(url) ? ' (at idle)' : ''}`,
      )
      .join(', ');
    lines.push(
      `| ${PAGE_KINDS[row.kind].label} | ${row.locale} | ${deferredCodeOf(row).join(', ') || 'none'} | ${scripts} |`,
    );
  }
  const failed = [...new Set(rows.flatMap((row) => row.median.failedAudits))];
  if (failed.length) lines.push('', `Audits not passed somewhere: ${failed.join(', ')}`);
  return { markdown: `${lines.join('\n')}\n`, over };
}

async function main(): Promise<void> {
  const { runs, locales, kinds, extras, root } = options();
  const builds = extras ? timeBuilds(Number(process.env.BENCH_BUILDS ?? 1)) : [];
  const firstLoads: PageWeight[] = [];
  for (const locale of locales)
    firstLoads.push(
      ...(await measurePages(
        kinds.map((kind) => pageUrl(kind, locale).slice(localePrefix(locale).length)),
        { root, locales: [locale] },
      )),
    );
  const templateRoot = await templateBuild();
  const pages = locales.flatMap((locale) => kinds.map((kind) => ({ kind, locale })));
  const { site, bare: bareRuns, floor: floorRuns } = await lighthouseRounds(root, pages, templateRoot, runs);
  const rows: AuditRow[] = pages.map(({ kind, locale }, index) => {
    const results = site.get(`${locale} ${kind}`)!;
    return { kind, locale, runs: results, median: medianResult(results), firstLoad: firstLoads[index] };
  });
  const bare: PeerFigures = { median: medianResult(bareRuns), runs: bareRuns };
  const floor: PeerFigures = { median: medianResult(floorRuns), runs: floorRuns };
  const { markdown, over } = report(rows, bare, floor, runs, root);
  const sections = [markdown];
  if (extras) sections.push(await extraFigures(builds));
  const text = sections.join('\n');
  console.log(`\n${text}`);
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench.md', text);
  writeFileSync('reports/bench.json', `${JSON.stringify({ rows, bare, floor, budgets: BUDGETS }, null, 2)}\n`);
  if (over) process.exitCode = 1;
}

void main();
