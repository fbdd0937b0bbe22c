import { describe, expect, it } from 'vitest';

import {
  alignedJson,
  alignedTsv,
  downloadFiles,
  editionJson,
  editionMarkdown,
  editionText,
} from '../../src/statement/downloads';
import { alignSentences, parallelSections } from '../../src/statement/model';
import { fixtureEdition } from '../support/editions';

const en = fixtureEdition('en', { 1: ['One.', 'Two.'], 12: ['Twelve.'] });
const ru = fixtureEdition('ru', { 1: ['Один.', 'Два.'], 12: ['Двенадцать.'] });

describe('alignSentences', () => {
  it('pairs sentences through their shared ids', () => {
    expect(alignSentences([en, ru])).toEqual([
      { id: 'p1-1', paragraph: 1, sentence: 1, text: { en: 'One.', ru: 'Один.' } },
      { id: 'p1-2', paragraph: 1, sentence: 2, text: { en: 'Two.', ru: 'Два.' } },
      { id: 'p12-1', paragraph: 12, sentence: 1, text: { en: 'Twelve.', ru: 'Двенадцать.' } },
    ]);
  });

  it('refuses editions whose sentences do not line up', () => {
    expect(() => alignSentences([en, fixtureEdition('ru', { 1: ['Один и два.'], 12: ['Двенадцать.'] })])).toThrow(
      /p1: en has 2 sentences, ru has 1/,
    );
    expect(() => alignSentences([en, fixtureEdition('ru', { 1: ['Один.', 'Два.'] })])).toThrow(/p12/);
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
    const json = JSON.parse(editionJson(en, 'https://example.org', '2026-11-28')) as {
      metadata: { language: string; translation: boolean };
      paragraphs: { id: string; url: string; sentences: { id: string; url: string }[] }[];
    };
    expect(json.metadata).toMatchObject({ language: 'en', translation: false });
    expect(json.paragraphs[0]).toMatchObject({ id: 'p1', url: 'https://example.org/statement/context#p1' });
    expect(json.paragraphs[1].sentences[0].url).toBe('https://example.org/statement/outcomes#p12-1');
    expect(JSON.parse(editionJson(ru, 'https://example.org', '2026-11-28')).paragraphs[0].url).toBe(
      'https://example.org/ru/statement/context#p1',
    );
    expect(editionMarkdown(en, 'https://example.org', '2026-11-28')).toContain('## en outcomes\n\n¶12 Twelve.\n');
    expect(editionText(en, 'https://example.org', '2026-11-28')).toContain('\n\n[1] One. Two.\n\n[12] Twelve.\n');
  });

  it('says in every format what the text is, what it is based on and which official texts exist, linking none without a verified address', () => {
    const zh = fixtureEdition('zh-Hans', { 1: ['一。', '二。'], 12: ['十二。'] });
    const zhSource =
      '《Xi Jinping Attends the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization and Delivers Important Statement》，Ministry of Foreign Affairs of the People’s Republic of China，2023年7月4日发布';
    const zhNote =
      '本站中文文本以新华社发布的中文稿为基础，按中国外交部英文新闻稿逐句编排；无对应中文原文之处由本站翻译，主要改动见“译文说明”。它不是官方中文文本。本站文本最后修订于2026年11月28日。';
    const zhMarkdown = editionMarkdown(zh, 'https://example.org', '2026-11-28');
    expect(zhMarkdown).toContain(`> ${zhNote}\n>\n> 英文新闻稿：${zhSource}\n`);
    expect(zhMarkdown).toContain(
      '> 官方中文文本：《牢记初心使命 坚持团结协作 实现更大发展——在上海合作组织成员国元首理事会第二十三次会议上的讲话》，新华社，2023年7月4日发布\n',
    );
    const zhText = editionText(zh, 'https://example.org', '2026-11-28');
    expect(zhText).toContain(`https://example.org/zh-Hans/\n${zhNote}\n英文新闻稿：${zhSource}\n`);
    expect(zhText).toContain(
      '官方中文文本：《习近平出席上海合作组织成员国元首理事会第二十三次会议并发表重要讲话》，新华社，2023年7月4日发布\n',
    );
    expect(editionText(en, 'https://example.org', '2026-11-28')).toContain(
      'https://example.org/\nThis is the English readout published by China’s Ministry of Foreign Affairs: ¶2–¶10 report Xi Jinping’s statement in the third person (not a transcript of the speech); ¶1 and ¶11–¶15 report the meeting. Text last revised on 28 November 2026.\nSource: “Xi Jinping Attends the 23rd Meeting of the Council of Heads of State of the Shanghai Cooperation Organization and Delivers Important Statement”, published by Ministry of Foreign Affairs of the People’s Republic of China on 4 July 2023\n\n[1]',
    );
    const ruText = editionText(ru, 'https://example.org', '2026-11-28');
    expect(ruText).toContain(
      'Официальный текст на русском языке: «Быть верными исходным целям и объединяться во имя нового развития», опубликовано: Синьхуа, 4\u00a0июля 2023\u00a0года\n',
    );
    // Not the New Delhi Declaration, and no home page presented as a text.
    expect(ruText).not.toContain('kremlin.ru');
    for (const file of [zhMarkdown, zhText, ruText, editionText(en, 'https://example.org', '2026-11-28')])
      expect(file).not.toMatch(/https:\/\/(?!example\.org)[^\s/]+\/?(\s|$)/);
    const json = JSON.parse(editionJson(zh, 'https://example.org', '2026-11-28')) as {
      metadata: {
        translation: boolean;
        note: string;
        revised: string;
        source: { url?: string };
        official: { publisher: string }[];
      };
    };
    expect(json.metadata).toMatchObject({ translation: true, revised: '2026-11-28' });
    expect(zhNote).toContain(json.metadata.note);
    expect(json.metadata.source.url).toBeUndefined();
    expect(json.metadata.official.map((p) => p.publisher)).toEqual(['新华社', '新华社']);
    expect(JSON.stringify(JSON.parse(editionJson(ru, 'https://example.org', '2026-11-28')).metadata)).not.toContain(
      '"url":"https://kremlin',
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
    const broken = alignSentences([fixtureEdition('en', { 1: ['A\tB.'] }), fixtureEdition('ru', { 1: ['А.'] })]);
    expect(() => alignedTsv(broken, ['en', 'ru'])).toThrow(/tab or line break/);
  });
});
