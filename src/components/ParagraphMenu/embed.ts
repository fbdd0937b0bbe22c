/**
 * The ¶ menu's "Embed": the `<iframe>` snippet of the passage's embed page, read from the oEmbed file the build
 * wrote beside it (src/statement/embed.ts), so the menu copies exactly what oEmbed consumers get. Loaded on
 * first use, with the file.
 */
import { oembedPath, type Oembed } from '@site/src/statement/embed';
import { shortLinkPath } from '@site/src/statement/shortLinks';

export async function embedSnippet(baseUrl: string, paragraph: number, sentence?: number): Promise<string> {
  const url = `${baseUrl}${oembedPath({ path: shortLinkPath(paragraph, sentence) }).slice(1)}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return ((await response.json()) as Oembed).html;
}
