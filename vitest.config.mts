import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

// Four layers, cheapest first: unit (model, plugins, scripts), content (the docs and the committed data), output
// (the production build's files, read and served over HTTP, no browser), e2e (the production build in headless
// Chromium). `npm test` builds the site first, then runs all four.
const servedBuild = { globalSetup: ['tests/support/globalSetup.ts'] };

export default defineConfig({
  resolve: {
    alias: { '@site': fileURLToPath(new URL('.', import.meta.url)) },
  },
  test: {
    // Two at a time on this project's 2-core reference machine (Vitest's default would be one fewer than the
    // cores): a browser test spends much of its time waiting on page loads, so two files overlap well.
    maxWorkers: 2,
    projects: [
      // Pure modules, so their files share one module cache per worker (`isolate: false`) and pay each import
      // once; the one file that replaces a module (fourthLocale.test.ts) starts and leaves the cache fresh.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'], isolate: false } },
      {
        extends: true,
        test: {
          name: 'output',
          include: ['tests/output/**/*.test.ts'],
          ...servedBuild,
          // The validators (the Nu Html Checker, EPUBCheck) are Java programs: a JVM's start is seconds.
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          ...servedBuild,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Files share nothing but the read-only static server and, within a worker, the browser, so they run
          // in parallel, two at a time.
          fileParallelism: true,
          // Each worker runs its files one after another in one process, which keeps one browser and its idle
          // tabs for them all (support/browser.ts): a browser's start and a cold tab cost seconds of CPU a file.
          isolate: false,
          // A page under load can take more than Vitest's default second to settle.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
