/**
 * Benchmarks, printed as a table (not a test): the production build of all locales, timed (median of
 * BENCH_BUILDS runs, default 1), and the first-load transfer of key pages in every locale, served compressed on
 * 127.0.0.1 and loaded in headless Chromium with an empty cache. Writes reports/bench.json as well.
 *
 *   npm run bench            BENCH_BUILDS=3 npm run bench
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';

import { LOCALES, localePrefix } from '../config/locales';
import { SECTIONS } from '../src/statement/model';
import { launchBrowser } from '../tests/e2e/support/launch';
import { startStaticServer } from './lib/staticServer';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

function timeBuilds(runs: number): number[] {
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    execFileSync('npx', ['docusaurus', 'build'], { stdio: 'ignore' });
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return seconds;
}

interface PageWeight {
  readonly locale: string;
  readonly path: string;
  readonly requests: number;
  readonly transferredKB: number;
  readonly scriptKB: number;
}

async function measurePages(paths: string[]): Promise<PageWeight[]> {
  const server = await startStaticServer({ root: 'build' });
  const browser = await launchBrowser();
  const results: PageWeight[] = [];
  try {
    for (const { code } of LOCALES) {
      for (const path of paths) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        const types = new Map<string, string>();
        let bytes = 0;
        let scriptBytes = 0;
        let requests = 0;
        cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
        cdp.on('Network.loadingFinished', (event) => {
          requests++;
          bytes += event.encodedDataLength;
          if (types.get(event.requestId) === 'Script') scriptBytes += event.encodedDataLength;
        });
        await page.goto(`${server.url}${localePrefix(code)}${path}`, { waitUntil: 'networkidle' });
        results.push({ locale: code, path, requests, transferredKB: bytes / 1024, scriptKB: scriptBytes / 1024 });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

async function main(): Promise<void> {
  const builds = timeBuilds(Number(process.env.BENCH_BUILDS ?? 1));
  const point = SECTIONS.find((s) => s.kind === 'point')!.path;
  const pages = await measurePages(['/', point, '/statement/full-text']);
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

  console.log(`\nMachine: ${machine}`);
  console.log(`Production build, all locales: median ${median(builds).toFixed(1)} s over ${builds.length} run(s) [${builds.map((s) => s.toFixed(1)).join(', ')}]\n`);
  console.log('| locale | page | requests | first-load transfer (KB, compressed) | of which JS (KB) |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  for (const r of pages) {
    console.log(`| ${r.locale} | ${r.path} | ${r.requests} | ${r.transferredKB.toFixed(1)} | ${r.scriptKB.toFixed(1)} |`);
  }
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench.json', `${JSON.stringify({ machine, buildSeconds: builds, pages }, null, 2)}\n`);
}

void main();
