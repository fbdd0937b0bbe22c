import type { Page } from 'playwright-core';

/** Opens the navbar search with Ctrl+K, types the query, and waits for its results or its "no results". */
export async function searchFromNavbar(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('Control+K');
  const input = page.getByRole('combobox');
  await input.waitFor();
  await input.fill(query);
  await page.waitForFunction(
    () =>
      /\d|„|“|«|"/.test(document.querySelector('dialog [role="status"]')?.textContent ?? '') &&
      document.querySelector('dialog [role="status"]')?.textContent !== '',
  );
  return page.$$eval('dialog [role="option"] a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}
