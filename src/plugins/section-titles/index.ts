/**
 * The short titles of the statement's pages in the locale being built, from their docs' front matter, as the
 * plugin's global data: the landing page lists the pages with them (`useSectionTitles`).
 */
import type { LoadContext, Plugin } from '@docusaurus/types';

import type { LocaleCode } from '../../locales';
import { sectionTitles } from '../../statement/sectionTitles';
import { SECTION_TITLES_PLUGIN, type SectionTitlesData } from './data';

export default function sectionTitlesPlugin(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale as LocaleCode;
  return {
    name: SECTION_TITLES_PLUGIN,
    contentLoaded({ actions }) {
      const titles = sectionTitles(locale, context.siteDir);
      actions.setGlobalData(
        Object.fromEntries(
          Object.entries(titles).map(([id, { shortTitle }]) => [id, shortTitle]),
        ) satisfies SectionTitlesData,
      );
    },
  };
}
