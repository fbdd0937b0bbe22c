import { inject } from 'vitest';

/** The address of the production build, served for the run by tests/support/globalSetup.ts. */
export const baseUrl = (): string => inject('baseUrl');

/**
 * axe-core's minified script, served by the same server beside the build (never part of the site), so that a page
 * loads it as a same-origin script the page's policy allows: Chromium then compiles it once per renderer, not
 * once per page as an evaluated string of 1.5 MB was.
 */
export const AXE_PATH = '/__tests/axe.min.js';
