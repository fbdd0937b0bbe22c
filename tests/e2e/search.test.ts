import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LOCALES, localePrefix, type LocaleCode } from '../../src/locales';
import { sectionOfParagraph } from '../../src/statement/model';
import { baseUrl, openPage, useBrowser, waitForHydration, type Visit } from './support/browser';
import { searchFromNavbar, waitForSearch } from './support/search';

const browser = useBrowser();
const point = (n: number) => sectionOfParagraph(n + 3)!.path;
const OUTCOMES = sectionOfParagraph(14)!.path;

/** The words marked in the page's target sentence, and whether every mark of the page is inside it. */
async function marksIn(page: Page, sentence: string): Promise<{ marked: string[]; outside: number }> {
  await page.waitForFunction((id) => document.querySelector(`#${id} mark`) !== null, sentence);
  return page.evaluate((id) => {
    const marks = [...document.querySelectorAll('mark.search-highlight')];
    const target = document.getElementById(id)!;
    return {
      marked: marks.filter((m) => target.contains(m)).map((m) => m.textContent ?? ''),
      outside: marks.filter((m) => !target.contains(m)).length,
    };
  }, sentence);
}

/**
 * Own-language queries: the page ranked first, the sentence linked, the words Pagefind matched (as the text
 * writes them) in the link and marked in that sentence only. `стипендия` and `банк развития` are forms the
 * text does not use (it has «стипендий», «Банка развития»); `开发银行` is one Chinese compound, two segments
 * (开发 + 银行), marked as the one word they make.
 */
const RELEVANCE: {
  locale: LocaleCode;
  query: string;
  page: string;
  sentence: string;
  /** The `highlight` parameters of the link: what Pagefind matched, as the text writes it. */
  highlight: string[];
  marked: string[];
}[] = [
  {
    locale: 'en',
    query: 'development bank',
    page: point(3),
    sentence: 'p6-5',
    highlight: ['development bank'],
    marked: ['development bank'],
  },
  {
    locale: 'en',
    query: 'Afghanistan',
    page: point(2),
    sentence: 'p5-6',
    highlight: ["Afghanistan's", 'Afghanistan'],
    marked: ["Afghanistan's", 'Afghanistan'],
  },
  {
    locale: 'en',
    query: 'scholarships',
    page: point(4),
    sentence: 'p7-4',
    highlight: ['Scholarships'],
    marked: ['Scholarships'],
  },
  { locale: 'en', query: 'Tokayev', page: OUTCOMES, sentence: 'p14-2', highlight: ['Tokayev'], marked: ['Tokayev'] },
  {
    locale: 'zh-Hans',
    query: '开发银行',
    page: point(3),
    sentence: 'p6-5',
    highlight: ['开发银行'],
    marked: ['开发银行'],
  },
  {
    locale: 'zh-Hans',
    query: '阿富汗',
    page: point(2),
    sentence: 'p5-6',
    highlight: ['阿富汗'],
    marked: ['阿富汗', '阿富汗'],
  },
  { locale: 'zh-Hans', query: '奖学金', page: point(4), sentence: 'p7-4', highlight: ['奖学金'], marked: ['奖学金'] },
  {
    locale: 'zh-Hans',
    query: '托卡耶夫',
    page: OUTCOMES,
    sentence: 'p14-2',
    highlight: ['托卡耶夫'],
    marked: ['托卡耶夫'],
  },
  {
    locale: 'ru',
    query: 'банк развития',
    page: point(3),
    sentence: 'p6-5',
    highlight: ['Банка развития'],
    marked: ['Банка развития'],
  },
  {
    locale: 'ru',
    query: 'Афганистан',
    page: point(2),
    sentence: 'p5-6',
    highlight: ['Афганистаном', 'Афганистан'],
    marked: ['Афганистаном', 'Афганистан'],
  },
  {
    locale: 'ru',
    query: 'стипендия',
    page: point(4),
    sentence: 'p7-4',
    highlight: ['стипендий'],
    marked: ['стипендий'],
  },
  { locale: 'ru', query: 'Токаев', page: OUTCOMES, sentence: 'p14-2', highlight: ['Токаев'], marked: ['Токаев'] },
];

/** Aliases from the glossary: words the text does not use find the term's passage, and mark the term. */
const ALIASES: typeof RELEVANCE = [
  {
    locale: 'en',
    query: 'narcotics',
    page: point(2),
    sentence: 'p5-4',
    highlight: ['narcotics'],
    marked: ['drug trafficking'],
  },
  {
    locale: 'zh-Hans',
    query: 'RATS',
    page: OUTCOMES,
    sentence: 'p14-2',
    highlight: ['RATS'],
    marked: ['地区反恐怖机构'],
  },
  {
    locale: 'ru',
    query: 'наркотрафик',
    page: point(2),
    sentence: 'p5-4',
    highlight: ['наркотрафик'],
    marked: ['незаконным оборотом наркотиков'],
  },
];

const LABELS: Record<LocaleCode, RegExp> = {
  'en': /^Found in (English|简体中文|Русский):$/,
  'zh-Hans': /^匹配版本：(English|简体中文|Русский)$/,
  'ru': /^Совпадение в версии: (English|简体中文|Русский)$/,
};

/**
 * Queries in the two other languages, on each locale's site: the hit is the same sentence in the page's
 * language, shown with the sentence that matched, in its language (lang attribute) and labelled with it.
 */
const CROSS: {
  locale: LocaleCode;
  query: string;
  language: string;
  page: string;
  sentence: string;
  title: string;
  marked: string[];
}[] = [
  {
    locale: 'en',
    query: '开发银行',
    language: 'zh-Hans',
    page: point(3),
    sentence: 'p6-5',
    title: 'Point 3: Practical cooperation and economic recovery',
    marked: ['开发银行'],
  },
  {
    locale: 'en',
    query: 'банк развития',
    language: 'ru',
    page: point(3),
    sentence: 'p6-5',
    title: 'Point 3: Practical cooperation and economic recovery',
    marked: ['Банка развития'],
  },
  {
    locale: 'zh-Hans',
    query: 'development bank',
    language: 'en',
    page: point(3),
    sentence: 'p6-5',
    title: '第三点：聚焦务实合作，加快经济复苏',
    marked: ['development bank'],
  },
  {
    locale: 'zh-Hans',
    query: 'Токаев',
    language: 'ru',
    page: OUTCOMES,
    sentence: 'p14-2',
    title: '会议成果',
    marked: ['Токаев'],
  },
  {
    locale: 'ru',
    query: 'scholarships',
    language: 'en',
    page: point(4),
    sentence: 'p7-4',
    title: 'Предложение\u00a04: обмены, взаимообогащение и сближение народов',
    marked: ['Scholarships'],
  },
  {
    locale: 'ru',
    query: '阿富汗',
    language: 'zh-Hans',
    page: point(2),
    sentence: 'p5-6',
    title: 'Предложение\u00a02: мир в регионе и общая безопасность',
    marked: ['阿富汗', '阿富汗'],
  },
];

describe('search across languages', () => {
  it('ranks a same-language hit above a hit in another language', async () => {
    const visit = await openPage(browser(), { locale: 'ru' });
    try {
      // Latin script on the Russian site: English is searched too, and «Токаев» matches in Russian itself.
      await visit.page.goto(`${baseUrl()}/ru/search?q=${encodeURIComponent('Токаев development bank')}`, {
        waitUntil: 'load',
      });
      await waitForHydration(visit.page);
      await waitForSearch(visit.page, 'Токаев development bank', 'main');
      const languages = await visit.page.$$eval('main li', (items) =>
        items.map((item) => item.querySelector('[data-match-language]')?.getAttribute('data-match-language') ?? 'ru'),
      );
      // Both kinds of hit are there, or the order below would prove nothing.
      expect(new Set(languages)).toEqual(new Set(['ru', 'en']));
      expect(languages).toEqual([...languages].sort((a, b) => Number(a !== 'ru') - Number(b !== 'ru')));
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

/**
 * A result is a paragraph: every paragraph whose text holds the query, each once, linked at its sentence, the
 * count given in paragraphs. The paragraphs are those of the committed text (`source/` and its translations).
 * The organization is named in every paragraph but ¶15, by its short name or its full one, and a search for
 * either name finds both (the glossary indexes each as an alias of the other):
 * - “SCO” is in ¶1–¶14, “Shanghai Cooperation Organization” in ¶1 and ¶12;
 * - «ШОС» is in ¶1–¶14, «Шанхайская организация сотрудничества» (declined) in ¶1 and ¶12;
 * - 上合组织 is in ¶2–¶4, ¶6–¶9 and ¶11–¶14, 上海合作组织 in ¶1, ¶2, ¶10 and ¶12, and ¶5 names it 本组织
 *   (“this Organization”), which the glossary counts as the SCO.
 */
const PER_PARAGRAPH: { locale: LocaleCode; query: string; paragraphs: number[]; status: string }[] = [
  {
    locale: 'en',
    query: 'SCO',
    paragraphs: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    status: 'Found in 14 paragraphs',
  },
  { locale: 'en', query: 'security', paragraphs: [2, 4, 5, 6, 11], status: 'Found in 5 paragraphs' },
  { locale: 'en', query: 'Afghanistan', paragraphs: [5], status: 'Found in one paragraph' },
  {
    locale: 'en',
    query: 'Shanghai Cooperation Organization',
    paragraphs: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    status: 'Found in 14 paragraphs',
  },
  {
    locale: 'zh-Hans',
    query: '上合组织',
    paragraphs: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    status: '找到14段',
  },
  {
    locale: 'zh-Hans',
    query: '上海合作组织',
    paragraphs: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    status: '找到14段',
  },
  { locale: 'zh-Hans', query: '安全', paragraphs: [2, 4, 5, 6, 11], status: '找到5段' },
  {
    locale: 'ru',
    query: 'ШОС',
    paragraphs: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    status: 'Найдено в 14\u00a0абзацах',
  },
  {
    locale: 'ru',
    query: 'Шанхайская организация сотрудничества',
    paragraphs: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    status: 'Найдено в 14\u00a0абзацах',
  },
  { locale: 'ru', query: 'Афганистан', paragraphs: [5], status: 'Найдено в 1\u00a0абзаце' },
];

/** Queries in another language on each site: every paragraph once, each shown in the language that matched. */
const ACROSS_PER_PARAGRAPH: { locale: LocaleCode; query: string; count: number; language: LocaleCode }[] = [
  { locale: 'en', query: 'ШОС', count: 14, language: 'ru' },
  { locale: 'ru', query: 'SCO', count: 14, language: 'en' },
  { locale: 'zh-Hans', query: 'Afghanistan', count: 1, language: 'en' },
];

/**
 * The pages the per-locale cases share, in one browser context of that locale: its landing page with the navbar
 * search open (queries are typed into it one after another), a reader's page that follows the chosen result, and
 * the search page. Results and highlights depend on the query only, so the cases need no fresh page each.
 */
interface SearchPages {
  dialog: Visit;
  reader: Page;
  results: Page;
}

function useSearchPages(locale: LocaleCode): () => SearchPages {
  let pages: SearchPages | undefined;
  beforeAll(async () => {
    const dialog = await openPage(browser(), { locale });
    await dialog.page.goto(`${baseUrl()}${localePrefix(locale)}/`, { waitUntil: 'load' });
    await waitForHydration(dialog.page);
    const reader = await dialog.page.context().newPage();
    const results = await dialog.page.context().newPage();
    await results.goto(`${baseUrl()}${localePrefix(locale)}/search`, { waitUntil: 'load' });
    await waitForHydration(results);
    pages = { dialog, reader, results };
  });
  afterAll(async () => {
    await pages?.dialog.close();
  });
  return () => {
    if (!pages) throw new Error('The search pages are not open yet');
    return pages;
  };
}

/** Types the query into the open navbar search (opening it the first time) and returns its results' links. */
async function searchInDialog(page: Page, query: string): Promise<string[]> {
  if ((await page.locator('dialog[open]').count()) === 0) return searchFromNavbar(page, query);
  await page.getByRole('combobox').fill(query);
  await waitForSearch(page, query);
  return page.$$eval('dialog a[role="option"]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** Opens a result's link as a reader arriving from it, once the page has highlighted what it will. */
async function follow(page: Page, href: string): Promise<void> {
  await page.goto(`${baseUrl()}${href}`, { waitUntil: 'load' });
  await waitForHydration(page);
}

describe.each(LOCALES.map((l) => l.code))('search in %s', (locale) => {
  const pages = useSearchPages(locale);

  it.each([...RELEVANCE, ...ALIASES].filter((c) => c.locale === locale))(
    '“$query” ranks $page first and links to $sentence, where $marked is marked',
    async ({ query, page, sentence, highlight, marked }) => {
      const { dialog, reader } = pages();
      const hrefs = await searchInDialog(dialog.page, query);
      const params = highlight.map((words) => `highlight=${encodeURIComponent(words)}`).join('&');
      expect(hrefs[0]).toBe(`${localePrefix(locale)}${page}?${params}#${sentence}`);
      await follow(reader, hrefs[0]);
      await expect(marksIn(reader, sentence)).resolves.toEqual({ marked, outside: 0 });
      expect(dialog.errors).toEqual([]);
    },
  );

  it.each(CROSS.filter((c) => c.locale === locale))(
    '“$query” finds $sentence, shown in $language',
    async ({ query, language, page, sentence, title, marked }) => {
      const { dialog, reader } = pages();
      const hrefs = await searchInDialog(dialog.page, query);
      expect(hrefs[0]).toBe(`${localePrefix(locale)}${page}#${sentence}`);
      const first = dialog.page.locator('dialog [role="option"]').first();
      await expect(first.locator('[data-match-language]').getAttribute('data-match-language')).resolves.toBe(language);
      expect((await first.locator('[data-match-language]').textContent())?.trim()).toMatch(LABELS[locale]);
      const excerpt = first.locator(`[lang="${language}"]`).last();
      await expect(excerpt.locator('mark').allTextContents()).resolves.toEqual(marked);
      expect(await first.textContent()).toContain(title);
      await follow(reader, hrefs[0]);
      await reader.waitForFunction(
        (id) => document.getElementById(id)?.classList.contains('statement-target'),
        sentence,
      );
      await expect(reader.locator('mark.search-highlight').count()).resolves.toBe(0);
      expect(dialog.errors).toEqual([]);
    },
  );

  it.each(PER_PARAGRAPH.filter((c) => c.locale === locale))(
    '“$query” lists each of its $paragraphs.length paragraphs once: $status',
    async ({ query, paragraphs, status }) => {
      const { dialog, results } = pages();
      await results.getByRole('searchbox').fill(query);
      await waitForSearch(results, query, 'main');
      await expect(results.locator('main [role="status"]').textContent()).resolves.toBe(status);
      const hrefs = await results.$$eval('main li a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
      const found = hrefs.map((href) => Number(/#p(\d+)/.exec(href)?.[1]));
      expect([...found].sort((a, b) => a - b)).toEqual(paragraphs);
      for (const href of hrefs) expect(href).toMatch(/#p\d+(-\d+)?$/);
      // Every result links to the page that holds its paragraph.
      for (const [index, href] of hrefs.entries())
        expect(href.replace(/[?#].*/, '')).toBe(`${localePrefix(locale)}${sectionOfParagraph(found[index])!.path}`);
      expect(dialog.errors).toEqual([]);
    },
  );

  it.each(ACROSS_PER_PARAGRAPH.filter((c) => c.locale === locale))(
    'across languages: “$query” lists $count paragraphs, in $language',
    async ({ query, count, language }) => {
      const { results } = pages();
      await results.getByRole('searchbox').fill(query);
      await waitForSearch(results, query, 'main');
      await expect(results.locator('main li').count()).resolves.toBe(count);
      await expect(results.locator(`main li [data-match-language="${language}"]`).count()).resolves.toBe(count);
      const paragraphs = await results.$$eval('main li a', (links) =>
        links.map((a) => /#p(\d+)/.exec(a.getAttribute('href') ?? '')?.[1]),
      );
      expect(new Set(paragraphs).size).toBe(count);
    },
  );
});

describe('a search, end to end', () => {
  it.each([RELEVANCE[0], CROSS[0]])(
    'Enter in the navbar search opens the first result for “$query” ($locale) at $sentence',
    async ({ locale, query, page, sentence }) => {
      const visit = await openPage(browser(), { locale });
      try {
        await visit.page.goto(`${baseUrl()}${localePrefix(locale)}/`, { waitUntil: 'load' });
        await waitForHydration(visit.page);
        await searchFromNavbar(visit.page, query);
        await visit.page.keyboard.press('Enter');
        await visit.page.waitForURL(`**${localePrefix(locale)}${page}**#${sentence}`);
        await visit.page.waitForFunction(
          (id) => document.getElementById(id)?.classList.contains('statement-target'),
          sentence,
        );
        expect(visit.errors).toEqual([]);
      } finally {
        await visit.close();
      }
    },
  );
});

describe('search results per paragraph', () => {
  it('ranks the paragraph with the phrase first and the paragraphs with more of the query above a lone mention', async () => {
    const visit = await openPage(browser());
    try {
      const { page } = visit;
      await page.goto(`${baseUrl()}/search?q=${encodeURIComponent('development bank')}`, { waitUntil: 'load' });
      await waitForHydration(page);
      await waitForSearch(page, 'development bank', 'main');
      const hrefs = await page.$$eval('main li a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs[0]).toMatch(/#p6-5$/);
      // Only paragraphs with both words: the development bank is named in ¶6 alone.
      expect(hrefs).toHaveLength(1);
    } finally {
      await visit.close();
    }
  });
});

const NO_RESULTS: Record<string, RegExp> = {
  'en': /^No results for “/,
  'zh-Hans': /^没有找到/,
  'ru': /^По запросу «/,
};

describe('search with bad input', () => {
  /** Queries that must find nothing, in any language. */
  const NOTHING = ['x'.repeat(1000), '.*+?^${}()|[]\\', '🤝🌏', '!!! ,,, ???'];
  /** Queries that may find something (img, x, 1; 上海 in the Chinese text), but must stay text. */
  const MAY_FIND = ['<img src=x onerror=alert(1)>', 'Шанхай 上海 zzqx'];

  it.each(LOCALES.map((l) => l))('never errs or injects markup, and says “no results” in $code', async (locale) => {
    const visit = await openPage(browser(), { locale: locale.htmlLang });
    try {
      let dialogs = 0;
      visit.page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await visit.page.goto(`${baseUrl()}${localePrefix(locale.code)}/`, { waitUntil: 'load' });
      await waitForHydration(visit.page);
      await visit.page.keyboard.press('Control+K');
      const input = visit.page.getByRole('combobox');
      await input.fill('');
      await expect(visit.page.locator('dialog [role="status"]').textContent()).resolves.toBe('');
      for (const query of [...NOTHING, ...MAY_FIND]) {
        await input.fill(query);
        await waitForSearch(visit.page, query.slice(0, 200));
        if (NOTHING.includes(query)) {
          const text = (await visit.page.locator('dialog [role="status"]').textContent()) ?? '';
          expect(text, query).toMatch(NO_RESULTS[locale.code]);
          await expect(visit.page.locator('dialog [role="option"]').count(), query).resolves.toBe(0);
        }
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
          waitUntil: 'load',
        });
        await waitForHydration(visit.page);
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

  it('finds a query in another language, linking to the page’s own language', async () => {
    const visit = await openPage(browser(), { locale: 'zh-Hans' });
    try {
      await visit.page.goto(`${baseUrl()}/zh-Hans/search?q=${encodeURIComponent('Tokayev')}`, {
        waitUntil: 'load',
      });
      await waitForHydration(visit.page);
      await waitForSearch(visit.page, 'Tokayev', 'main');
      await expect(visit.page.locator('main li a').first().getAttribute('href')).resolves.toBe(
        `/zh-Hans${OUTCOMES}#p14-2`,
      );
      await expect(visit.page.locator('main li [lang="en"] mark').first().textContent()).resolves.toBe('Tokayev');
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.close();
    }
  });
});

describe('loading', () => {
  it('nothing of the index or Pagefind is fetched until the reader searches', async () => {
    const visit = await openPage(browser());
    try {
      const requested: string[] = [];
      visit.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await visit.page.goto(`${baseUrl()}${point(3)}`, { waitUntil: 'load' });
      await waitForHydration(visit.page);
      expect(requested.filter((path) => path.includes('pagefind'))).toEqual([]);
      await searchFromNavbar(visit.page, 'bank');
      expect(requested.filter((path) => path.includes('pagefind')).length).toBeGreaterThan(0);
    } finally {
      await visit.close();
    }
  });

  it.each([
    { what: 'the index', pattern: '**/pagefind/pagefind-entry.json*' },
    { what: 'Pagefind', pattern: '**/pagefind/pagefind.js*' },
  ])('when $what fails to load, says so and retries at the next query', async ({ pattern }) => {
    const visit = await openPage(browser());
    try {
      let requests = 0;
      await visit.page.route(pattern, (route) => (requests++ === 0 ? route.abort() : route.continue()));
      await visit.page.goto(`${baseUrl()}/search`, { waitUntil: 'load' });
      await waitForHydration(visit.page);
      const input = visit.page.getByRole('searchbox');
      await input.fill('Afghanistan');
      await expect(waitForSearch(visit.page, 'Afghanistan', 'main')).rejects.toThrow(
        'Search could not load. It will try again with your next search.',
      );
      await input.fill('development bank');
      await waitForSearch(visit.page, 'development bank', 'main');
      await expect(visit.page.locator('main li a').first().getAttribute('href')).resolves.toBe(
        `${point(3)}?highlight=development%20bank#p6-5`,
      );
      expect(requests).toBeGreaterThanOrEqual(2);
    } finally {
      await visit.close();
    }
  });

  it('opens with Ctrl+K, moves with ↑ ↓, closes with Esc and with its close button', async () => {
    const visit = await openPage(browser());
    try {
      await visit.page.goto(`${baseUrl()}/`, { waitUntil: 'load' });
      await waitForHydration(visit.page);
      await expect(visit.page.locator('[data-search-shortcut]').textContent()).resolves.toBe('Ctrl+K');
      const hrefs = await searchFromNavbar(visit.page, 'SCO');
      expect(hrefs.length).toBeGreaterThan(2);
      const selected = () => visit.page.$eval('dialog a[aria-selected="true"]', (a) => a.getAttribute('href'));
      await expect(selected()).resolves.toBe(hrefs[0]);
      await visit.page.keyboard.press('ArrowDown');
      await expect(selected()).resolves.toBe(hrefs[1]);
      await visit.page.keyboard.press('ArrowUp');
      await visit.page.keyboard.press('ArrowUp');
      await expect(selected()).resolves.toBe(hrefs.at(-1));
      await visit.page.keyboard.press('Escape');
      await expect(visit.page.locator('dialog[open]').count()).resolves.toBe(0);
      await visit.page.keyboard.press('Control+K');
      await visit.page.getByRole('button', { name: 'Close search' }).click();
      await expect(visit.page.locator('dialog[open]').count()).resolves.toBe(0);
    } finally {
      await visit.close();
    }
  });

  it('opens the search page with Enter when no result is chosen', async () => {
    const visit = await openPage(browser(), { locale: 'ru' });
    try {
      await visit.page.goto(`${baseUrl()}/ru/`, { waitUntil: 'load' });
      await waitForHydration(visit.page);
      await expect(searchFromNavbar(visit.page, 'zzqx')).resolves.toEqual([]);
      await visit.page.keyboard.press('Enter');
      await visit.page.waitForURL(`**/ru/search?q=zzqx`);
      await expect(visit.page.getByRole('searchbox').inputValue()).resolves.toBe('zzqx');
    } finally {
      await visit.close();
    }
  });

  it('names the close button in every language, shows ⌘K on a Mac and no keyboard hints on a touch screen', async () => {
    const mac = await openPage(browser(), { locale: 'zh-Hans' }, 'cold');
    try {
      await mac.page.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'userAgentData', { get: () => undefined });
        Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' });
      });
      await mac.page.goto(`${baseUrl()}/zh-Hans/`, { waitUntil: 'load' });
      await waitForHydration(mac.page);
      await expect(mac.page.locator('[data-search-shortcut]').textContent()).resolves.toBe('⌘K');
      // Ctrl+K (the server's HTML) became ⌘K without moving anything (Lighthouse's desktop run is a Mac's).
      const layoutShift = await mac.page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let sum = 0;
            new PerformanceObserver((entries) => {
              for (const entry of entries.getEntries()) sum += (entry as PerformanceEntry & { value: number }).value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(sum), 500);
          }),
      );
      expect(layoutShift).toBe(0);
      await mac.page.keyboard.press('Meta+K');
      // The dialog's code loads at the first ⌘K.
      await mac.page.getByRole('button', { name: '关闭搜索' }).waitFor();
      await expect(mac.page.locator('[data-search-help]').isVisible()).resolves.toBe(true);
    } finally {
      await mac.close();
    }
    const phone = await openPage(browser(), {
      locale: 'ru',
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      await phone.page.goto(`${baseUrl()}/ru/`, { waitUntil: 'load' });
      await waitForHydration(phone.page);
      await phone.page.getByRole('button', { name: 'Поиск' }).first().tap();
      await phone.page.getByRole('button', { name: 'Закрыть поиск' }).waitFor();
      await expect(phone.page.locator('[data-search-help]').isVisible()).resolves.toBe(false);
      await expect(phone.page.locator('[data-search-shortcut]').isVisible()).resolves.toBe(false);
    } finally {
      await phone.close();
    }
  });
});
