/**
 * A grown statement, for `npm run bench:scale`: the same site with `factor` times the paragraphs. Copy 1 is the
 * statement as it is; copy c (2…factor) is every statement page again, in a folder `part-<c>/` of each locale's
 * docs, with its paragraphs renumbered after the previous copy's (¶16–¶30 are a second ¶1–¶15, and so on) and
 * its own slug and title. A grown text then looks as a longer one would: more pages of today's size, each with
 * its short links and quote cards, in the sidebar, the footer and the landing page, and one full text and one
 * parallel view that hold everything.
 *
 * Pure functions from a file's text to its text in the fixture: the bench applies them to a copy of the site
 * (never to the repo) and builds it. Where the site fixes the count in code (`PARAGRAPH_COUNT`, `SECTIONS`),
 * the fixture's copy of that file is rewritten here, and each rewrite is one place the design would have to
 * change for a longer text; the sidebar, the footer, the landing page and the full text follow `SECTIONS`.
 */
import type { Section } from '../../src/statement/model';

/** The folder of copy `part` (2…factor) under each locale's docs folder: `part-2`. */
export function partFolder(part: number): string {
  return `part-${part}`;
}

/** The number of ¶n in copy `part` (copy 1 is the original) of a statement of `count` paragraphs. */
export function copiedParagraph(n: number, part: number, count: number): number {
  return n + (part - 1) * count;
}

/** The copies a factor adds to the original: 2…factor. */
export function copiesOf(factor: number): number[] {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`Not a scale factor: ${factor}`);
  return Array.from({ length: factor - 1 }, (_, index) => index + 2);
}

/** `source` with `search` replaced, which must occur exactly once: a fixture that silently missed its edit would measure the wrong site. */
function replaceOnce(source: string, search: string | RegExp, replacement: string, what: string): string {
  const matches =
    typeof search === 'string'
      ? source.split(search).length - 1
      : (source.match(new RegExp(search, 'gm')) ?? []).length;
  if (matches !== 1) throw new Error(`scale fixture: expected one ${what}, found ${matches}`);
  // `$&` in the replacement stands for what was found.
  return source.replace(search, (found) => replacement.split('$&').join(found));
}

/** A front matter line's quoted value, changed: `title: "Outcomes"` → `title: "Outcomes · 2"`. */
function editFrontMatter(source: string, key: string, edit: (value: string) => string): string {
  return source.replace(
    new RegExp(`^(---\\n[\\s\\S]*?^${key}: )"([^"\\n]*)"$`, 'm'),
    (_whole, head: string, value: string) => `${head}"${edit(value)}"`,
  );
}

/**
 * One statement page as copy `part`: every `{/* pN *\/}` marker renumbered, the slug moved under `/part-<c>`,
 * its titles numbered. Text, headings, editorial blocks and relative links stay as they are.
 */
export function copyDoc(source: string, part: number, count: number): string {
  const renumbered = source.replace(
    /\{\/\*(\s*)p(\d+)(\s*)\*\/\}/g,
    (_whole, before: string, n: string, after: string) =>
      `{/*${before}p${copiedParagraph(Number(n), part, count)}${after}*/}`,
  );
  let copy = editFrontMatter(renumbered, 'slug', (slug) => `/${partFolder(part)}${slug}`);
  for (const key of ['title', 'short_title', 'sidebar_label'])
    copy = editFrontMatter(copy, key, (value) => `${value} · ${part}`);
  return copy;
}

const sectionCall = (s: Section, id: string, docId: string, paragraphs: readonly number[], point?: number) =>
  `  section('${id}', '${docId}', '${s.kind}', [${paragraphs.join(', ')}]${point === undefined ? '' : `, ${point}`}),`;

/**
 * The statement model of the grown text (src/statement/model.ts): `PARAGRAPH_COUNT` multiplied, a section per
 * copied page before the full text (a copied point page is a point of its own: Point 6 is Point 1 of part 2).
 */
export function scaleModel(source: string, factor: number, sections: readonly Section[], count: number): string {
  const pointCount = sections.filter((s) => s.kind === 'point').length;
  const copies = copiesOf(factor).flatMap((part) =>
    sections
      .filter((s) => s.kind !== 'full-text')
      .map((s) =>
        sectionCall(
          s,
          `${partFolder(part)}-${s.id}`,
          `${partFolder(part)}/${s.docId}`,
          s.paragraphs.map((n) => copiedParagraph(n, part, count)),
          s.point === undefined ? undefined : s.point + (part - 1) * pointCount,
        ),
      ),
  );
  const model = replaceOnce(
    source,
    `export const PARAGRAPH_COUNT = ${count};`,
    `export const PARAGRAPH_COUNT = ${count * factor};`,
    'PARAGRAPH_COUNT',
  );
  return replaceOnce(model, /^ {2}section\('full-text',/m, `${copies.join('\n')}\n$&`, 'full-text section');
}

/** The source text (source/statement.en.txt) of the grown statement: the headline, then the paragraphs `factor` times. */
export function scaleSourceText(source: string, factor: number): string {
  const [headline, ...paragraphs] = source.trim().split(/\n\n/);
  return `${[headline, ...Array.from({ length: factor }, () => paragraphs).flat()].join('\n\n')}\n`;
}
