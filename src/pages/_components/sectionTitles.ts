import { translate } from '@docusaurus/Translate';
import { usePluginData } from '@docusaurus/useGlobalData';

import { SECTION_TITLES_PLUGIN, type SectionTitlesData } from '@site/src/plugins/section-titles/data';

/** The short titles of the statement's pages in this page's language, by section id (from their front matter). */
export function useSectionTitles(): SectionTitlesData {
  return usePluginData(SECTION_TITLES_PLUGIN) as SectionTitlesData;
}

/** "¶4–¶8", "¶11": the paragraphs a page holds, with the range dash of the page's language (Chinese: ¶4—¶8). */
export function paragraphRange(paragraphs: readonly number[]): string {
  if (paragraphs.length === 0) return '';
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  return first === last
    ? `¶${first}`
    : translate(
        {
          id: 'home.paragraphRange',
          message: '¶{first}–¶{last}',
          description: 'A range of paragraphs, with the range dash of the language',
        },
        { first, last },
      );
}
