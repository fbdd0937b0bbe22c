import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

// Three layers, mirroring the architecture: unit (model, plugins, scripts), content (the docs themselves, and the
// advisories of the production dependencies), e2e (the production build in headless Chromium). `npm test` builds
// the site first, then runs all three.
export default defineConfig({
  resolve: {
    alias: { '@site': fileURLToPath(new URL('.', import.meta.url)) },
  },
  test: {
    // Two at a time on this project's 2-core reference machine (Vitest's default would be one fewer than the
    // cores): a browser test spends much of its time waiting on page loads, so two files overlap well.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Files share nothing but the read-only static server (each has its own browser and contexts), so
          // they run in parallel, two at a time.
          fileParallelism: true,
          // A page under load can take more than Vitest's default second to settle.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
