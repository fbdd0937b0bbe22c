import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';

import { LOCALE_CODES } from '../../src/locales';
import { citationFiles } from '../../src/citation/files';
import { downloadFiles } from '../../src/statement/downloads';

interface CslData {
  title: string;
  URL: string;
  language: string;
  issued: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
}

const SITE = 'https://sco-2023-statement.example.org';
const files = (locale: (typeof LOCALE_CODES)[number]) =>
  Object.fromEntries(citationFiles(locale, SITE, '2026-11-28', '2026-12-04'));

const TITLE = {
  'en': 'Xi Jinping attends the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization and delivers important statement',
  'zh-Hans':
    '习近平出席上海合作组织成员国元首理事会第二十三次会议并发表重要讲话: 以新华社中文稿为基础、按英文新闻稿编排的本站中文本',
  'ru': 'Си Цзиньпин принял участие в 23-м заседании Совета глав государств\u00a0— членов Шанхайской организации сотрудничества и выступил с важной речью',
};
const AUTHOR = {
  'en': 'Ministry of Foreign Affairs of the People’s Republic of China',
  'zh-Hans': '中华人民共和国外交部',
  'ru': 'Министерство иностранных дел Китайской Народной Республики',
};
const URL_OF = {
  'en': `${SITE}/statement/full-text`,
  'zh-Hans': `${SITE}/zh-Hans/statement/full-text`,
  'ru': `${SITE}/ru/statement/full-text`,
};

const REVISED = {
  'en': 'Text last revised on 4 December 2026.',
  'zh-Hans': '本站文本最后修订于2026年12月4日。',
  'ru': 'Дата обновления текста: 04.12.2026.',
};

describe('the files for citation managers', () => {
  it.each(LOCALE_CODES)('carry the day the %s text was last revised, in each format', (locale) => {
    const f = files(locale);
    expect((JSON.parse(f[`statement.${locale}.csl.json`]) as { note: string }[])[0].note).toBe(REVISED[locale]);
    expect(f[`statement.${locale}.ris`]).toContain(`N1  - ${REVISED[locale]}\n`);
    expect(f[`statement.${locale}.bib`]).toContain(`  note = {${REVISED[locale]}},\n`);
  });

  it('are listed among the downloads, three per language', () => {
    expect(downloadFiles().filter((name) => /\.(bib|ris|csl\.json)$/.test(name))).toEqual([
      'statement.en.bib',
      'statement.en.ris',
      'statement.en.csl.json',
      'statement.zh-Hans.bib',
      'statement.zh-Hans.ris',
      'statement.zh-Hans.csl.json',
      'statement.ru.bib',
      'statement.ru.ris',
      'statement.ru.csl.json',
    ]);
  });

  it.each(LOCALE_CODES.map((code) => code))(
    'in %s: BibTeX that a BibTeX parser reads without error, one entry',
    (locale) => {
      const bib = parse(files(locale)[`statement.${locale}.bib`]);
      expect(bib.errors).toEqual([]);
      expect(bib.entries).toHaveLength(1);
      const [entry] = bib.entries;
      expect(entry.type).toBe('online');
      expect(entry.fields.title).toBe(TITLE[locale]);
      expect(entry.fields.author).toEqual([{ name: AUTHOR[locale] }]);
      expect(entry.fields.date).toBe('2023-07-04');
      expect(entry.fields.url).toBe(URL_OF[locale]);
      expect(entry.fields.urldate).toBe('2026-11-28');
      expect(entry.fields.language).toBe(locale);
      if (locale !== 'en') expect(entry.fields.origlanguage).toBe('english');
    },
  );

  it.each(LOCALE_CODES.map((code) => code))(
    'in %s: RIS and CSL-JSON that citation-js reads as the same item',
    (locale) => {
      const ris = new Cite(files(locale)[`statement.${locale}.ris`]).data as CslData[];
      const json = new Cite(JSON.parse(files(locale)[`statement.${locale}.csl.json`])).data as CslData[];
      for (const [format, items] of [
        ['ris', ris],
        ['csl.json', json],
      ] as const) {
        expect(items, format).toHaveLength(1);
        const [item] = items;
        expect(item.title, format).toBe(TITLE[locale]);
        expect(item.URL, format).toBe(URL_OF[locale]);
        expect(item.issued['date-parts'], format).toEqual([[2023, 7, 4]]);
        // citation-js reads a web page's access date from M1, which Zotero does not (see the next test: Y2).
        if (format === 'csl.json') expect(item.accessed['date-parts'], format).toEqual([[2026, 11, 28]]);
        expect(item.language, format).toBe(locale);
      }
    },
  );

  it.each(LOCALE_CODES.map((code) => code))(
    'in %s: RIS with the tags Zotero’s importer maps to a web page, and no volume',
    (locale) => {
      const ris = files(locale)[`statement.${locale}.ris`];
      const tags = ris
        .trimEnd()
        .split('\n')
        .map((line) => line.slice(0, 2));
      // TY ELEC → web page; T2 → website title; DA → date; Y2 → access date. VL would be the volume, M1 a number.
      expect(tags).not.toContain('VL');
      expect(tags).not.toContain('M1');
      expect(ris).toContain('Y2  - 2026/11/28\n');
      expect(tags[0]).toBe('TY');
      expect(tags.at(-1)).toBe('ER');
    },
  );

  it('render through a CSL style (citation-js, APA)', () => {
    const cite = new Cite(JSON.parse(files('en')['statement.en.csl.json']));
    expect(cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim()).toBe(
      'Ministry of Foreign Affairs of the People’s Republic of China. (2023, July 4). Xi Jinping attends the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization and delivers important statement. SCO 2023 · Xi Jinping’s Statement. https://sco-2023-statement.example.org/statement/full-text',
    );
  });
});
