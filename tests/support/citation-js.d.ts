// citation-js ships no types; the tests use this much of it.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    readonly data: unknown[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
