/**
 * The titles of the statement's pages in one language, as their docs' front matter gives them (Node only): the
 * sidebar, the footer, the landing page and the full text name the pages with these, never with a copy.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { LocaleCode } from '../locales';
import { docsDir, SITE_DIR } from './editions';
import { SECTIONS, type Section } from './model';
import { frontMatterValue } from './validate';

export interface SectionTitles {
  /** The page's own heading and `<title>`. */
  readonly title: string;
  /** The name in a list of the pages: the landing page's cards and the full text's headings. */
  readonly shortTitle: string;
  /** The name in the sidebar and the footer. */
  readonly sidebarLabel: string;
}

/** The doc file of a section in a locale: `<docs dir>/<docId>.mdx`. */
export function sectionFile(section: Section, locale: LocaleCode, siteDir: string = SITE_DIR): string {
  return path.join(docsDir(locale, siteDir), `${section.docId}.mdx`);
}

/** Each section's titles in a locale, by section id. `short_title` and `sidebar_label` default to `title`. */
export function sectionTitles(locale: LocaleCode, siteDir: string = SITE_DIR): Readonly<Record<string, SectionTitles>> {
  return Object.fromEntries(
    SECTIONS.map((section) => {
      const source = readFileSync(sectionFile(section, locale, siteDir), 'utf8');
      const title = frontMatterValue(source, 'title');
      if (!title) throw new Error(`${locale}: ${section.docId} has no title`);
      return [
        section.id,
        {
          title,
          shortTitle: frontMatterValue(source, 'short_title') ?? title,
          sidebarLabel: frontMatterValue(source, 'sidebar_label') ?? title,
        },
      ];
    }),
  );
}
