import { describe, expect, it } from 'vitest';

import { LOCALES, localePrefix } from '../../src/locales';
import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, openPage, useBrowser } from './support/browser';
import { searchFromNavbar } from './support/search';

const browser = useBrowser();
const point = (n: number) => sectionOfParagraph(n + 3)!.path;
const OUTCOMES = sectionOfParagraph(14)!.path;

const RELEVANCE = [
  { locale: 'en', query: 'development bank', page: point(3), sentence: 'p6-5' },
  { locale: 'en', query: 'Afghanistan', page: point(2), sentence: 'p5-6' },
  { locale: 'en', query: 'scholarships', page: point(4), sentence: 'p7-4' },
  { locale: 'en', query: 'Tokayev', page: OUTCOMES, sentence: 'p14-2' },
  { locale: 'zh-Hans', query: '开发银行', page: point(3), sentence: 'p6-5' },
  { locale: 'zh-Hans', query: '阿富汗', page: point(2), sentence: 'p5-6' },
  { locale: 'zh-Hans', query: '奖学金', page: point(4), sentence: 'p7-4' },
  { locale: 'zh-Hans', query: '托卡耶夫', page: OUTCOMES, sentence: 'p14-2' },
  { locale: 'ru', query: 'банк развития', page: point(3), sentence: 'p6-5' },
  { locale: 'ru', query: 'Афганистан', page: point(2), sentence: 'p5-6' },
  { locale: 'ru', query: 'стипендий', page: point(4), sentence: 'p7-4' },
  { locale: 'ru', query: 'Токаев', page: OUTCOMES, sentence: 'p14-2' },
];

describe('search', () => {
  it.each(RELEVANCE)(
    '“$query” ($locale) ranks $page first and links to $sentence, where the words are marked',
    async ({ locale, query, page, sentence }) => {
      const visit = await openPage(browser(), { locale });
      try {
        await visit.page.goto(`${baseUrl()}${localePrefix(locale as 'en')}/`, { waitUntil: 'networkidle' });
        const hrefs = await searchFromNavbar(visit.page, query);
        const [first] = hrefs;
        expect(first).toBe(`${localePrefix(locale as 'en')}${page}?highlight=${encodeURIComponent(query)}#${sentence}`);
        await visit.page.keyboard.press('Enter');
        await visit.page.waitForURL(`**${page}?highlight=*#${sentence}`);
        await visit.page.waitForFunction((id) => document.querySelector(`#${id} mark`) !== null, sentence);
        const marked = await visit.page.$$eval(`#${sentence} mark`, (marks) => marks.map((m) => m.textContent ?? ''));
        expect(marked.join(' ').toLowerCase()).toContain(query.split(' ')[0].toLowerCase().slice(0, 4));
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );
});

const NO_RESULTS: Record<string, RegExp> = {
  'en': /^No results for “/,
  'zh-Hans': /^没有找到/,
  'ru': /^По запросу «/,
};

describe('search with bad input', () => {
  const BAD = [
    'x'.repeat(1000),
    '.*+?^${}()|[]\\',
    '<img src=x onerror=alert(1)>',
    '🤝🌏',
    'Шанхай 上海 zzqx',
    '!!! ,,, ???',
  ];

  it.each(LOCALES.map((l) => l))('never errs or injects markup, and says “no results” in $code', async (locale) => {
    const visit = await openPage(browser(), { locale: locale.htmlLang });
    try {
      let dialogs = 0;
      visit.page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await visit.page.goto(`${baseUrl()}${localePrefix(locale.code)}/`, { waitUntil: 'networkidle' });
      await visit.page.keyboard.press('Control+K');
      const input = visit.page.getByRole('combobox');
      await input.fill('');
      await expect(visit.page.locator('dialog [role="status"]').textContent()).resolves.toBe('');
      for (const query of BAD) {
        await input.fill(query);
        const status = visit.page.locator('dialog [role="status"]');
        await visit.page.waitForFunction(() => {
          const text = document.querySelector('dialog [role="status"]')?.textContent ?? '';
          return text !== '' && !/…$/.test(text);
        });
        const text = (await status.textContent()) ?? '';
        if ((await visit.page.locator('dialog [role="option"]').count()) === 0)
          expect(text, query).toMatch(NO_RESULTS[locale.code]);
        await expect(visit.page.locator('dialog img, dialog script').count()).resolves.toBe(0);
        expect(await input.inputValue()).toBe(query.slice(0, 200));
      }
      expect(dialogs).toBe(0);
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

describe('the search page', () => {
  it.each(LOCALES.map((l) => l))(
    'in $code keeps the query in the URL and shows results for a loaded URL',
    async (locale) => {
      const query = { 'en': 'Afghanistan', 'zh-Hans': '阿富汗', 'ru': 'Афганистан' }[locale.code];
      const visit = await openPage(browser(), { locale: locale.htmlLang });
      try {
        await visit.page.goto(`${baseUrl()}${localePrefix(locale.code)}/search?q=${encodeURIComponent(query)}`, {
          waitUntil: 'networkidle',
        });
        await visit.page.locator('main li a').first().waitFor();
        await expect(visit.page.locator('main li a').first().getAttribute('href')).resolves.toContain(
          `${point(2)}?highlight=`,
        );
        await visit.page.getByRole('searchbox').fill('scholarships 奖学金 стипендий');
        await visit.page.waitForURL((url) => url.searchParams.get('q') === 'scholarships 奖学金 стипендий');
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );
});

describe('loading', () => {
  it('nothing of the index or Pagefind is fetched until the reader searches', async () => {
    const visit = await openPage(browser());
    try {
      const requested: string[] = [];
      visit.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await visit.page.goto(`${baseUrl()}${point(3)}`, { waitUntil: 'networkidle' });
      expect(requested.filter((path) => path.includes('pagefind'))).toEqual([]);
      await searchFromNavbar(visit.page, 'bank');
      expect(requested.filter((path) => path.includes('pagefind')).length).toBeGreaterThan(0);
    } finally {
      await visit.close();
    }
  });

  it('opens with Ctrl+K, moves with ↑ ↓ and closes with Esc', async () => {
    const visit = await openPage(browser());
    try {
      await visit.page.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
      const hrefs = await searchFromNavbar(visit.page, 'SCO');
      expect(hrefs.length).toBeGreaterThan(2);
      const selected = () => visit.page.$eval('dialog [aria-selected="true"] a', (a) => a.getAttribute('href'));
      await expect(selected()).resolves.toBe(hrefs[0]);
      await visit.page.keyboard.press('ArrowDown');
      await expect(selected()).resolves.toBe(hrefs[1]);
      await visit.page.keyboard.press('ArrowUp');
      await visit.page.keyboard.press('ArrowUp');
      await expect(selected()).resolves.toBe(hrefs.at(-1));
      await visit.page.keyboard.press('Escape');
      await expect(visit.page.locator('dialog[open]').count()).resolves.toBe(0);
    } finally {
      await visit.close();
    }
  });
});
