/**
 * Lighthouse 12.2.3 runs against a page of the local build, in Debian's Chromium (launched by playwright-core
 * with a debugging port Lighthouse connects to), with Lighthouse's mobile (default) or desktop preset.
 *
 * Lighthouse runs as its own CLI process: it sends some of its functions to the page as source text, and
 * under tsx (which rewrites every module it loads) those would refer to helpers the page does not have.
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';

import type { Browser } from 'playwright-core';

import { launchBrowser } from './chromium';

export type Preset = 'mobile' | 'desktop';

export interface LighthouseResult {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  /** Milliseconds. */
  readonly lcp: number;
  readonly tbt: number;
  /** The main-thread time of the page's long tasks (> 50 ms) together, as Lighthouse lists them. */
  readonly longTasksMs: number;
  readonly cls: number;
  readonly transferredKB: number;
  /** Lighthouse's measure of this machine's speed at the run (higher is faster), so a slow moment shows. */
  readonly benchmarkIndex: number;
  /** Audits that did not pass in the categories other than performance, for the report. */
  readonly failedAudits: string[];
}

const run = promisify(execFile);
const LIGHTHOUSE_CLI = require.resolve('lighthouse/cli/index.js');
const CATEGORIES = ['--only-categories=performance,accessibility,best-practices,seo'];

/** The parts of Lighthouse's report (LHR) read here. */
interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { score: number | null; numericValue?: number; details?: { items?: readonly { duration?: number }[] } }
  >;
  environment: { benchmarkIndex: number };
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP); such a run is tried again. */
async function runCli(args: string[], attempts = 3): Promise<LighthouseReport> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { stdout } = await run(process.execPath, [LIGHTHOUSE_CLI, ...args], { maxBuffer: 64 * 1024 * 1024 });
      return JSON.parse(stdout) as LighthouseReport;
    } catch (error) {
      if (attempt >= attempts) throw error;
      process.stderr.write(`Lighthouse failed on ${args[0]} (attempt ${attempt}), trying again\n`);
    }
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface LighthouseBrowser {
  run(url: string, preset: Preset): Promise<LighthouseResult>;
  close(): Promise<void>;
}

export async function startLighthouseBrowser(): Promise<LighthouseBrowser> {
  const port = await freePort();
  const browser: Browser = await launchBrowser({ extraArgs: [`--remote-debugging-port=${port}`] });
  return {
    async run(url, preset) {
      const args = [url, `--port=${port}`, '--output=json', '--output-path=stdout', '--quiet', ...CATEGORIES];
      if (preset === 'desktop') args.push('--preset=desktop');
      const lhr = await runCli(args);
      const { categories, audits, environment } = lhr;
      const score = (id: string) => categories[id]?.score ?? 0;
      const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
      const failedAudits = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
        categories[category].auditRefs
          .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && (audits[ref.id].score ?? 0) < 1)
          .map((ref) => `${category}/${ref.id}`),
      );
      return {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcp: numeric('largest-contentful-paint'),
        tbt: numeric('total-blocking-time'),
        longTasksMs: (audits['long-tasks']?.details?.items ?? []).reduce((sum, task) => sum + (task.duration ?? 0), 0),
        cls: numeric('cumulative-layout-shift'),
        transferredKB: numeric('total-byte-weight') / 1024,
        benchmarkIndex: environment.benchmarkIndex,
        failedAudits,
      };
    },
    close: () => browser.close(),
  };
}
