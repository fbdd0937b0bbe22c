/**
 * Writes the full text's sections from the statement model, where its page has `<StatementSections />`: for each
 * entry of the outline that holds paragraphs, its heading (its short title in the page's language, its frozen
 * id) and the paragraphs of its page, or of each of its points, imported from the section docs themselves.
 *
 *   <StatementSections />   →   import Section1 from './context.mdx';
 *                                ## Context {/* #context *\/}
 *                                <StatementTextOf doc={Section1} />
 *                                …
 *
 * It runs before Docusaurus's own plugins, so the headings it writes are in the page's table of contents.
 */
import path from 'node:path';

import type { Root } from 'mdast';

import type { LocaleCode } from '../locales';
import { parseMdx } from '../statement/markdown';
import { OUTLINE } from '../statement/model';
import { sectionFile, sectionTitles } from '../statement/sectionTitles';

export const STATEMENT_SECTIONS = 'StatementSections';

export interface StatementSectionsOptions {
  /** The locale whose docs the page imports and whose titles it gives. */
  readonly locale: LocaleCode;
  /** The site's folder (tests give a copy). */
  readonly siteDir?: string;
}

/** The MDX that stands for `<StatementSections />` in a page at `file`. */
export function statementSectionsMdx(file: string, { locale, siteDir }: StatementSectionsOptions): string {
  const titles = sectionTitles(locale, siteDir);
  const entries = OUTLINE.filter(({ section, points }) => section.paragraphs.length > 0 || points.length > 0);
  const docs = entries.flatMap(({ section, points }) => (points.length > 0 ? points : [section]));
  const importName = (index: number) => `Section${index + 1}`;
  const imports = docs.map((section, index) => {
    const relative = path
      .relative(path.dirname(file), sectionFile(section, locale, siteDir))
      .split(path.sep)
      .join('/');
    return `import ${importName(index)} from '${relative.startsWith('.') ? relative : `./${relative}`}';`;
  });
  const blocks = entries.map(({ section, points }) =>
    [
      `## ${titles[section.id].shortTitle} {/* #${section.fullTextId} */}`,
      (points.length > 0 ? points : [section])
        .map((doc) => `<StatementTextOf doc={${importName(docs.indexOf(doc))}} />`)
        .join('\n'),
    ].join('\n\n'),
  );
  return [imports.join('\n'), ...blocks].join('\n\n');
}

export default function statementSections(options: StatementSectionsOptions) {
  return (tree: Root, file: { readonly path: string }): void => {
    const at = tree.children.findIndex((node) => node.type === 'mdxJsxFlowElement' && node.name === STATEMENT_SECTIONS);
    if (at === -1) return;
    tree.children.splice(at, 1, ...parseMdx(statementSectionsMdx(file.path, options)).children);
  };
}
