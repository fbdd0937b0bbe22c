import type { Page } from 'playwright-core';

/** The status line of the navbar search dialog (or of the search page, with `scope` 'main'). */
const STATUS = (scope: string) => `${scope} [role="status"]`;

/**
 * Waits until the search has answered `query` (results or “no results”). A search that failed fails the test
 * at once, with the message it showed, instead of waiting out the timeout.
 */
export async function waitForSearch(page: Page, query: string, scope = 'dialog'): Promise<void> {
  const handle = await page.waitForFunction(
    ({ selector, expected }) => {
      const status = document.querySelector<HTMLElement>(selector);
      const state = status?.dataset.searchStatus;
      if (state === 'failed') return status?.textContent ?? 'failed';
      return status?.dataset.searchQuery === expected && state === 'done' ? 'done' : false;
    },
    { selector: STATUS(scope), expected: query },
  );
  const outcome = await handle.jsonValue();
  if (outcome !== 'done') throw new Error(`Search for “${query}” failed: ${outcome}`);
}

/** Opens the navbar search with Ctrl+K, types the query, and waits for its results or its "no results". */
export async function searchFromNavbar(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('Control+K');
  const input = page.getByRole('combobox');
  await input.waitFor();
  await input.fill(query);
  await waitForSearch(page, query);
  return page.$$eval('dialog a[role="option"]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}
