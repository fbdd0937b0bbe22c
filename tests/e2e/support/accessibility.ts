import type axe from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

import { AXE_PATH } from '../../support/server';
import { illegibleText, type ContrastOptions } from './paintedContrast';

declare global {
  interface Window {
    axe: typeof axe;
  }
}

export const THEMES = ['light', 'dark'] as const;
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 812 };

/**
 * axe's violations as short lines: rule, impact, and the first offending elements. axe-core is put into the
 * document once (a script of the test server, support/server.ts) and run there for each theme; `rules` limits
 * the run to those rules, and axe collects the violating nodes only (`resultTypes`), not every passing one,
 * which is most of its time. The site's pages have no frames, so the document is the whole page.
 */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_PATH });
  const results = await page.evaluate(
    (runOnly) => window.axe.run(document, { resultTypes: ['violations'], ...(runOnly && { runOnly }) }),
    rules,
  );
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`)
        .join(' | ')}`,
  );
}

export async function setTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await page.evaluate((value) => {
    document.documentElement.setAttribute('data-theme', value);
  }, theme);
  // Colours change with a CSS transition: check the settled colours, not a frame in between.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        .map((animation) => animation.finished),
    ),
  );
}

/**
 * The themes differ in colours only, and the theme switch is an attribute on <html>: the same page is checked in
 * both without a reload. In the first theme, every axe rule; in the second, axe's `link-in-text-block`, while the
 * contrast of text is left to the legibility check (support/paintedContrast.ts), which runs in both themes, at a
 * desktop's width and a phone's, over every text node against what is painted behind it, and is stricter than
 * axe's `color-contrast` (4.5:1 for all text; text in a transparent colour fails). `open`: a state to check in the
 * viewport only (an open menu, which a scroll or a resize would close); otherwise the whole page is scrolled.
 */
export async function expectAccessibleInEitherTheme(page: Page, label: string, open?: 'open'): Promise<void> {
  const contrast: ContrastOptions = { wholePage: open !== 'open' };
  const [first, second] = THEMES;
  const atDesktop = async (theme: (typeof THEMES)[number], rules?: string[]) => {
    expect(await violations(page, rules), `${label} ${theme}`).toEqual([]);
    expect(await illegibleText(page, contrast), `${label} ${theme}`).toEqual([]);
  };
  const atPhone = async (theme: (typeof THEMES)[number]) => {
    expect(await illegibleText(page, contrast), `${label} ${theme} at 375 px`).toEqual([]);
  };
  await setTheme(page, first);
  await atDesktop(first);
  if (open) {
    await setTheme(page, second);
    return atDesktop(second, ['link-in-text-block']);
  }
  // Desktop, phone, phone, desktop: the page is laid out again at each width once, not twice per theme.
  await page.setViewportSize(PHONE);
  await atPhone(first);
  await setTheme(page, second);
  await atPhone(second);
  await page.setViewportSize(DESKTOP);
  await atDesktop(second, ['link-in-text-block']);
}
