/**
 * The `_headers` file of Netlify and Cloudflare Pages: a URL pattern on its own line (`*` matches anything),
 * then its headers indented below it, one `Name: value` a line. Every rule whose pattern matches a path
 * applies, in file order. The build writes one; the local server reads it to answer as such a host would.
 */
export interface HeaderRule {
  readonly pattern: string;
  readonly headers: Readonly<Record<string, string>>;
}

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map(({ pattern, headers }) =>
      [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const header = /^\s+([^:\s]+):\s*(.*?)\s*$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule)
      throw new Error(`_headers line ${index + 1} is neither a URL pattern nor a header under one: ${line}`);
    rule.headers[header[1]] = header[2];
  }
  return rules;
}

function matches(pattern: string, urlPath: string): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(urlPath);
}

/** The headers a host sends for a path: those of every matching rule, a later rule's value winning. */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern, urlPath)).map((rule) => rule.headers));
}
