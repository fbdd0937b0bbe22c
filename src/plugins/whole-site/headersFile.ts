/**
 * The `_headers` file of Cloudflare Pages (and, without its `!` lines, Netlify): a URL pattern on its own line
 * (`*` matches anything), then its headers indented below it, one `Name: value` a line, or `! Name` to detach
 * a header that an earlier rule attached. Every rule whose pattern matches a path applies, in file order. The
 * build writes one; the local server reads it to answer as such a host would.
 */
export interface HeaderRule {
  readonly pattern: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Headers of earlier matching rules that this path does not get. */
  readonly detach?: readonly string[];
}

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map(({ pattern, headers, detach = [] }) =>
      [
        pattern,
        ...detach.map((name) => `  ! ${name}`),
        ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: Record<string, string>; detach?: string[] }[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const header = /^\s+([^:\s]+):\s*(.*?)\s*$/.exec(line);
    const detached = /^\s+!\s*([^:\s]+)\s*$/.exec(line);
    const rule = rules.at(-1);
    if (detached && rule) {
      (rule.detach ??= []).push(detached[1]);
      continue;
    }
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

/** The headers a host sends for a path: those of every matching rule, in order, a later rule's value winning. */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter(({ pattern }) => matches(pattern, urlPath))) {
    for (const name of rule.detach ?? []) delete headers[name];
    Object.assign(headers, rule.headers);
  }
  return headers;
}
