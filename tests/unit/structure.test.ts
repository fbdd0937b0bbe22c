/**
 * The statement's structure has one home, `SECTIONS` in src/statement/model.ts, and its titles one home per
 * language, each doc's front matter. The sidebar, the footer, the landing page's cards and the full text are
 * made from them: each is compared here with what the site showed when they were written by hand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { LoadContext, PluginContentLoadedActions } from '@docusaurus/types';
import { describe, expect, it } from 'vitest';

import { footerFor } from '../../config/footer';
import sidebars from '../../sidebars';
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '../../src/locales';
import sectionTitlesPlugin from '../../src/plugins/section-titles';
import { statementSectionsMdx } from '../../src/remark/statementSections';
import { docsDir, SITE_DIR } from '../../src/statement/editions';
import { OUTLINE } from '../../src/statement/model';
import { sectionTitles } from '../../src/statement/sectionTitles';

const TRANSLATED = LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE);
type Messages = Record<string, { message: string }>;
const i18nJson = (locale: string, file: string) =>
  JSON.parse(readFileSync(path.join(SITE_DIR, 'i18n', locale, file), 'utf8')) as Messages;

describe('the structure', () => {
  it('makes the sidebar', () => {
    expect(sidebars.statement).toEqual([
      'context',
      {
        type: 'category',
        label: 'The five points',
        link: { type: 'doc', id: 'five-points/index' },
        collapsed: false,
        items: [1, 2, 3, 4, 5].map((point) => `five-points/point-${point}`),
      },
      'closing-remarks',
      'leaders-consensus',
      'outcomes',
      'full-text',
    ]);
  });

  it("makes the footer's column of the statement's pages", () => {
    expect(footerFor('en').links[0].items).toEqual([
      { label: 'Context', to: '/statement/context' },
      { label: 'The five points', to: '/statement/five-points' },
      { label: 'Closing remarks', to: '/statement/closing-remarks' },
      { label: 'Leaders’ consensus', to: '/statement/leaders-consensus' },
      { label: 'Outcomes', to: '/statement/outcomes' },
      { label: 'Full text', to: '/statement/full-text' },
    ]);
  });

  it.each(TRANSLATED)(
    'has the footer and the sidebar category translated in %s as the pages name themselves',
    (locale) => {
      const titles = sectionTitles(locale);
      const english = sectionTitles(DEFAULT_LOCALE);
      const footer = i18nJson(locale, 'docusaurus-theme-classic/footer.json');
      const sidebar = i18nJson(locale, 'docusaurus-plugin-content-docs/current.json');
      for (const { section, points } of OUTLINE) {
        const label = english[section.id].sidebarLabel;
        expect(footer[`link.item.label.${label}`]?.message, label).toBe(titles[section.id].sidebarLabel);
        if (points.length > 0)
          expect(sidebar[`sidebar.statement.category.${label}`]?.message, label).toBe(titles[section.id].sidebarLabel);
      }
    },
  );

  it.each([
    [
      'en',
      [
        ['context', '/statement/context', 'Context'],
        ['five-points', '/statement/five-points', 'The five points'],
        ['closing-remarks', '/statement/closing-remarks', 'Closing remarks'],
        ['leaders-consensus', '/statement/leaders-consensus', 'The leaders’ consensus'],
        ['outcomes', '/statement/outcomes', 'Outcomes of the meeting'],
        ['full-text', '/statement/full-text', 'Full text'],
      ],
      [
        'Right direction, solidarity and mutual trust',
        'Regional peace and common security',
        'Practical cooperation and economic recovery',
        'Exchanges, mutual learning and bonds between peoples',
        'Multilateralism and global governance',
      ],
    ],
    [
      'zh-Hans',
      [
        ['context', '/statement/context', '背景'],
        ['five-points', '/statement/five-points', '五点主张'],
        ['closing-remarks', '/statement/closing-remarks', '结束语'],
        ['leaders-consensus', '/statement/leaders-consensus', '与会领导人的共识'],
        ['outcomes', '/statement/outcomes', '会议成果'],
        ['full-text', '/statement/full-text', '全文'],
      ],
      [
        '把牢正确方向，增进团结互信',
        '维护地区和平，保障共同安全',
        '聚焦务实合作，加快经济复苏',
        '加强交流互鉴，促进民心相通',
        '践行多边主义，完善全球治理',
      ],
    ],
    [
      'ru',
      [
        ['context', '/statement/context', 'Контекст'],
        ['five-points', '/statement/five-points', 'Пять предложений'],
        ['closing-remarks', '/statement/closing-remarks', 'Заключительные слова'],
        ['leaders-consensus', '/statement/leaders-consensus', 'Общая позиция лидеров'],
        ['outcomes', '/statement/outcomes', 'Итоги заседания'],
        ['full-text', '/statement/full-text', 'Полный текст'],
      ],
      [
        'Правильный курс, солидарность и взаимное доверие',
        'Мир в регионе и общая безопасность',
        'Практическое сотрудничество и восстановление экономики',
        'Обмены, взаимообогащение и сближение народов',
        'Многосторонность и глобальное управление',
      ],
    ],
  ] as const)("gives the landing page's cards and list of points in %s", (locale, cards, points) => {
    let titles: Record<string, string> = {};
    const plugin = sectionTitlesPlugin({ i18n: { currentLocale: locale }, siteDir: SITE_DIR } as LoadContext);
    const setGlobalData = (data: unknown) => {
      titles = data as Record<string, string>;
    };
    void plugin.contentLoaded!({
      content: undefined,
      actions: { setGlobalData } as unknown as PluginContentLoadedActions,
    });
    // The landing page lists the outline's entries as cards, and the points of the overview.
    expect(OUTLINE.map(({ section }) => [section.id, section.path, titles[section.id]])).toEqual(cards);
    expect(OUTLINE.flatMap(({ points }) => points.map((point) => titles[point.id]))).toEqual(points);
  });

  it.each([
    [
      'en',
      [
        '## Context {/* #context */}',
        '## The five points {/* #the-five-points */}',
        '## Closing remarks {/* #closing-remarks */}',
        '## The leaders’ consensus {/* #leaders-consensus */}',
        '## Outcomes of the meeting {/* #outcomes */}',
      ],
    ],
    [
      'zh-Hans',
      [
        '## 背景 {/* #context */}',
        '## 五点主张 {/* #the-five-points */}',
        '## 结束语 {/* #closing-remarks */}',
        '## 与会领导人的共识 {/* #leaders-consensus */}',
        '## 会议成果 {/* #outcomes */}',
      ],
    ],
    [
      'ru',
      [
        '## Контекст {/* #context */}',
        '## Пять предложений {/* #the-five-points */}',
        '## Заключительные слова {/* #closing-remarks */}',
        '## Общая позиция лидеров {/* #leaders-consensus */}',
        '## Итоги заседания {/* #outcomes */}',
      ],
    ],
  ] as const)('writes the full text in %s: each heading, then the text of its pages', (locale, headings) => {
    const fullText = path.join(docsDir(locale as LocaleCode), 'full-text.mdx');
    expect(readFileSync(fullText, 'utf8')).toContain('<StatementSections />');
    const mdx = statementSectionsMdx(fullText, { locale: locale as LocaleCode });
    const lines = mdx.split('\n').filter((line) => line.startsWith('## ') || line.startsWith('<StatementTextOf'));
    const imports = Object.fromEntries(
      [...mdx.matchAll(/^import (\w+) from '(.+)';$/gm)].map(([, name, file]) => [name, file]),
    );
    const pages = (line: string) => imports[/doc=\{(\w+)\}/.exec(line)![1]];
    expect(lines.map((line) => (line.startsWith('## ') ? line : pages(line)))).toEqual([
      headings[0],
      './context.mdx',
      headings[1],
      ...[1, 2, 3, 4, 5].map((point) => `./five-points/point-${point}.mdx`),
      headings[2],
      './closing-remarks.mdx',
      headings[3],
      './leaders-consensus.mdx',
      headings[4],
      './outcomes.mdx',
    ]);
  });
});
