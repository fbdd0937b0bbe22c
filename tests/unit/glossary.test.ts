import { describe, expect, it } from 'vitest';

import { officialSourceProblems, writesOfficialForm, type GlossaryEntry } from '../../src/glossary';

const entry = (official: unknown): GlossaryEntry =>
  ({ term: '全球发展倡议', note: '…', match: '全球发展倡议', official }) as GlossaryEntry;

const source = {
  publisher: '新华社',
  title: '习近平出席…',
  url: 'https://www.news.cn/politics/leaders/2023-07/04/c_1129731569.htm',
  date: '2023-07-04',
};

describe('an official rendering’s source', () => {
  it('passes with publisher, title, an https url and an ISO date, without a url, and when there is none', () => {
    expect(officialSourceProblems('gdi', entry(source))).toEqual([]);
    const { url, ...unlinked } = source;
    expect(url).toBeTruthy();
    expect(officialSourceProblems('gdi', entry(unlinked))).toEqual([]);
    expect(officialSourceProblems('gdi', { term: 'x', note: 'y', match: 'x' })).toEqual([]);
  });

  it('fails on a missing field, an address that is not https or is a home page, a date that is not a day, an unknown field', () => {
    expect(officialSourceProblems('gdi', entry({ ...source, publisher: ' ' }))).toEqual([
      'gdi: the official source has no publisher',
    ]);
    expect(officialSourceProblems('gdi', entry({ ...source, url: 'http://www.news.cn/a.htm' }))).toEqual([
      "gdi: the official source's url is not an https address",
    ]);
    // A publisher's home page is not the text.
    expect(officialSourceProblems('gdi', entry({ ...source, url: 'https://www.news.cn/' }))).toEqual([
      "gdi: the official source's url is a home page, not the text",
    ]);
    expect(officialSourceProblems('gdi', { ...entry(source), conventional: true })).toEqual([
      'gdi: an official rendering is not also a conventional one',
    ]);
    expect(officialSourceProblems('gdi', entry({ ...source, date: '2023-02-30' }))).toEqual([
      "gdi: the official source's date is not an ISO date (YYYY-MM-DD)",
    ]);
    expect(officialSourceProblems('gdi', entry({ ...source, date: '4 July 2023' }))).toEqual([
      "gdi: the official source's date is not an ISO date (YYYY-MM-DD)",
    ]);
    expect(officialSourceProblems('gdi', entry({ ...source, lang: 'zh' }))).toEqual([
      'gdi: the official source has unknown fields: lang',
    ]);
  });
});

describe('an official form in the text', () => {
  it('is the same string in Chinese and English', () => {
    expect(writesOfficialForm('zh-Hans', '全球发展倡议', '全球发展倡议')).toBe(true);
    expect(writesOfficialForm('zh-Hans', '全球发展倡议', '发展倡议')).toBe(false);
    expect(writesOfficialForm('en', 'Global Development Initiative', 'global development initiative')).toBe(false);
  });

  it('may be declined in Russian, word by word, but not be other words', () => {
    expect(writesOfficialForm('ru', 'Инициатива глобального развития', 'Инициативы глобального развития')).toBe(true);
    expect(
      writesOfficialForm('ru', 'Шанхайская организация сотрудничества', 'Шанхайской организации сотрудничества'),
    ).toBe(true);
    expect(writesOfficialForm('ru', '«Один пояс, один путь»', '«Одного пояса, одного пути»')).toBe(true);
    expect(writesOfficialForm('ru', '«Один пояс, один путь»', '«Пояс и путь»')).toBe(false);
    expect(writesOfficialForm('ru', 'Инициатива глобального развития', 'Инициатива развития')).toBe(false);
    expect(writesOfficialForm('ru', 'банк развития ШОС', 'фонд развития ШОС')).toBe(false);
  });
});
