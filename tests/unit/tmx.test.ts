import { describe, expect, it } from 'vitest';

import type { AlignedSentence } from '../../src/statement/model';
import { statementTmx, tmxDate } from '../../src/statement/tmx';

const aligned: AlignedSentence[] = [
  { id: 'p1-1', paragraph: 1, sentence: 1, text: { 'en': 'One & <two>.', 'zh-Hans': '一。', 'ru': 'Один.' } },
  { id: 'p1-2', paragraph: 1, sentence: 2, text: { 'en': '“Three”.', 'zh-Hans': '“三”。', 'ru': '«Три».' } },
];
const revised = new Date('2026-12-04T09:30:05.123Z');

describe('statementTmx', () => {
  const tmx = statementTmx(aligned, ['en', 'zh-Hans', 'ru'], revised);

  it('writes a TMX 1.4 header with English as source, sentence segments and the date the texts were written in', () => {
    expect(tmx).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tmx version="1.4">/);
    const header = /<header\b[^>]*>/.exec(tmx)![0];
    for (const attribute of [
      'srclang="en"',
      'segtype="sentence"',
      'adminlang="en"',
      'datatype="plaintext"',
      'creationtool="sco-2023-statement"',
      'creationtoolversion="1.0"',
      'o-tmf="markdown"',
      'creationdate="20261204T093005Z"',
    ])
      expect(header).toContain(attribute);
    expect(tmxDate(revised)).toBe('20261204T093005Z');
  });

  it('says in each language what the text is', () => {
    expect(tmx).toContain('<note xml:lang="zh-Hans">本站中文文本以新华社发布的中文稿为基础');
    expect(tmx).toContain('<note xml:lang="ru">Это перевод редакции сайта');
  });

  it('writes one unit per sentence, named by its id, with every language, escaped', () => {
    expect(tmx.match(/<tu /g)).toHaveLength(2);
    expect(tmx).toContain(
      [
        '    <tu tuid="p1-1">',
        '      <tuv xml:lang="en"><seg>One &amp; &lt;two&gt;.</seg></tuv>',
        '      <tuv xml:lang="zh-Hans"><seg>一。</seg></tuv>',
        '      <tuv xml:lang="ru"><seg>Один.</seg></tuv>',
        '    </tu>',
      ].join('\n'),
    );
  });

  it('refuses a sentence missing in a language', () => {
    expect(() => statementTmx([{ ...aligned[0], text: { en: 'One.' } }], ['en', 'ru'], revised)).toThrow(
      /p1-1 has no ru/,
    );
  });
});
