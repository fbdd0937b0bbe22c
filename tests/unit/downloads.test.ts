import { describe, expect, it } from 'vitest';

import {
  alignedJson,
  alignedTsv,
  downloadFiles,
  editionJson,
  editionMarkdown,
  editionText,
} from '../../src/statement/downloads';
import { alignSentences, parallelSections, type Edition } from '../../src/statement/model';

const edition = (locale: string, sentences: Record<number, string[]>): Edition => ({
  locale,
  sections: [
    { id: 'context', path: '/statement/context', title: `${locale} context` },
    { id: 'outcomes', path: '/statement/outcomes', title: `${locale} outcomes` },
  ],
  paragraphs: Object.entries(sentences).map(([number, texts]) => ({
    number: Number(number),
    section: Number(number) === 1 ? 'context' : 'outcomes',
    text: texts.join(' '),
    sentences: texts.map((text, index) => ({ id: `p${number}-${index + 1}`, text })),
  })),
});

const en = edition('en', { 1: ['One.', 'Two.'], 12: ['Twelve.'] });
const ru = edition('ru', { 1: ['Один.', 'Два.'], 12: ['Двенадцать.'] });

describe('alignSentences', () => {
  it('pairs sentences through their shared ids', () => {
    expect(alignSentences([en, ru])).toEqual([
      { id: 'p1-1', paragraph: 1, sentence: 1, text: { en: 'One.', ru: 'Один.' } },
      { id: 'p1-2', paragraph: 1, sentence: 2, text: { en: 'Two.', ru: 'Два.' } },
      { id: 'p12-1', paragraph: 12, sentence: 1, text: { en: 'Twelve.', ru: 'Двенадцать.' } },
    ]);
  });

  it('refuses editions whose sentences do not line up', () => {
    expect(() => alignSentences([en, edition('ru', { 1: ['Один и два.'], 12: ['Двенадцать.'] })])).toThrow(
      /p1: en has 2 sentences, ru has 1/,
    );
    expect(() => alignSentences([en, edition('ru', { 1: ['Один.', 'Два.'] })])).toThrow(/p12/);
  });

  it('groups the aligned text by page for the parallel view, with each language’s page title', () => {
    const [context, outcomes] = parallelSections([en, ru]);
    expect(context.title).toEqual({ en: 'en context', ru: 'ru context' });
    expect(context.paragraphs.map((p) => p.number)).toEqual([1]);
    expect(outcomes.paragraphs[0].sentences[0].text.ru).toBe('Двенадцать.');
  });
});

describe('the downloads', () => {
  it('lists every file once', () => {
    // 3 languages × (json, md, txt, epub), the two aligned files, the TMX, the parallel e-book,
    // 3 languages × (bib, ris, csl.json).
    expect(downloadFiles()).toHaveLength(25);
    expect(new Set(downloadFiles()).size).toBe(25);
    expect(downloadFiles()).toEqual(
      expect.arrayContaining(['statement.tmx', 'statement.parallel.epub', 'statement.zh-Hans.epub']),
    );
  });

  it('writes a language’s text with ids and addresses', () => {
    const json = JSON.parse(editionJson(en, 'https://example.org')) as {
      metadata: { language: string; translation: boolean };
      paragraphs: { id: string; url: string; sentences: { id: string; url: string }[] }[];
    };
    expect(json.metadata).toMatchObject({ language: 'en', translation: false });
    expect(json.paragraphs[0]).toMatchObject({ id: 'p1', url: 'https://example.org/statement/context#p1' });
    expect(json.paragraphs[1].sentences[0].url).toBe('https://example.org/statement/outcomes#p12-1');
    expect(JSON.parse(editionJson(ru, 'https://example.org')).paragraphs[0].url).toBe(
      'https://example.org/ru/statement/context#p1',
    );
    expect(editionMarkdown(en, 'https://example.org')).toContain('## en outcomes\n\n¶12 Twelve.\n');
    expect(editionText(en, 'https://example.org')).toContain('\n\n[1] One. Two.\n\n[12] Twelve.\n');
  });

  it('says in every format what the text is, where its source is and where the official texts are', () => {
    const zh = edition('zh-Hans', { 1: ['一。', '二。'], 12: ['十二。'] });
    const source =
      'Ministry of Foreign Affairs of the People’s Republic of China, “Xi Jinping Attends the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization and Delivers Important Statement”, 2023-07-04, https://www.fmprc.gov.cn/mfa_eng/';
    const zhNote =
      '本文是本站对中华人民共和国外交部英文新闻稿的翻译，不是官方中文文本。该新闻稿以第三人称概述讲话，并非讲话实录。';
    const zhMarkdown = editionMarkdown(zh, 'https://example.org');
    expect(zhMarkdown).toContain(`> ${zhNote}\n>\n> 原文：${source}\n`);
    expect(zhMarkdown).toContain('> 官方中文文本：新华社《牢记初心使命 坚持团结协作 实现更大发展');
    const zhText = editionText(zh, 'https://example.org');
    expect(zhText).toContain(`https://example.org/zh-Hans/\n${zhNote}\n原文：${source}\n`);
    expect(zhText).toContain(
      '官方中文文本：中华人民共和国外交部《习近平出席上海合作组织成员国元首理事会第二十三次会议并发表重要讲话》，2023-07-04，https://www.mfa.gov.cn/',
    );
    expect(editionText(en, 'https://example.org')).toContain(
      `https://example.org/\nThe English readout published by the Ministry of Foreign Affairs of the People’s Republic of China: a summary of the statement in the third person, not a transcript of the speech.\nSource: ${source}\n\n[1]`,
    );
    const json = JSON.parse(editionJson(zh, 'https://example.org')) as {
      metadata: { translation: boolean; note: string; source: { url: string }; official: { publisher: string }[] };
    };
    expect(json.metadata).toMatchObject({
      translation: true,
      note: zhNote,
      source: { url: 'https://www.fmprc.gov.cn/mfa_eng/' },
    });
    expect(json.metadata.official.map((p) => p.publisher)).toEqual(['新华社', '中华人民共和国外交部']);
    expect(JSON.parse(editionJson(ru, 'https://example.org')).metadata.official[1].url).toBe(
      'https://kremlin.ru/supplement/5963',
    );
  });

  it('writes the aligned table with a column per language', () => {
    const aligned = alignSentences([en, ru]);
    expect(alignedTsv(aligned, ['en', 'ru'])).toBe(
      'id\ten\tru\np1-1\tOne.\tОдин.\np1-2\tTwo.\tДва.\np12-1\tTwelve.\tДвенадцать.\n',
    );
    expect(JSON.parse(alignedJson(aligned, ['en', 'ru'])).sentences[2]).toEqual({
      id: 'p12-1',
      paragraph: 12,
      sentence: 1,
      en: 'Twelve.',
      ru: 'Двенадцать.',
    });
  });

  it('refuses a tab or line break inside a sentence rather than write a broken table', () => {
    const broken = alignSentences([edition('en', { 1: ['A\tB.'] }), edition('ru', { 1: ['А.'] })]);
    expect(() => alignedTsv(broken, ['en', 'ru'])).toThrow(/tab or line break/);
  });
});
