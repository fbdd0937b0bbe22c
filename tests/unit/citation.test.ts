/**
 * Citations of ¶6 in each style. The expected texts are written by hand from each standard's rules (the rule
 * is named where it is not obvious), not copied from the code; the access date is fixed to 28 November 2026.
 */
import citeproc from 'citeproc';
import { beforeAll, describe, expect, it } from 'vitest';

import { cslLocale, cslStyle } from '../../src/citation/cslData';
import { styleData } from '../../src/citation/data';
import { formatCitation, type StyleData } from '../../src/citation/format';
import { cslItem } from '../../src/citation/item';
import { chooseStyle, citationStyle, defaultStyle, type CitationStyleId } from '../../src/citation/styles';
import type { LocaleCode } from '../../src/locales';

const SITE = 'https://sco-2023-statement.example.org';
const MFA = 'Ministry of Foreign Affairs of the People’s Republic of China';
const TITLE_EN =
  'Xi Jinping Attends the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization and Delivers Important Statement';
const TITLE_RU =
  'Си Цзиньпин принял участие в 23-м заседании Совета глав государств\u00a0— членов Шанхайской организации сотрудничества и выступил с важной речью';

const loaded = new Map<string, StyleData>();

function cite(locale: LocaleCode, style: CitationStyleId, anchor: string, sentence?: number): string {
  const key = `${style} ${locale}`;
  if (!loaded.has(key)) loaded.set(key, styleData(locale, cslStyle(citationStyle(style).csl), cslLocale));
  const data = loaded.get(key)!;
  const prefix = locale === 'en' ? '' : `/${locale}`;
  const item = cslItem(locale, `${SITE}${prefix}/statement/five-points/point-3#${anchor}`, '2026-11-28');
  return formatCitation(citeproc, data, style, locale, item, { paragraph: 6, sentence });
}

describe('the citation style', () => {
  it('is APA in English, GB/T 7714 in Chinese and GOST in Russian by default', () => {
    expect((['en', 'zh-Hans', 'ru'] as const).map(defaultStyle)).toEqual(['apa', 'gb-t-7714', 'gost']);
  });

  it('follows ?cite=, then the stored choice, and falls back to the default', () => {
    expect(chooseStyle('en', 'mla', 'chicago')).toEqual({ style: 'mla' });
    expect(chooseStyle('en', null, 'chicago')).toEqual({ style: 'chicago' });
    expect(chooseStyle('ru', null, null)).toEqual({ style: 'gost' });
    // A stored value that is no style is ignored without a word; a ?cite= that is none is reported.
    expect(chooseStyle('zh-Hans', null, '{"corrupt')).toEqual({ style: 'gb-t-7714' });
    expect(chooseStyle('en', 'harvard', 'mla')).toEqual({ style: 'mla', rejected: 'harvard' });
    expect(chooseStyle('en', 'APA', null)).toEqual({ style: 'apa', rejected: 'APA' });
    expect(chooseStyle('en', '', null)).toEqual({ style: 'apa' });
  });
});

// Reading and parsing the five styles takes a second on an idle machine; allow for a loaded one.
describe('a citation of ¶6', { timeout: 30_000 }, () => {
  beforeAll(() => {
    for (const locale of ['en', 'zh-Hans', 'ru'] as const) {
      for (const style of ['apa', 'chicago', 'mla', 'gb-t-7714', 'gost'] as const) cite(locale, style, 'p6');
    }
  }, 60_000);

  it('in APA 7', () => {
    // §10.16 (webpage on a website): group author. (Year, Month Day). Title in sentence case. Site Name. URL —
    // no retrieval date for a dated, unchanging page (§9.16). In text, §8.28: “para.” for an unpaginated work.
    // (The CSL style sets the site name in title case.)
    expect(cite('en', 'apa', 'p6')).toBe(
      `${MFA}. (2023, July 4). Xi Jinping attends the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization and delivers important statement. SCO 2023 · Xi Jinping’s Statement. ${SITE}/statement/five-points/point-3#p6\n` +
        `(${MFA}, 2023, para. 6)`,
    );
    expect(cite('en', 'apa', 'p6-3', 3).split('\n')[1]).toBe(`(${MFA}, 2023, para. 6, sentence 3)`);
  });

  it('in Chicago 17, notes and bibliography', () => {
    // 14.206 (websites): the bibliography entry gives the page title in quotation marks, the site, the date and
    // the URL; no access date when the page is dated (14.12). The note (short form, 14.29) ends with the locator.
    expect(cite('en', 'chicago', 'p6-3', 3)).toBe(
      `${MFA}. “${TITLE_EN}.” SCO 2023 · Xi Jinping’s statement, July 4, 2023. ${SITE}/statement/five-points/point-3#p6-3.\n` +
        `${MFA}, “${TITLE_EN},” para. 6, sentence 3.`,
    );
  });

  it('in MLA 9', () => {
    // Author. “Title.” Container, Day Month Year, URL. (date in day-month-year order). In text the author and
    // the paragraph, after “par.” (MLA's abbreviation for a paragraph number, not APA's “para.”), with a space.
    expect(cite('en', 'mla', 'p6')).toBe(
      `${MFA}. “${TITLE_EN}.” SCO 2023 · Xi Jinping’s Statement, 4 July 2023, ${SITE}/statement/five-points/point-3#p6.\n` +
        `(${MFA}, par. 6)`,
    );
    expect(cite('en', 'mla', 'p6-3', 3).split('\n')[1]).toBe(`(${MFA}, par. 6, sentence 3)`);
    // In the other languages, the paragraph as the site writes it there (“第6段”, “абз. 6”), never run together.
    expect(cite('zh-Hans', 'mla', 'p6-3', 3).split('\n')[1]).toBe('(中华人民共和国外交部, 第6段, 第3句)');
    expect(cite('ru', 'mla', 'p6').split('\n')[1]).toBe(
      '(Министерство иностранных дел Китайской Народной Республики, абз. 6)',
    );
  });

  it('in GB/T 7714—2015, saying that the text is a translation', () => {
    // Electronic resource: 主要责任者. 题名: 其他题名信息[EB/OL]. (发表日期)[引用日期]. 获取和访问路径.
    // The access date is required. The standard pinpoints pages only; the paragraph goes in the brackets.
    expect(cite('zh-Hans', 'gb-t-7714', 'p6')).toBe(
      `[1] 中华人民共和国外交部. 习近平出席上海合作组织成员国元首理事会第二十三次会议并发表重要讲话: 以新华社中文稿为基础、按英文新闻稿编排的本站中文本[EB/OL]. (2023-07-04)[2026-11-28]. ${SITE}/zh-Hans/statement/five-points/point-3#p6.\n` +
        '[1, 第6段]',
    );
    expect(cite('zh-Hans', 'gb-t-7714', 'p6-3', 3).split('\n')[1]).toBe('[1, 第6段第3句]');
  });

  it('in ГОСТ Р 7.0.5—2008, saying that the text is a translation', () => {
    // Заглавие [Электронный ресурс] // источник / сведения об ответственности (пер. с англ.). Год. URL: …
    // (дата обращения: ДД.ММ.ГГГГ) — the access date is required. In text: [номер, абз. 6], the site's word for a
    // paragraph (CSL's ru-RU would print “п.”), and the sentence as «фраза», as everywhere on the Russian pages.
    expect(cite('ru', 'gost', 'p6')).toBe(
      `1. Министерство иностранных дел Китайской Народной Республики. ${TITLE_RU} [Электронный ресурс] // ШОС-2023 · Выступление Си Цзиньпина / пер. с англ. редакции сайта «ШОС-2023 · Выступление Си Цзиньпина». 2023. URL: ${SITE}/ru/statement/five-points/point-3#p6 (дата обращения: 28.11.2026).\n` +
        '[1, абз. 6]',
    );
    expect(cite('ru', 'gost', 'p6-3', 3).split('\n')[1]).toBe('[1, абз. 6, фраза 3]');
  });

  it.each([
    // APA 7 §9.14 puts the year first; in Russian the day comes before the month, in Chinese figures with 年月日.
    { locale: 'ru', style: 'apa', date: '(2023, 4 июля)' },
    { locale: 'zh-Hans', style: 'apa', date: '(2023年7月4日)' },
    // Chicago 17 and MLA 9 take the locale's long date: a Russian month with a day is in the genitive.
    { locale: 'ru', style: 'chicago', date: '4 июля 2023 г.' },
    { locale: 'ru', style: 'mla', date: '4 июля 2023 г.' },
    { locale: 'zh-Hans', style: 'chicago', date: '2023年7月4日' },
    { locale: 'zh-Hans', style: 'mla', date: '2023年7月4日' },
    { locale: 'en', style: 'apa', date: '(2023, July 4)' },
    // GB/T 7714 and ГОСТ write dates in figures, the access date too.
    { locale: 'zh-Hans', style: 'gb-t-7714', date: '(2023-07-04)[2026-11-28]' },
    { locale: 'ru', style: 'gost', date: '(дата обращения: 28.11.2026)' },
  ] as const)('writes the date in $style as $locale does: $date', ({ locale, style, date }) => {
    const text = cite(locale, style, 'p6');
    expect(text).toContain(date);
    // No month in the nominative or in Chinese words, as a date written the English way had them.
    expect(text).not.toMatch(/июль|七月/);
  });

  it('in every style and locale, is never empty and carries the passage’s address', () => {
    for (const locale of ['en', 'zh-Hans', 'ru'] as const) {
      for (const style of ['apa', 'chicago', 'mla', 'gb-t-7714', 'gost'] as const) {
        const text = cite(locale, style, 'p6-3', 3);
        expect(text, `${locale} ${style}`).toContain('/statement/five-points/point-3#p6-3');
        expect(text.split('\n'), `${locale} ${style}`).toHaveLength(2);
      }
    }
  });
});

describe('a citation of a revised text', { timeout: 30_000 }, () => {
  it('gives the day the text was last revised after the entry, in every style and language', () => {
    const revised = {
      'en': 'Text last revised on 4 December 2026.',
      'zh-Hans': '本站文本最后修订于2026年12月4日。',
      'ru': 'Дата обновления текста: 04.12.2026.',
    };
    for (const locale of ['en', 'zh-Hans', 'ru'] as const) {
      for (const style of ['apa', 'chicago', 'mla', 'gb-t-7714', 'gost'] as const) {
        const data = styleData(locale, cslStyle(citationStyle(style).csl), cslLocale);
        const item = cslItem(locale, `${SITE}/statement/context#p1`, '2026-11-28', '2026-12-04');
        const [entry] = formatCitation(citeproc, data, style, locale, item, { paragraph: 1 }).split('\n');
        expect(entry, `${style} ${locale}`).toMatch(new RegExp(`\\S ?${revised[locale].replace(/[.]/g, '\\.')}$`));
      }
    }
  });
});
