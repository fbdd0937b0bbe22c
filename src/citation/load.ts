/**
 * Formatting a citation in the browser, loaded on first use only (the ¶ menu and "Cite this page" import this
 * module dynamically): citeproc-js comes in its own chunk, the style as JSON from `citation/<style>.json`.
 */
import { translate } from '@docusaurus/Translate';

import type { LocaleCode } from '../locales';
import { STATEMENT_DATE } from '../statement/metadata';
import { CITATION_PATH, citationDataFile } from './data';
import { formatCitation, type Citeproc, type Pinpoint, type StyleData } from './format';
import { cslItem } from './item';
import type { CitationStyleId } from './styles';

let engine: Promise<Citeproc> | undefined;
const styles = new Map<string, Promise<StyleData>>();

function loadEngine(): Promise<Citeproc> {
  engine ??= import('citeproc').then((module) => module.default);
  return engine;
}

function loadStyle(baseUrl: string, style: CitationStyleId): Promise<StyleData> {
  const url = `${baseUrl}${CITATION_PATH.slice(1)}/${citationDataFile(style)}`;
  let data = styles.get(url);
  if (!data) {
    data = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<StyleData>;
    });
    data.catch(() => styles.delete(url));
    styles.set(url, data);
  }
  return data;
}

/** Starts loading what a citation in this style needs (when the menu opens), so copying is quick. */
export function preload(baseUrl: string, style: CitationStyleId): void {
  void loadEngine().catch(() => undefined);
  void loadStyle(baseUrl, style).catch(() => undefined);
}

/** The day this locale's text was last revised, which the build puts in the site's config (customFields). */
export function lastRevised(siteConfig: { readonly customFields?: Record<string, unknown> }): string {
  return String(siteConfig.customFields?.lastRevised ?? '');
}

/** Today in the reader's calendar: the access date of a citation copied now. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface Formatted {
  readonly text: string;
  /** False when the style could not be loaded and a plain citation stands in for it. */
  readonly styled: boolean;
}

/**
 * The citation of the page or a passage of it (`url` is the passage's), its text last revised on `revised`. Never throws and never returns an
 * empty text: if the engine or the style cannot be loaded (offline, a failed request), a plain citation with the
 * same facts stands in, and `styled` is false so the page can say so.
 */
export async function cite(
  baseUrl: string,
  locale: LocaleCode,
  style: CitationStyleId,
  url: string,
  revised: string,
  pinpoint?: Pinpoint,
): Promise<Formatted> {
  const item = cslItem(locale, url, today(), revised);
  try {
    const [citeproc, data] = await Promise.all([loadEngine(), loadStyle(baseUrl, style)]);
    return { text: formatCitation(citeproc, data, style, locale, item, pinpoint), styled: true };
  } catch {
    const passage = pinpoint
      ? translate(
          {
            id: 'citation.plain.pinpoint',
            message: '¶{paragraph}',
            description: 'Pinpoint of a paragraph in a plain citation (used when a citation style cannot load)',
          },
          { paragraph: pinpoint.paragraph },
        ) +
        (pinpoint.sentence === undefined
          ? ''
          : translate(
              { id: 'citation.plain.sentence', message: ', sentence {sentence}', description: 'Sentence pinpoint' },
              { sentence: pinpoint.sentence },
            ))
      : '';
    return {
      text: [`${item.author[0]!.literal}. ${item.title}. ${STATEMENT_DATE}`, passage, url, item.note]
        .filter(Boolean)
        .join('. '),
      styled: false,
    };
  }
}
