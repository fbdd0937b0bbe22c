/**
 * Headless Chromium: Debian's /usr/bin/chromium (or CHROME_PATH), driven by playwright-core (never a
 * downloaded browser), with a fresh temporary profile per launch and the flags that keep it off the network.
 */
import { chromium, type Browser } from 'playwright-core';

/** `extraArgs`: e.g. `--remote-debugging-port=…` for a tool that drives the browser itself (Lighthouse). */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless=new',
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
