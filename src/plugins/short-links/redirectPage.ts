export interface RedirectPage {
  /** The `lang` of the page's language. */
  readonly lang: string;
  readonly title: string;
  readonly linkText: string;
  /** Where to go: a path with its anchor, `/ru/statement/five-points/point-3#p6-3`. */
  readonly target: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A short link's whole page: an immediate meta refresh (no script, so it works without JavaScript and needs no
 * CSP hash) and a link for the rare browser that refuses refreshes. Not indexed.
 */
export function redirectPageHtml({ lang, title, linkText, target }: RedirectPage): string {
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
    `<p><a href="${url}">${escapeHtml(linkText)}</a></p>`,
    '',
  ].join('\n');
}
