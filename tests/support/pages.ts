import { SECTIONS } from '../../src/statement/model';

/** Every reading page of an edition, without locale prefix: the landing page and each statement page. */
export const READING_PAGES: readonly string[] = ['/', ...SECTIONS.map((section) => section.path)];

/** The site URL the build was made for (canonical, hreflang, sitemaps), read back from a built page. */
export async function builtSiteUrl(base: string): Promise<string> {
  const html = await (await fetch(`${base}/`)).text();
  const link = /<link\b[^>]*\brel=["']?canonical\b[^>]*>/i.exec(html)?.[0] ?? '';
  const canonical = /\bhref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/.exec(link)?.slice(1).find(Boolean) ?? '';
  return canonical.replace(/\/$/, '');
}
