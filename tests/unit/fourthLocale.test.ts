/**
 * A new locale is one entry in src/locales.ts (plus its translated files). Here the locale module is replaced,
 * for this file only, by one whose list has two entries more: a fictional Latin-script language `xx` whose URLs
 * start with `/lingua` (its path, not its code), and Traditional Chinese beside Simplified. Everything below
 * imports the locales as the site does and must treat them like the real three.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';

import type * as Locales from '../../src/locales';
import type * as Metadata from '../../src/statement/metadata';
import { LOCALE_CODES, localeConfig, localePrefix, type LocaleCode } from '../../src/locales';
import { preferredLocale } from '../../src/components/LanguageSuggestion/preferredLocale';
import { MAX_COLUMNS, parseLanguages } from '../../src/components/ParallelView/languages';
import { chooseStyle, defaultStyle } from '../../src/citation/styles';
import type { CslNode } from '../../src/citation/cslData';
import { styleData } from '../../src/citation/data';
import { localizeStyleDates } from '../../src/citation/localDates';
import { createTermFinder, writesOfficialForm } from '../../src/glossary';
import { webAppManifest } from '../../src/plugins/web-app-manifest';
import { dateIn } from '../../src/statement/metadata';
import { alignedTsv, downloadFiles } from '../../src/statement/downloads';
import {
  alignSentences,
  parallelSections,
  segmentSentences,
  sentenceId,
  type Edition,
} from '../../src/statement/model';
import { englishPairs, untranslatedRuns } from '../support/untranslated';

// The unit files share one module cache (vitest.config.mts): this file starts from a fresh one, so that every module
// below imports the replaced list, and leaves none of it behind for the next file.
vi.hoisted(() => vi.resetModules());
afterAll(() => {
  vi.doUnmock('../../src/locales');
  vi.doUnmock('../../src/statement/metadata');
  vi.resetModules();
});

vi.mock('../../src/locales', async (importOriginal) => {
  const real = await importOriginal<typeof Locales>();
  // Every field is required (LocaleDefinition): a locale without one of them does not type-check.
  const more = [
    {
      code: 'xx',
      label: 'Lingua',
      htmlLang: 'xx',
      path: 'lingua',
      script: 'Latn',
      siteTitle: 'OCS 2023',
      shortName: 'OCS',
      byline: 'Xi Jinping · OCS 2023',
      ogLocale: 'xx_YY',
      typography: {
        titleQuotes: ['‹', '›'],
        comma: ' ; ',
        colon: ' : ',
        dateLocale: 'fr',
        groupsFourDigits: false,
        declines: true,
        faults: [{ pattern: /"/u, fault: 'straight quotation marks' }],
      },
      citation: {
        cslLocale: 'xx-YY',
        defaultStyle: 'mla',
        sentence: ', sententia {n}',
        mlaParagraph: 'par. {n}',
        paragraphTerm: { long: ['paragraphus', 'paragraphi'], short: ['par.', 'parr.'] },
        dayFirst: {
          months: [
            'Ianuarii',
            'Februarii',
            'Martii',
            'Aprilis',
            'Maii',
            'Iunii',
            'Iulii',
            'Augusti',
            'Septembris',
            'Octobris',
            'Novembris',
            'Decembris',
          ],
        },
      },
      ebook: { contents: 'Index', titlePage: 'Frons' },
    },
    {
      code: 'zh-Hant',
      label: '繁體中文',
      htmlLang: 'zh-Hant',
      path: 'zh-Hant',
      script: 'Hant',
      siteTitle: '上合 2023',
      shortName: '上合2023',
      byline: '習近平 · 2023年7月4日',
      ogLocale: 'zh_TW',
      typography: {
        titleQuotes: ['《', '》'],
        comma: '，',
        colon: '：',
        dateLocale: 'zh-Hant',
        groupsFourDigits: false,
        declines: false,
        faults: [],
      },
      citation: {
        cslLocale: 'zh-TW',
        defaultStyle: 'gb-t-7714',
        sentence: ', 第{n}句',
        mlaParagraph: '第{n}段',
        pinpoint: { paragraph: '第{n}段', sentence: '第{n}句' },
        dateInFigures: { year: '年', month: '月', day: '日' },
      },
      ebook: { contents: '目錄', titlePage: '扉頁' },
    },
  ] as const satisfies readonly Locales.LocaleDefinition[];
  return { ...real, ...real.localeHelpers([...real.LOCALES, ...more]) };
});

// Its translated files: here only the statement's title, which the app's description gives.
vi.mock('../../src/statement/metadata', async (importOriginal) => {
  const real = await importOriginal<typeof Metadata>();
  return { ...real, STATEMENT: { ...real.STATEMENT, xx: { ...real.STATEMENT.en, title: 'Titulus' } } };
});

const XX = 'xx' as LocaleCode;
const ZH_HANT = 'zh-Hant' as LocaleCode;

describe('a fourth locale, added to the list only', () => {
  it('is one of the locales, its URLs under its path', () => {
    expect(LOCALE_CODES).toEqual(['en', 'zh-Hans', 'ru', 'xx', 'zh-Hant']);
    expect(localeConfig(XX).label).toBe('Lingua');
    expect(localePrefix('en')).toBe('');
    expect(localePrefix('ru')).toBe('/ru');
    expect(localePrefix(XX)).toBe('/lingua');
    expect(() => localeConfig('yy')).toThrow(/Unknown locale "yy"/);
  });

  it('is suggested to the readers who prefer it, and Traditional Chinese does not pass for Simplified', () => {
    expect(preferredLocale(['xx-YY', 'en'])).toBe('xx');
    expect(preferredLocale(['zh-TW'])).toBe('zh-Hant');
    expect(preferredLocale(['zh-HK'])).toBe('zh-Hant');
    expect(preferredLocale(['zh-Hant-CN'])).toBe('zh-Hant');
    expect(preferredLocale(['zh-CN'])).toBe('zh-Hans');
    expect(preferredLocale(['zh'])).toBe('zh-Hans');
    expect(preferredLocale(['zh-SG'])).toBe('zh-Hans');
    expect(preferredLocale(['de', 'ru-RU'])).toBe('ru');
  });

  it('is a column of the parallel view, by code or language, and tells Traditional from Simplified', () => {
    expect(MAX_COLUMNS).toBe(5);
    expect(parseLanguages('xx,en', 'ru')).toEqual(['xx', 'en']);
    expect(parseLanguages('XX', 'ru')).toEqual(['xx', 'ru']);
    expect(parseLanguages('zh-TW,zh', 'en')).toEqual(['zh-Hant', 'zh-Hans']);
    expect(parseLanguages('ZH-HANT', XX)).toEqual(['zh-Hant', 'xx']);
    expect(parseLanguages(null, XX)).toEqual(['xx', 'en', 'zh-Hans', 'ru', 'zh-Hant']);
  });

  it('is segmented, aligned and exported with the others', () => {
    const edition = (locale: LocaleCode, text: string, title: string): Edition => ({
      locale,
      sections: [{ id: 'closing-remarks', path: '/statement/closing-remarks', title }],
      paragraphs: [
        {
          number: 9,
          section: 'closing-remarks',
          text,
          sentences: segmentSentences(text, localeConfig(locale).htmlLang).map((span, k) => ({
            id: sentenceId(9, k + 1),
            text: span.text,
          })),
        },
      ],
    });
    const editions = [
      edition('en', 'Colleagues, the SCO grows. Let us work together.', 'Closing remarks'),
      edition('zh-Hans', '同事们，上合组织不断发展。让我们携手合作。', '结束语'),
      edition('ru', 'Коллеги, ШОС растёт. Давайте работать вместе.', 'Заключение'),
      edition(XX, 'Collegae, SCO crescit. Laboremus una.', 'Verba ultima'),
      edition(ZH_HANT, '同事們，上合組織不斷發展。讓我們攜手合作。', '結束語'),
    ];
    const aligned = alignSentences(editions);
    expect(aligned.map((s) => s.text.xx)).toEqual(['Collegae, SCO crescit.', 'Laboremus una.']);
    expect(aligned.map((s) => s.text['zh-Hant'])).toEqual(['同事們，上合組織不斷發展。', '讓我們攜手合作。']);
    expect(parallelSections(editions)[0].title).toMatchObject({ 'xx': 'Verba ultima', 'zh-Hant': '結束語' });
    expect(alignedTsv(aligned, LOCALE_CODES).split('\n')[0]).toBe('id\ten\tzh-Hans\tru\txx\tzh-Hant');
    expect(downloadFiles()).toEqual(expect.arrayContaining(['statement.xx.json', 'statement.zh-Hant.txt']));
  });

  it('finds glossary terms as its script needs: whole words in xx, anywhere in Traditional Chinese', () => {
    expect(createTermFinder(XX, [{ id: 'sco', match: 'SCO' }])('SCO et SCOs')).toEqual([
      { id: 'sco', start: 0, end: 3 },
    ]);
    expect(createTermFinder(ZH_HANT, [{ id: 'sco', match: '上合組織' }])('推動上合組織發展')).toEqual([
      { id: 'sco', start: 2, end: 6 },
    ]);
  });

  it('is checked for untranslated English by what English has word for word, not by its Latin letters', () => {
    const english = englishPairs(['Key proposals', 'Xi Jinping said the SCO grows.', 'Read the full text']);
    expect(untranslatedRuns('Propositiones praecipuae: Xi Jinping dixit SCO crescere.', XX, english)).toEqual([]);
    expect(untranslatedRuns('Propositiones — Key proposals — et Read the full text.', XX, english)).toEqual([
      'Key proposals',
      'Read the full text',
    ]);
    // Scripts other than Latin keep the strict check: any Latin words in a row.
    expect(untranslatedRuns('重要倡议 Key ideas 全文', ZH_HANT, english)).toEqual(['Key ideas']);
  });

  it('is where its facts are read from: app name, citations, dates and the glossary', () => {
    expect(webAppManifest(XX)).toMatchObject({ name: 'OCS 2023', short_name: 'OCS', lang: 'xx' });

    expect(defaultStyle(XX)).toBe('mla');
    expect(chooseStyle(ZH_HANT, null, null)).toEqual({ style: 'gb-t-7714' });
    const asked: string[] = [];
    const term = (name: string): CslNode => ({ name: 'term', attrs: { name }, children: ['English'] });
    const cslLocale: CslNode = { name: 'locale', attrs: {}, children: [term('paragraph'), term('month-07')] };
    const data = styleData(XX, { name: 'style', attrs: {}, children: [] }, (lang) => {
      asked.push(lang);
      return cslLocale;
    });
    expect(asked).toEqual(['xx-YY']);
    expect(data.lang).toBe('xx-YY');
    expect(JSON.stringify(data.locale)).toContain('"paragraphus"');
    expect(JSON.stringify(data.locale)).toContain('"Iulii"');
    const monthDay: CslNode = {
      name: 'date',
      attrs: {},
      children: [
        { name: 'date-part', attrs: { name: 'month' }, children: [] },
        { name: 'date-part', attrs: { name: 'day' }, children: [] },
      ],
    };
    const partsOf = (node: CslNode) => (node.children as CslNode[]).map((part) => [part.attrs.name, part.attrs.suffix]);
    expect(partsOf(localizeStyleDates(monthDay, XX))).toEqual([
      ['day', undefined],
      ['month', undefined],
    ]);
    expect(partsOf(localizeStyleDates(monthDay, ZH_HANT))).toEqual([
      ['month', '月'],
      ['day', '日'],
    ]);

    expect(writesOfficialForm(XX, 'Initiativa globalis', 'Initiativae globalis')).toBe(true);
    expect(writesOfficialForm(ZH_HANT, '全球發展倡議', '發展倡議')).toBe(false);
    expect(dateIn(XX, '2024-01-02')).toBe('2 janvier 2024');
  });
});
