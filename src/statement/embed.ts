/**
 * Embeddable passages: for every paragraph and sentence of a locale, a minimal static page other sites can put
 * in an `<iframe>` (`/embed/p/6-3`, `/ru/embed/p/6`), with the passage, its citation and a link back to it, and
 * an oEmbed file describing it (`/embed/p/6-3.oembed.json`), which the passage's pages name for discovery.
 * The pages have no script, one small stylesheet shared by all (`/embed/embed.css`), light and dark colours from
 * `prefers-color-scheme`, and are not indexed. Pure and browser-free: the statement-data plugin writes them.
 */
import type { Passage } from './passages';

export const EMBED_PATH = '/embed';
/** The stylesheet every embed page of a locale links to. */
export const EMBED_STYLESHEET = `${EMBED_PATH}/embed.css`;

/** `/embed/p/6-3`, without locale prefix. */
export function embedPath(passage: Pick<Passage, 'path'>): string {
  return `${EMBED_PATH}/${passage.path}`;
}

/** `/embed/p/6-3.oembed.json`, without locale prefix. */
export function oembedPath(passage: Pick<Passage, 'path'>): string {
  return `${embedPath(passage)}.oembed.json`;
}

/** The width the snippet asks for; the page itself fits any width from 280 px. */
export const EMBED_WIDTH = 560;

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The height the snippet asks for at its width: the passage's lines (about 60 characters of a spaced language a
 * line, 30 of Chinese) plus the caption's (citation, note, link). Without a script the frame cannot follow its
 * content; at a narrower width the page scrolls inside the frame.
 */
export function embedHeight(text: string, caption: string, spaced: boolean): number {
  const lines = (characters: number, perLine: number) => Math.ceil(characters / perLine);
  const perLine = spaced ? 60 : 30;
  return 48 + 27 * lines([...text].length, perLine) + 22 * lines([...caption].length, perLine * 1.15) + 22 * 3;
}

/** The `<iframe>` that embeds a passage: what the oEmbed file gives and the ¶ menu copies. */
export function iframeSnippet({ src, title, height }: { src: string; title: string; height: number }): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${EMBED_WIDTH}" height="${height}" style="border:0;width:100%;max-width:${EMBED_WIDTH}px" loading="lazy"></iframe>`;
}

export interface EmbedPage {
  readonly lang: string;
  /** The page's title: the section and the passage's reference (`Point 3 — ¶6, sentence 3`). */
  readonly title: string;
  readonly text: string;
  /** The citation in the locale's default style, one line per part (reference entry, in-text citation). */
  readonly citation: string;
  /** What the text is (the readout, or this site's translation of it). */
  readonly notice: string;
  /** The link back: its words, and the passage's absolute address on its section page. */
  readonly linkText: string;
  readonly url: string;
  /** Site paths, with locale prefix. */
  readonly stylesheet: string;
  readonly oembed: string;
}

/**
 * An embed page. The link back opens a new tab (`target=_blank`): the reader stays on the embedding site's
 * article. The canonical link names the passage on its section page, so a search engine lists that page instead.
 */
export function embedPageHtml(page: EmbedPage): string {
  const url = escapeHtml(page.url);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(page.lang)}">`,
    '<meta charset=utf-8>',
    '<meta name=viewport content="width=device-width, initial-scale=1">',
    '<meta name=color-scheme content="light dark">',
    '<meta name=robots content=noindex>',
    `<title>${escapeHtml(page.title)}</title>`,
    `<link rel=canonical href="${url}">`,
    `<link rel=stylesheet href="${escapeHtml(page.stylesheet)}">`,
    `<link rel=alternate type="application/json+oembed" href="${escapeHtml(page.oembed)}">`,
    '<figure>',
    `<blockquote cite="${url}"><p>${escapeHtml(page.text)}</p></blockquote>`,
    '<figcaption>',
    ...page.citation.split('\n').map((line) => `<p class=citation>${escapeHtml(line)}</p>`),
    `<p class=notice>${escapeHtml(page.notice)}</p>`,
    `<p><a href="${url}" target=_blank rel=noopener>${escapeHtml(page.linkText)}</a></p>`,
    '</figcaption>',
    '</figure>',
    '',
  ].join('\n');
}

/** The stylesheet of every embed page: system fonts, the site's colours, light or dark as the reader's system is. */
export const EMBED_CSS = `:root{color-scheme:light dark;--text:#1c1e21;--muted:#525860;--line:#1f5f8b;--bg:#fff;--link:#1f5f8b}
@media (prefers-color-scheme:dark){:root{--text:#e3e3e3;--muted:#b4b8bf;--line:#7cc0ee;--bg:#1b1b1d;--link:#7cc0ee}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--text);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;-webkit-text-size-adjust:100%}
body{margin:0;padding:12px 14px;min-width:0;overflow-wrap:anywhere}
figure{margin:0}
blockquote{margin:0 0 10px;padding:0 0 0 12px;border-left:3px solid var(--line)}
blockquote p{margin:0;font-size:1.05rem}
figcaption{color:var(--muted);font-size:.85rem;line-height:1.45}
figcaption p{margin:0 0 4px}
.notice{font-style:italic}
:lang(zh-Hans) .notice{font-style:normal}
a{color:var(--link)}
`;

export interface Oembed {
  readonly version: '1.0';
  readonly type: 'rich';
  readonly title: string;
  readonly provider_name: string;
  readonly provider_url: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
}

/** The oEmbed response (a "rich" type, its HTML the iframe snippet) as a static JSON file. */
export function oembedJson({
  title,
  providerName,
  providerUrl,
  src,
  height,
}: {
  title: string;
  providerName: string;
  providerUrl: string;
  src: string;
  height: number;
}): string {
  const oembed: Oembed = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: providerName,
    provider_url: providerUrl,
    html: iframeSnippet({ src, title, height }),
    width: EMBED_WIDTH,
    height,
  };
  return `${JSON.stringify(oembed, null, 2)}\n`;
}
