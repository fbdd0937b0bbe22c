/**
 * Formatting a citation of the statement with citeproc-js and a CSL style. Browser-safe and engine-agnostic:
 * the ¶ menu passes the citeproc module it loaded on first use, the build and the tests pass the same module
 * imported in Node, so every citation comes from the same code.
 */
import { fillNumber, localeConfig, writesWithSpaces, type CitationConventions, type LocaleCode } from '../locales';
import type { CslNode } from './cslData';
import type { CslItem } from './item';
import type { CitationStyleId } from './styles';

/** A style with the CSL locale it formats in: the JSON the build writes to `citation/<style>.json` beside each locale's pages. */
export interface StyleData {
  readonly style: CslNode;
  readonly locale: CslNode;
  readonly lang: string;
}

/** The part of citeproc-js's API used here. */
export interface Citeproc {
  Engine: new (
    sys: { retrieveLocale: (lang: string) => unknown; retrieveItem: (id: string) => unknown },
    style: unknown,
    lang?: string,
    forceLang?: boolean,
  ) => {
    setOutputFormat: (format: string) => void;
    updateItems: (ids: string[]) => void;
    makeCitationCluster: (items: unknown[]) => string;
    makeBibliography: () => false | [unknown, string[]];
  };
}

export interface Pinpoint {
  readonly paragraph: number;
  readonly sentence?: number;
}

/**
 * How each style pinpoints a passage. The CSL `paragraph` locator where the style prints it (APA 7 §8.28
 * “para.”, Chicago 17 and MLA 9 through the CSL locale's term, ГОСТ “абз.”, see src/locales.ts); a sentence has no locator term in
 * CSL, so it follows as a suffix in the page's language. GB/T 7714—2015 knows page numbers only (§10.1.3
 * prints them after the citation number) and its CSL style drops any other locator, so the paragraph, too, is a
 * suffix in the language's own form where it has one (Chinese “第6段”).
 */
function citationItem(style: CitationStyleId, locale: LocaleCode, id: string, { paragraph, sentence }: Pinpoint) {
  const conventions: CitationConventions = localeConfig(locale).citation;
  const sentenceSuffix = sentence === undefined ? '' : fillNumber(conventions.sentence, sentence);
  if (style === 'gb-t-7714') {
    const own = conventions.pinpoint;
    const suffix = own
      ? `${fillNumber(own.paragraph, paragraph)}${sentence === undefined ? '' : fillNumber(own.sentence, sentence)}`
      : `¶${paragraph}${sentenceSuffix}`;
    return { id, suffix: `, ${suffix}` };
  }
  // MLA 9 writes a paragraph as “par. 6”; its CSL style prints the locale's term against the number (“para.6”).
  if (style === 'mla') return { id, suffix: `, ${fillNumber(conventions.mlaParagraph, paragraph)}${sentenceSuffix}` };
  return { id, locator: String(paragraph), label: 'paragraph', ...(sentenceSuffix ? { suffix: sentenceSuffix } : {}) };
}

type Engine = InstanceType<Citeproc['Engine']>;

/**
 * One engine per style: making one parses the style, tens of milliseconds, which the build would otherwise spend
 * on each of its hundreds of embedded passages. Keyed by the style's data object, so a reader's second citation in
 * a style reuses its engine too.
 */
const engines = new WeakMap<StyleData, { engine: Engine; items: Map<string, CslItem> }>();

function engineFor(citeproc: Citeproc, data: StyleData) {
  let entry = engines.get(data);
  if (!entry) {
    const items = new Map<string, CslItem>();
    const engine = new citeproc.Engine(
      { retrieveLocale: () => data.locale, retrieveItem: (id) => items.get(id) },
      data.style,
      data.lang,
      true,
    );
    engine.setOutputFormat('text');
    entry = { engine, items };
    engines.set(data, entry);
  }
  return entry;
}

/**
 * The citation of a passage as plain text: the reference-list entry (with the passage's URL and, where the
 * style prints one, the access date; then the date the text was last revised), then on its own line the in-text citation or note with the pinpoint.
 */
export function formatCitation(
  citeproc: Citeproc,
  data: StyleData,
  style: CitationStyleId,
  locale: LocaleCode,
  item: CslItem,
  pinpoint?: Pinpoint,
): string {
  const { engine, items } = engineFor(citeproc, data);
  items.set(item.id, item);
  // Emptied first: the engine keeps an item it has registered, and every passage's item has the same id.
  engine.updateItems([]);
  engine.updateItems([item.id]);
  const bibliography = engine.makeBibliography();
  const entry = bibliography ? bibliography[1].join('').trim() : '';
  // No style prints a revision date of a web page's text, so it follows the entry, in the page's language.
  const reference = entry && item.note ? `${entry}${writesWithSpaces(locale) ? ' ' : ''}${item.note}` : entry;
  const citation = pinpoint ? engine.makeCitationCluster([citationItem(style, locale, item.id, pinpoint)]).trim() : '';
  const text = [reference, citation].filter(Boolean).join('\n');
  if (!text) throw new Error(`The style ${style} formatted an empty citation`);
  return text;
}
