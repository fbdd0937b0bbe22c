/**
 * The `_headers` file, in the syntax both Cloudflare Pages and Netlify document: a URL pattern on its own line
 * (`*` matches anything), then its headers indented below it, one `Name: value` a line. Every rule whose
 * pattern matches a path applies. The build writes one; the local server reads it to answer as such a host would.
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

export function matches(pattern: string, urlPath: string): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(urlPath);
}

/**
 * The headers a host sends for a path: those of every matching rule. Two matching rules that set one header
 * are an error: Cloudflare Pages would send both values joined, Netlify one of them.
 */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter(({ pattern }) => matches(pattern, urlPath))) {
    for (const [name, value] of Object.entries(rule.headers)) {
      const taken = Object.keys(headers).find((set) => set.toLowerCase() === name.toLowerCase());
      if (taken) throw new Error(`${urlPath}: ${name} is set by two rules (the second is ${rule.pattern})`);
      headers[name] = value;
    }
  }
  return headers;
}
