/**
 * Writes a small static page for every short link (src/statement/shortLinks.ts) in the locale being built.
 * Each redirects at once by meta refresh, so it works without JavaScript, on any static host. They are files,
 * not routes: as routes, their 80 entries per locale made every page's JavaScript larger and slower to start.
 *
 * A passage's page (/p/6, /p/6-3) also carries its link preview: Open Graph and Twitter tags with the passage's
 * text, read from this locale's edition, and its quote card (./quoteCard.ts), drawn into img/quote/, and names
 * its embed's oEmbed file (src/statement/embed.ts). Cards are
 * kept under node_modules/.cache/quote-cards by what they depend on, so a build draws only those that changed.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { LoadContext, Plugin } from '@docusaurus/types';

import { LOCALES, localeConfig, type LocaleCode } from '../../locales';
import { readEdition } from '../../statement/editions';
import { oembedPath } from '../../statement/embed';
import { passageByline, STATEMENT } from '../../statement/metadata';
import { excerpt, passages, type Passage } from '../../statement/passages';
import { shortLinks } from '../../statement/shortLinks';
import { forEachConcurrently } from '../concurrently';
import { CARD_HEIGHT, CARD_WIDTH, cardKey, renderQuoteCard, type QuoteCard } from './quoteCard';
import { redirectPageHtml, type LinkPreview } from './redirectPage';

/** Where the cards go in each locale's build, and their URL under the locale's base URL. */
export const QUOTE_CARD_DIR = 'img/quote';
/** Where drawn cards are kept between builds, under the site's folder, by a hash of what shapes them. */
export const QUOTE_CARD_CACHE_DIR = path.join('node_modules', '.cache', 'quote-cards');

const interpolate = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** The card, from the cache when it was drawn before from the same inputs. */
async function drawCard(card: QuoteCard, cacheDir: string): Promise<{ png: Buffer; key: string; drawn: boolean }> {
  const key = cardKey(card);
  const cached = path.join(cacheDir, `${key}.png`);
  try {
    return { png: await readFile(cached), key, drawn: false };
  } catch {
    const png = await renderQuoteCard(card);
    await writeFile(cached, png);
    return { png, key, drawn: true };
  }
}

/** A locale's interface strings (its code.json messages, by id), with `{name}` placeholders filled in. */
export type Messages = (id: string, fallback: string, values?: Record<string, string | number>) => string;

export function messagesOf(translations: Record<string, string>): Messages {
  return (id, fallback, values = {}) => interpolate(translations[id] ?? fallback, values);
}

/** `¶6, sentence 3` in the locale's words. */
export function passageReference(passage: Passage, message: Messages): string {
  return passage.sentence === undefined
    ? message('shortLink.reference.paragraph', '¶{paragraph}', { paragraph: passage.paragraph })
    : message('shortLink.reference.sentence', '¶{paragraph}, sentence {sentence}', {
        paragraph: passage.paragraph,
        sentence: passage.sentence,
      });
}

/**
 * What a passage's quote card shows, in the locale's words. Its byline names the speaker only for his own
 * (reported) words, ¶2–¶10; the readout's report of the meeting (¶1, ¶11–¶15) is the readout's.
 */
export function quoteCardOf(passage: Passage, locale: LocaleCode, message: Messages): QuoteCard {
  const { date, meeting } = STATEMENT[locale];
  return {
    locale,
    text: passage.text,
    reference: `${passageReference(passage, message)} · ${passage.sectionTitle}`,
    byline: `${passageByline(locale, passage.paragraph)} · ${date}`,
    meeting,
    siteName: localeConfig(locale).siteTitle,
  };
}

/** A passage's link preview: its Open Graph and Twitter tags, with `imageUrl` (absolute) as its card. */
export function linkPreviewOf(
  passage: Passage,
  locale: LocaleCode,
  message: Messages,
  absoluteUrl: (sitePath: string) => string,
  imageUrl: string,
): LinkPreview {
  const reference = passageReference(passage, message);
  return {
    title: message('shortLink.preview.title', '{title} — {reference}', { title: passage.sectionTitle, reference }),
    text: passage.text,
    description: excerpt(passage.text, locale),
    url: absoluteUrl(passage.target),
    siteName: localeConfig(locale).siteTitle,
    locale: localeConfig(locale).ogLocale,
    alternateLocales: LOCALES.filter((l) => l.code !== locale).map((l) => l.ogLocale),
    image: {
      url: imageUrl,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      alt: message('shortLink.card.alt', 'Quote card. {byline}, {reference}: “{text}”', {
        byline: passageByline(locale, passage.paragraph),
        reference,
        text: excerpt(passage.text, locale, 200),
      }),
    },
  };
}

export default function shortLinksPlugin(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale as LocaleCode;
  const message = messagesOf(context.codeTranslations);
  const absolute = (sitePath: string) => `${context.siteConfig.url}${context.baseUrl}${sitePath.replace(/^\//, '')}`;
  return {
    name: 'short-links',
    async postBuild({ outDir }) {
      const edition = readEdition(locale, context.siteDir);
      const byPath = new Map(passages(edition).map((passage) => [passage.path, passage]));
      const cacheDir = path.join(context.siteDir, QUOTE_CARD_CACHE_DIR);
      await mkdir(cacheDir, { recursive: true });
      await mkdir(path.join(outDir, QUOTE_CARD_DIR), { recursive: true });
      const page = {
        lang: localeConfig(locale).htmlLang,
        title: message('shortLink.title', 'Redirecting…'),
        linkText: message('shortLink.link', 'Go to the passage'),
      };
      // Three at a time: while one card is rasterized on the thread pool, the next is laid out.
      await forEachConcurrently(shortLinks(edition.paragraphs.map((p) => p.sentences.length)), 3, async (link) => {
        const file = path.join(outDir, `${link.path}.html`);
        const target = `${context.baseUrl}${link.target.slice(1)}`;
        const passage = byPath.get(link.path);
        let preview: LinkPreview | undefined;
        if (passage) {
          const { png, key } = await drawCard(quoteCardOf(passage, locale, message), cacheDir);
          const image = `${QUOTE_CARD_DIR}/${passage.id}.png`;
          await writeFile(path.join(outDir, image), png);
          // The query changes with the card, so a preview cached by a platform is drawn anew.
          preview = linkPreviewOf(passage, locale, message, absolute, absolute(`${image}?v=${key.slice(0, 10)}`));
        }
        await mkdir(path.dirname(file), { recursive: true });
        const oembed = passage && absolute(oembedPath(passage));
        await writeFile(
          file,
          redirectPageHtml({ ...page, title: preview?.title ?? page.title, target, preview, oembed }),
        );
      });
    },
  };
}
