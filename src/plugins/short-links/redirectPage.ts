export interface RedirectPage {
  /** The `lang` of the page's language. */
  readonly lang: string;
  readonly title: string;
  readonly linkText: string;
  /** Where to go: a path with its anchor, `/ru/statement/five-points/point-3#p6-3`. */
  readonly target: string;
  /** What a link preview shows (passages have one; the /point/N links do not). */
  readonly preview?: LinkPreview;
  /** The passage's oEmbed file, absolute, named for oEmbed discovery (passages only). */
  readonly oembed?: string;
}

export interface LinkPreview {
  /** `og:title`: the section's title and the passage's reference. */
  readonly title: string;
  /** The passage text, in full: it is shown on the page. */
  readonly text: string;
  /** `og:description`: the text, cut under 300 characters. */
  readonly description: string;
  /** The passage on its section page, absolute: `og:url` and `canonical`. */
  readonly url: string;
  readonly siteName: string;
  /** `og:locale` (`ru_RU`) and the other languages'. */
  readonly locale: string;
  readonly alternateLocales: readonly string[];
  readonly image: { readonly url: string; readonly width: number; readonly height: number; readonly alt: string };
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const meta = (attribute: 'name' | 'property', key: string, content: string | number) =>
  `<meta ${attribute}="${key}" content="${escapeHtml(String(content))}">`;

/** Open Graph and Twitter tags, for the previews of Telegram, WeChat, X, Facebook, mail clients and others. */
function previewTags(preview: LinkPreview): string[] {
  return [
    meta('name', 'description', preview.description),
    `<link rel="canonical" href="${escapeHtml(preview.url)}">`,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', preview.siteName),
    meta('property', 'og:title', preview.title),
    meta('property', 'og:description', preview.description),
    meta('property', 'og:url', preview.url),
    meta('property', 'og:image', preview.image.url),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', preview.image.width),
    meta('property', 'og:image:height', preview.image.height),
    meta('property', 'og:image:alt', preview.image.alt),
    meta('property', 'og:locale', preview.locale),
    ...preview.alternateLocales.map((locale) => meta('property', 'og:locale:alternate', locale)),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', preview.title),
    meta('name', 'twitter:description', preview.description),
    meta('name', 'twitter:image', preview.image.url),
    meta('name', 'twitter:image:alt', preview.image.alt),
  ];
}

/**
 * A short link's whole page: an immediate meta refresh (no script, so it works without JavaScript and needs no
 * CSP hash) and a link for the rare browser that refuses refreshes. Not indexed. A passage's page also carries
 * its link preview, in the head, for crawlers that read the page and do not follow the refresh, and the
 * passage's text.
 */
export function redirectPageHtml({ lang, title, linkText, target, preview, oembed }: RedirectPage): string {
  const url = escapeHtml(target);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<meta charset=utf-8>',
    '<meta name=viewport content="width=device-width, initial-scale=1">',
    '<meta name=color-scheme content="light dark">',
    '<meta name=robots content=noindex>',
    `<meta http-equiv=refresh content="0; url=${url}">`,
    `<title>${escapeHtml(title)}</title>`,
    ...(preview ? previewTags(preview) : []),
    ...(oembed ? [`<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembed)}">`] : []),
    ...(preview ? [`<blockquote><p>${escapeHtml(preview.text)}</p></blockquote>`] : []),
    `<p><a href="${url}">${escapeHtml(linkText)}</a></p>`,
    '',
  ].join('\n');
}
