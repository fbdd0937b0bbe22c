/**
 * Headless Chromium from Debian (never a downloaded browser), driven by playwright-core, with a fresh temporary
 * profile per launch and the flags that keep it off the network. `CHROME_PATH`, when set, names the binary for
 * every launch.
 */
import { existsSync } from 'node:fs';

import { chromium, type Browser } from 'playwright-core';

/** Debian's `chromium`: the whole browser, as a reader runs it. */
const CHROMIUM = '/usr/bin/chromium';
/**
 * Debian's `chromium-headless-shell`: the same version's Blink and V8 in Chromium's old headless mode, without
 * the browser around them; what Playwright itself runs tests in. See decisions/headless-shell.md.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

export interface LaunchOptions {
  /** `shell`: the headless shell where it is installed (the end-to-end tests); else the whole browser. */
  readonly build?: 'browser' | 'shell';
  /** e.g. `--remote-debugging-port=…` for a tool that drives the browser itself (Lighthouse). */
  readonly extraArgs?: readonly string[];
}

function chromiumBinary(build: LaunchOptions['build'] = 'browser'): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return build === 'shell' && existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM;
}

export async function launchBrowser({ build, extraArgs = [] }: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumBinary(build),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
